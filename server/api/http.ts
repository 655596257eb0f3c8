import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import type { Problem } from '@/domain/api-contract';
import { issueCode } from '@/domain/input-rules';
import { searchParamsToRecord } from '@/domain/measure-list-query';
import { today } from '@/lib/clock';
import { problemResponse } from './problem';

// zod/mini ships without messages; the problem documents say in English what is wrong.
z.config(en());

export const API = '/api';

export const problem = problemResponse;

export function fieldErrors(error: z.core.$ZodError, prefix?: string): NonNullable<Problem['errors']> {
  return error.issues.map((issue) => ({
    field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    code: issueCode(issue),
    message: issue.message,
  }));
}

/** Thrown by a handler to answer with a problem document (the handler runs no further). */
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

/** The largest request body the API reads (docs/api.md): far above any valid change, far below harm. */
export const MAX_BODY_BYTES = 64 * 1024;

/** 413: a body over MAX_BODY_BYTES (the server's transport refuses it with the same answer before it is read). */
export function bodyTooLarge(limit = MAX_BODY_BYTES): Response {
  return problem(413, 'Content Too Large', `A request body may be at most ${limit} bytes.`);
}

/** Seconds a client is asked to wait before it tries again when the storage cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

/** 503: the storage cannot be reached for now (nothing was read or changed); Retry-After says when to try again. */
export function unavailableProblem(ctx: { storageName: string }): Response {
  const response = problem(503, 'Service Unavailable', `The service cannot reach ${ctx.storageName} right now. Nothing was changed; try again shortly.`);
  response.headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  return response;
}

/**
 * Reads a JSON body and checks it with a schema; a body over the limit is a 413, malformed JSON and bad fields
 * are 400s naming what is wrong.
 */
export async function parseJsonBody<S extends z.ZodMiniType>(request: Request, schema: S, limit = MAX_BODY_BYTES): Promise<z.output<S>> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > limit) throw new ProblemError(bodyTooLarge(limit));
  let body: unknown;
  try {
    body = JSON.parse(text);
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

export function json(body: unknown, init?: ResponseInit): Response {
  const headers = new Headers(init?.headers);
  if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/**
 * Sends a body. With `check` (development and the tests: ApiContext.checkResponses) it is checked against the
 * contract first, so that no store can drift from it; the client checks every response with the same schema.
 */
export function respond<S extends z.ZodMiniType>(check: boolean, schema: S, body: z.input<S>, init?: ResponseInit): Response {
  if (!check) return json(body, init);
  const checked = schema.safeParse(body);
  if (!checked.success) {
    console.error('API response breaks the contract', checked.error.issues);
    return problem(500, 'Internal Server Error', 'The API produced a response that breaks the contract.');
  }
  return json(checked.data, init);
}
