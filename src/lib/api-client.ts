import type * as z from 'zod/mini';
import { problemSchema, type Problem } from '@/domain/api-contract';
import { apiUnavailableReasonOf, type ApiUnavailableReason } from '@/domain/api-unavailable';
import { authToken } from './auth-token';
import { apiBaseUrl } from './env';

/** Every way a request can fail, so that the UI can say what happened and whether trying again helps. */
export type ApiErrorKind = 'network' | 'timeout' | 'client' | 'server' | 'invalid_response' | 'unavailable';

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    readonly problem?: Problem,
    /** The parsed error body, for responses that carry more than a problem (a 409's current state). */
    readonly body?: unknown,
    /** Why the API is not there (`unavailable`), when it is known. */
    readonly reason?: ApiUnavailableReason,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Network failures, timeouts and 5xx may succeed on a second try; a 4xx or a broken response will not. */
  get isRetryable(): boolean {
    return this.kind === 'network' || this.kind === 'timeout' || this.kind === 'server';
  }

  get isNotFound(): boolean {
    return this.kind === 'client' && this.status === 404;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export type QueryParams = Record<string, string | number | boolean | readonly string[] | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  params?: QueryParams;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Milliseconds before the request is given up as a timeout. */
  timeoutMs?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
let defaultTimeoutMs = DEFAULT_TIMEOUT_MS;

/** How long requests wait before they give up (tests shorten it to exercise timeouts). */
export function setDefaultTimeout(ms: number): void {
  defaultTimeoutMs = ms;
}

let apiReady: Promise<void> = Promise.resolve();

/**
 * Requests wait for this before they go out: the embedded mock API, which starts beside the first render
 * (src/main.tsx). When it cannot start, every request fails as `unavailable`, and the pages say so.
 */
export function waitForApi(ready: Promise<void>): void {
  apiReady = ready;
}

export function buildUrl(path: string, params: QueryParams = {}): string {
  const url = new URL(`${apiBaseUrl()}${path}`);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      for (const item of value as readonly string[]) url.searchParams.append(key, item);
    } else {
      url.searchParams.set(key, String(value));
    }
  }
  return url.toString();
}

/**
 * Fetches a path of the API and validates the response with the contract's schema. Whatever goes
 * wrong comes back as an ApiError of a known kind; nothing unvalidated reaches the app.
 */
export async function apiRequest<S extends z.ZodMiniType>(path: string, schema: S | null, options: RequestOptions = {}): Promise<z.output<S>> {
  try {
    await apiReady;
  } catch (error) {
    throw new ApiError('unavailable', error instanceof Error ? error.message : 'The API is not available', undefined, undefined, undefined, apiUnavailableReasonOf(error));
  }
  const { signal, cleanup, timedOut } = withTimeout(options.signal, options.timeoutMs ?? defaultTimeoutMs);
  let response: Response;
  const token = authToken();
  try {
    response = await fetch(buildUrl(path, options.params), {
      method: options.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        ...(token !== null ? { Authorization: `Bearer ${token}` } : {}),
        ...(options.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...options.headers,
      },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      signal,
    });
  } catch (error) {
    cleanup();
    if (timedOut()) throw new ApiError('timeout', 'The request timed out');
    if (options.signal?.aborted) throw error;
    throw new ApiError('network', error instanceof Error ? error.message : 'Network error');
  }
  try {
    // Something other than the API answered (see answeredByOtherThanApi): the API is missing, which is never a
    // measure that does not exist.
    if (answeredByOtherThanApi(response)) {
      throw new ApiError('unavailable', `The API did not answer ${path}: HTTP ${response.status} (${response.headers.get('Content-Type') ?? 'no body'})`, response.status, undefined, undefined, 'not-answering');
    }
    if (!response.ok) throw await errorFromResponse(response);
    if (schema === null || response.status === 204) return undefined as z.output<S>;
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('invalid_response', 'The response is not valid JSON', response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new ApiError('invalid_response', `The response does not match the contract: ${parsed.error.issues[0]?.message ?? ''}`, response.status);
    }
    return parsed.data;
  } catch (error) {
    if (timedOut()) throw new ApiError('timeout', 'The request timed out');
    throw error;
  } finally {
    cleanup();
  }
}

/**
 * The API answers in JSON, a refusal (4xx) always with a problem document, or with nothing (204). An answer below
 * 500 that is a web page, or a refusal that is not JSON, came from something else: when the demo API is not running,
 * a static server answers /api/… with its index.html (200), or with its "not found" (404, a page or nothing at
 * all). A 5xx stays a server error, whatever its body: a gateway's error page is still worth another try.
 */
function answeredByOtherThanApi(response: Response): boolean {
  if (response.status >= 500 || response.status === 204) return false;
  const type = response.headers.get('Content-Type')?.toLowerCase() ?? '';
  if (type.includes('json')) return false;
  return !response.ok || type.startsWith('text/html') || type.startsWith('application/xhtml+xml');
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  let problem: Problem | undefined;
  let body: unknown;
  try {
    body = await response.json();
    const parsed = problemSchema.safeParse(body);
    if (parsed.success) problem = parsed.data;
  } catch {
    // A body that is not a problem document still tells us the status.
  }
  const kind: ApiErrorKind = response.status >= 500 ? 'server' : 'client';
  return new ApiError(kind, problem?.detail ?? problem?.title ?? `HTTP ${response.status}`, response.status, problem, body);
}

function withTimeout(outer: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let didTimeOut = false;
  const timer = setTimeout(() => {
    didTimeOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  if (outer?.aborted) controller.abort();
  outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => didTimeOut,
    cleanup: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}
