import type { ApiContext, Caller } from '../server/api/context';
import { db } from './db';
import { DEMO_USERS } from './fixtures/users';

/** The demo users' tokens: `Authorization: Bearer demo-editor-kari`. Names are invented. */
function identify(request: Request): Caller {
  const header = request.headers.get('Authorization');
  if (header === null) return { kind: 'anonymous' };
  const match = /^Bearer ([A-Za-z0-9._-]{1,200})$/.exec(header);
  const user = match ? DEMO_USERS.find((candidate) => candidate.token === match[1]) : undefined;
  if (user === undefined) return { kind: 'invalid', reason: 'The token is not valid. Sign in again.' };
  return { kind: 'user', user: publicUserOf(user) };
}

function publicUserOf({ id, name, role, organisation }: (typeof DEMO_USERS)[number]) {
  return { id, name, role, organisation };
}

/**
 * The embedded mock's side of the API (server/api runs every rule): its store is the browser's (mocks/db.ts),
 * its sign-in the demo users', and it has what only a demo has: a reset and the upgrade notice.
 */
export const mockApiContext: ApiContext = {
  store: db,
  identify: (request) => Promise.resolve(identify(request)),
  demo: {
    users: () => Promise.resolve(DEMO_USERS.map(publicUserOf)),
    signIn: (userId) => {
      const user = DEMO_USERS.find((candidate) => candidate.id === userId);
      return Promise.resolve(user === undefined ? null : { token: user.token, user: publicUserOf(user) });
    },
  },
  reset: () => Promise.resolve(db.reset()),
  upgradeNotice: {
    read: () => Promise.resolve(db.upgradeNotice()),
    dismiss: () => {
      try {
        db.dismissUpgradeNotice();
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
  },
  // In development and in the tests, every body is checked against the contract, so that the mock cannot
  // drift from it. The built demo leaves the check to the client, which checks every response with the same
  // schema (src/lib/api-client.ts): checking twice would double the work on the visitor's main thread.
  checkResponses: import.meta.env.DEV || import.meta.env.MODE === 'test',
  storageName: 'the browser’s storage',
  onError: (error) => console.error('Mock API handler failed', error),
};
