import { eq } from 'drizzle-orm';
import { ROLES, type User } from '@/domain/user';
import type { ApiContext } from './api/context';
import type { ApiStore } from './api/store';
import type { Authenticator } from './auth';
import type { Db } from './db/database';
import { isDatabaseUnavailable } from './db/unavailable';
import { users } from './db/schema';
import type { Logger } from './log';

/**
 * The server's side of the API (server/api runs every rule): the data in PostgreSQL, callers by verified token,
 * the demo sign-in only when DEMO_SIGN_IN is on, and no reset or upgrade notice (the database is the record).
 */
export function serverApiContext(options: { db: Db; store: ApiStore; auth: Authenticator; demoSignIn: boolean; log: Logger; checkResponses?: boolean }): ApiContext {
  const { db, store, auth, log } = options;
  // Readers first, then editors, then admins (as the mock lists its demo users), by name within a role.
  const demoUsers = async (): Promise<User[]> =>
    (await db.select().from(users))
      .map(({ id, name, role, organisation }) => ({ id, name, role, organisation }))
      .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.name.localeCompare(b.name, 'nb'));
  return {
    store,
    identify: (request) => auth.identify(request),
    demo: options.demoSignIn
      ? {
          users: demoUsers,
          async signIn(userId) {
            const [row] = await db.select().from(users).where(eq(users.id, userId));
            if (row === undefined) return null;
            const user = { id: row.id, name: row.name, role: row.role, organisation: row.organisation };
            const token = await auth.issue(user);
            return token === null ? null : { token, user };
          },
        }
      : null,
    reset: null,
    upgradeNotice: null,
    checkResponses: options.checkResponses ?? process.env.NODE_ENV !== 'production',
    storageName: 'the database',
    onError: (error, request) => log.error('handler failed', { path: new URL(request.url).pathname, error: String(error) }),
    isUnavailable: (error) => {
      const unavailable = isDatabaseUnavailable(error);
      if (unavailable) log.warn('database unavailable', { error: String(error) });
      return unavailable;
    },
  };
}
