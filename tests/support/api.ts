import { expect } from 'vitest';
import { problemSchema } from '@/domain/api-contract';
import { apiFetch } from './api-target';

/** GETs a path of the API (the mock through msw, or the server: tests/support/api-target.ts) and returns the status, content type and parsed body. */
export async function get(path: string) {
  const response = await apiFetch(path);
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: text ? (JSON.parse(text) as unknown) : null };
}

/** Expects a problem document with the status, naming exactly the fields given. */
export async function expectProblem(path: string, status: number, fields: string[] = []) {
  const response = await get(path);
  expect(response.status).toBe(status);
  expect(response.contentType).toContain('application/problem+json');
  const problem = problemSchema.parse(response.body);
  expect(problem.status).toBe(status);
  expect((problem.errors ?? []).map((error) => error.field).sort()).toEqual([...fields].sort());
  return problem;
}
