import { expect } from 'vitest';
import { problemSchema } from '@/domain/api-contract';
import { apiFetch } from '../support/api-target';

export const TOKENS = { editor: 'demo-editor-kari', otherEditor: 'demo-editor-ola', admin: 'demo-admin-ada' } as const;

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Calls the API as a browser would: the mock through msw, or the server (tests/support/api-target.ts). */
export async function call(method: string, path: string, options: { token?: string; ifMatch?: string; body?: unknown; rawBody?: string } = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.ifMatch !== undefined) headers['If-Match'] = options.ifMatch;
  if (options.body !== undefined || options.rawBody !== undefined) headers['Content-Type'] = 'application/json';
  const response = await apiFetch(path, {
    method,
    headers,
    ...(options.rawBody !== undefined ? { body: options.rawBody } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
}

export function expectProblem(response: ApiResponse, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  return problemSchema.parse(response.body);
}
