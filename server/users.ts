import { DEMO_USERS } from '@mocks/fixtures/users';
import type { Db } from './db/database';
import { users } from './db/schema';

/** The demo users of the embedded mock, in the users table (their subject is their id). Existing rows stay. */
export async function ensureDemoUsers(db: Db): Promise<number> {
  const rows = DEMO_USERS.map(({ id, name, role, organisation }) => ({ id, subject: id, name, role, organisation }));
  const inserted = await db.insert(users).values(rows).onConflictDoNothing().returning({ id: users.id });
  return inserted.length;
}
