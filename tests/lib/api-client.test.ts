import { delay, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { server } from '@mocks/node';
import { planListSchema } from '@/domain/api-contract';
import { ApiUnavailableError } from '@/domain/api-unavailable';
import { ApiError, apiRequest, buildUrl, setDefaultTimeout, waitForApi } from '@/lib/api-client';
import { createQueryClient, shouldRetry } from '@/lib/query-client';
import { db } from '@mocks/db';
import { MELD_ST_26_ID } from '@mocks/fixtures';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('apiRequest', () => {
  it('returns the validated body', async () => {
    const plans = await apiRequest('/api/plans', planListSchema);
    expect(plans.items).toHaveLength(1);
  });

  it('turns a 404 problem into a client error that carries the problem', async () => {
    const error = await failure(apiRequest('/api/measures/ms26-99', z.unknown()));
    expect(error).toMatchObject({ kind: 'client', status: 404, isNotFound: true, isRetryable: false });
    expect(error.problem?.detail).toContain('ms26-99');
  });

  it('turns a 400 into a client error with the field errors', async () => {
    const error = await failure(apiRequest('/api/measures', z.unknown(), { params: { pageSize: 0 } }));
    expect(error.kind).toBe('client');
    expect(error.problem?.errors?.map((e) => e.field)).toEqual(['pageSize']);
  });

  it('turns a 5xx into a retryable server error, with or without a problem body', async () => {
    server.use(http.get('/api/plans', () => new HttpResponse('oops', { status: 502 })));
    const error = await failure(apiRequest('/api/plans', planListSchema));
    expect(error).toMatchObject({ kind: 'server', status: 502, isRetryable: true });
  });

  it('turns a network failure into a retryable network error', async () => {
    server.use(http.get('/api/plans', () => HttpResponse.error()));
    expect(await failure(apiRequest('/api/plans', planListSchema))).toMatchObject({ kind: 'network', isRetryable: true });
  });

  it('turns malformed JSON into an invalid-response error', async () => {
    server.use(http.get('/api/plans', () => new HttpResponse('{"items": [', { headers: { 'Content-Type': 'application/json' } })));
    expect(await failure(apiRequest('/api/plans', planListSchema))).toMatchObject({ kind: 'invalid_response', isRetryable: false });
  });

  it('turns a body that breaks the contract into an invalid-response error', async () => {
    server.use(http.get('/api/plans', () => HttpResponse.json({ items: [{ id: 42 }] })));
    expect(await failure(apiRequest('/api/plans', planListSchema))).toMatchObject({ kind: 'invalid_response' });
  });

  // What a static server answers for /api/… when the demo API is not running: its index.html, its "not found"
  // page, or (vite preview, asked for JSON) a 404 with nothing in it.
  it.each([
    ['a web page with 200', () => new HttpResponse('<!doctype html><title>Tiltaksmonitor</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }), 200],
    ['a web page with 404', () => new HttpResponse('<!doctype html><title>Fant ikke siden</title>', { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8' } }), 404],
    ['an empty 404', () => new HttpResponse(null, { status: 404 }), 404],
  ])('turns %s (a static server, not the API) into "unavailable", never "not found"', async (_name, answer, status) => {
    server.use(http.get('/api/measures/:id', answer));
    const error = await failure(apiRequest('/api/measures/ms26-13', z.unknown()));
    expect(error).toMatchObject({ kind: 'unavailable', reason: 'not-answering', status, isNotFound: false, isRetryable: false });
  });

  it('names why the demo API could not start, when its start-up says', async () => {
    const failed = Promise.reject(new ApiUnavailableError('service-worker', 'The browser does not allow service workers'));
    failed.catch(() => undefined);
    waitForApi(failed);
    try {
      expect(await failure(apiRequest('/api/plans', planListSchema))).toMatchObject({ kind: 'unavailable', reason: 'service-worker' });
      // As src/main.tsx says it, before the mock's code has loaded.
      waitForApi(Promise.reject(Object.assign(new Error('The browser does not allow local storage'), { reason: 'storage' })));
      expect(await failure(apiRequest('/api/plans', planListSchema))).toMatchObject({ kind: 'unavailable', reason: 'storage' });
      waitForApi(Promise.reject(new Error('Failed to fetch dynamically imported module')));
      const unknown = await failure(apiRequest('/api/plans', planListSchema));
      expect(unknown.kind).toBe('unavailable');
      expect(unknown.reason).toBeUndefined();
    } finally {
      waitForApi(Promise.resolve());
    }
  });

  it('gives up after the timeout with a timeout error', async () => {
    server.use(
      http.get('/api/plans', async () => {
        await delay(1000);
        return HttpResponse.json({ items: [] });
      }),
    );
    expect(await failure(apiRequest('/api/plans', planListSchema, { timeoutMs: 30 }))).toMatchObject({ kind: 'timeout', isRetryable: true });
  });

  it('passes a caller’s abort through as an abort, not as an API error', async () => {
    server.use(
      http.get('/api/plans', async () => {
        await delay(1000);
        return HttpResponse.json({ items: [] });
      }),
    );
    const controller = new AbortController();
    const request = apiRequest('/api/plans', planListSchema, { signal: controller.signal });
    controller.abort();
    await expect(request).rejects.not.toBeInstanceOf(ApiError);
  });
});

describe('buildUrl', () => {
  it('repeats list parameters and leaves out empty ones', () => {
    const url = new URL(buildUrl('/api/measures', { area: ['a', 'b'], q: '', overdue: true, page: 2, status: undefined }));
    expect(url.pathname).toBe('/api/measures');
    expect(url.searchParams.getAll('area')).toEqual(['a', 'b']);
    expect(url.searchParams.get('overdue')).toBe('true');
    expect(url.searchParams.has('q')).toBe(false);
    expect(url.searchParams.has('status')).toBe(false);
  });
});

describe('retrying with the app’s query defaults', () => {
  it('asks once when the service does not answer in time, so that the page says so after one timeout', async () => {
    setDefaultTimeout(50);
    let requests = 0;
    server.use(
      http.get('/api/plans', async () => {
        requests += 1;
        await delay(1000);
        return HttpResponse.json({ items: [] });
      }),
    );
    const client = createQueryClient();
    const error = await failure(client.query({ queryKey: ['plans'], queryFn: () => apiRequest('/api/plans', planListSchema) }));
    expect(error.kind).toBe('timeout');
    expect(requests).toBe(1);
  });
});

describe('shouldRetry', () => {
  it.each([
    ['network', 0, new ApiError('network', 'x'), true],
    // Each try waits the whole timeout: retrying would keep the page silent for 3 × 15 s.
    ['timeout, first failure', 0, new ApiError('timeout', 'x'), false],
    ['server', 0, new ApiError('server', 'x', 500), true],
    ['server, third failure', 2, new ApiError('server', 'x', 500), false],
    ['client 404', 0, new ApiError('client', 'x', 404), false],
    ['invalid response', 0, new ApiError('invalid_response', 'x'), false],
    ['a plain error', 0, new Error('x'), false],
  ])('%s → %s', (_name, failures, error, expected) => {
    expect(shouldRetry(failures, error)).toBe(expected);
  });
});
