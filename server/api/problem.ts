import type { Problem } from '@/domain/api-contract';

/** An RFC 9457 problem document (docs/api.md, «Errors»), as a web-standard Response. */
export function problemResponse(status: number, title: string, detail?: string, errors?: Problem['errors'], type = 'about:blank'): Response {
  const body: Problem = {
    type,
    title,
    status,
    ...(detail !== undefined ? { detail } : {}),
    ...(errors !== undefined ? { errors } : {}),
  };
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}
