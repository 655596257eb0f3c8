import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { type Problem } from '@/domain/api-contract';
import { issueCode } from '@/domain/input-rules';
import { searchParamsToRecord } from '@/domain/measure-list-query';
import { today } from '@/lib/clock';
import { mockConfig } from '../config';
import { db } from '../db';

// zod/mini ships without messages; the mock's problem documents say in English what is wrong.
z.config(en());

export const API = '/api';

export function problem(status: number, title: string, detail?: string, errors?: Problem['errors']): Response {
  const body: Problem = {
    type: 'about:blank',
    title,
    status,
    ...(detail !== undefined ? { detail } : {}),
    ...(errors !== undefined ? { errors } : {}),
  };
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json' } });
}

export function fieldErrors(error: z.core.$ZodError, prefix?: string): NonNullable<Problem['errors']> {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    code: issueCode(issue),
    message: issue.message,
  }));
}

export class ProblemError extends Error {
  constructor(readonly response: Response) {
    super('problem');
  }
}

/** Parses the query string with a schema, or throws a 400 problem naming every bad parameter. */
export function parseQuery<S extends z.ZodMiniType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const parsed = schema.safeParse(searchParamsToRecord(params));
  if (!parsed.success) {
    throw new ProblemError(problem(400, 'Invalid query parameters', 'One or more query parameters are not valid.', fieldErrors(parsed.error)));
  }
  return parsed.data;
}

/** Reads a JSON body and checks it with a schema; malformed JSON and bad fields are 400s naming what is wrong. */
export async function parseJsonBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = JSON.parse(await request.text());
  } catch {
    throw new ProblemError(problem(400, 'Malformed JSON', 'The request body is not valid JSON.'));
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ProblemError(problem(400, 'Invalid request body', 'One or more fields are not valid.', fieldErrors(parsed.error, 'body')));
  }
  return parsed.data;
}

/** The date a request asked for in `field` (`asOf` unless named), or today; a date in the future is a 400. */
export function pastDateOrToday(date: string | undefined, field = 'asOf'): string {
  const now = today();
  if (date !== undefined && date > now) {
    throw new ProblemError(problem(400, 'Invalid query parameters', `${field} must not be in the future.`, [
      { field, code: 'too_big', message: `${field} must be on or before ${now}` },
    ]));
  }
  return date ?? now;
}

/**
 * In development and in the tests, every body the mock sends is checked against the contract, so that the mock
 * cannot drift from it. The built demo leaves the check to the client, which checks every response with the
 * same schema (src/lib/api-client.ts): checking twice would double the work on the visitor's main thread.
 */
const CHECK_RESPONSES = import.meta.env.DEV || import.meta.env.MODE === 'test';

/** Sends a body, checked against the contract (see CHECK_RESPONSES). */
export function respond<S extends z.ZodMiniType>(schema: S, body: z.input<S>, init?: ResponseInit): Response {
  if (!CHECK_RESPONSES) return HttpResponse.json(body as never, init);
  const checked = schema.safeParse(body);
  if (!checked.success) {
    console.error('Mock API response breaks the contract', checked.error.issues);
    return problem(500, 'Internal Server Error', 'The mock produced a response that breaks the contract.');
  }
  return HttpResponse.json(checked.data as never, init);
}

/**
 * Wraps a resolver with what every endpoint shares: simulated latency, the fault mode, the store's data
 * files, and turning thrown problems (and unexpected errors) into problem responses instead of crashes.
 */
export function endpoint<Params extends Record<string, string | readonly string[]>>(
  resolver: (info: Parameters<HttpResponseResolver<Params>>[0]) => Response | Promise<Response>,
): HttpResponseResolver<Params> {
  return async (info) => {
    const config = mockConfig();
    if (config.latencyMs > 0) await delay(config.latencyMs);
    const fault = injectedFault(config.fault, config.timeoutMs);
    if (fault) return fault;
    try {
      // The data files load with the first request that needs them.
      await db.ready();
      return await resolver(info);
    } catch (error) {
      if (error instanceof ProblemError) return error.response;
      console.error('Mock API handler failed', error);
      return problem(500, 'Internal Server Error', 'The mock API failed to handle the request.');
    }
  };
}

function injectedFault(fault: ReturnType<typeof mockConfig>['fault'], timeoutMs: number): Response | Promise<Response> | null {
  switch (fault) {
    case 'none':
      return null;
    case 'error500':
      return problem(500, 'Internal Server Error', 'Fault injected by the mock (error500).');
    case 'random500':
      return Math.random() < 1 / 3 ? problem(500, 'Internal Server Error', 'Fault injected by the mock (random500).') : null;
    case 'malformed':
      return new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'offline':
      return HttpResponse.error();
    case 'timeout':
      return delay(timeoutMs).then(() => problem(504, 'Gateway Timeout', 'Fault injected by the mock (timeout).'));
  }
}
