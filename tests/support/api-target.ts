/**
 * Where the API tests send their requests: the embedded mock (msw, in the jsdom projects: the default), or the
 * real backend (`CONTRACT_TARGET=server`, the `server` test project: the server in the test's process, on
 * PGlite or on the PostgreSQL of TEST_DATABASE_URL). The same tests, the same requests, the same expected
 * answers: one contract suite, two targets (tests/README.md).
 */
export const CONTRACT_TARGET: 'mock' | 'server' = process.env.CONTRACT_TARGET === 'server' ? 'server' : 'mock';

export interface TargetServer {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
  /** The token this server signs for a demo user. */
  tokenFor(userId: string): Promise<string>;
  /** Back to the seeded dataset (optionally of some plans only). */
  reset(plans?: readonly string[]): Promise<void>;
}

let server: TargetServer | null = null;
/** Whether anything was written since the last reset (only then does the server's database start afresh). */
let dirty = false;

/** Set by the server project's setup (tests/server/contract-setup.ts). */
export function useTargetServer(target: TargetServer | null): void {
  server = target;
  dirty = false;
}

export async function apiFetch(path: string, init?: RequestInit): Promise<Response> {
  if (CONTRACT_TARGET === 'mock') return fetch(new URL(path, window.location.origin), init);
  if (server === null) throw new Error('No server to test: the server project starts one (tests/server/contract-setup.ts)');
  if ((init?.method ?? 'GET') !== 'GET') dirty = true;
  return server.request(path, { ...init, headers: await withServerToken(init?.headers) });
}

/** The demo tokens of the tests (tests/mocks/api-helpers.ts TOKENS) become the server's signed tokens of the same users. */
async function withServerToken(headers: RequestInit['headers']): Promise<Headers> {
  const result = new Headers(headers);
  const authorization = result.get('Authorization');
  const demo = authorization === null ? undefined : DEMO_TOKENS[authorization.replace(/^Bearer /, '')];
  if (demo !== undefined && server !== null) result.set('Authorization', `Bearer ${await server.tokenFor(demo)}`);
  return result;
}

/** The mock's demo tokens and the users they stand for (mocks/fixtures/users.ts). */
const DEMO_TOKENS: Record<string, string> = {
  'demo-editor-kari': 'kari',
  'demo-editor-ola': 'ola',
  'demo-admin-ada': 'admin',
};

/** For tests of some plans only: the mock serves only them; the server is seeded with only them. */
export async function servePlansOnly(plans: readonly string[] | null): Promise<void> {
  if (CONTRACT_TARGET === 'mock') {
    const { db } = await import('@mocks/db');
    db.limitToPlans(plans);
    return;
  }
  await server?.reset(plans ?? undefined);
  dirty = plans !== null;
}

/** Back to the dataset as seeded: the mock's store, or (after a write) the server's database. */
export async function resetTarget(): Promise<void> {
  if (CONTRACT_TARGET === 'mock') {
    const { db } = await import('@mocks/db');
    db.reset();
    return;
  }
  if (!dirty) return;
  await server?.reset();
  dirty = false;
}
