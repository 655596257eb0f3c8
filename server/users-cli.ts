import { parseArgs } from 'node:util';
import { roleSchema } from '@/domain/user';
import { createAuthenticator } from './auth';
import { readConfig } from './config';
import { openDatabase } from './db/database';
import { users } from './db/schema';
import { ensureDemoUsers } from './users';

/**
 * `npm run server:users`: the users who may sign in, and tokens for them.
 *
 *   npm run server:users -- --demo                      the demo users (Kari and Ola Nordmann, editors; Ada Admin)
 *   npm run server:users -- --add id --name "…" --organisation "…" --role editor [--subject oidc-sub]
 *   npm run server:users -- --token id                  a token signed with AUTH_SECRET (8 hours)
 *   npm run server:users                                the list
 */
const { values } = parseArgs({
  options: {
    demo: { type: 'boolean' },
    add: { type: 'string' },
    name: { type: 'string' },
    organisation: { type: 'string' },
    role: { type: 'string' },
    subject: { type: 'string' },
    token: { type: 'string' },
  },
});
const config = readConfig();
const database = await openDatabase(config.database);
try {
  await database.exclusively(() => database.migrate());
  if (values.demo) console.log(`Demo users added: ${await ensureDemoUsers(database.db)}.`);
  if (values.add !== undefined) {
    const role = roleSchema.parse(values.role ?? 'viewer');
    if (values.name === undefined || values.organisation === undefined) throw new Error('--name and --organisation are needed with --add');
    await database.db
      .insert(users)
      .values({ id: values.add, subject: values.subject ?? values.add, name: values.name, organisation: values.organisation, role })
      .onConflictDoUpdate({ target: users.id, set: { name: values.name, organisation: values.organisation, role } });
    console.log(`User ${values.add} is a(n) ${role}.`);
  }
  if (values.token !== undefined) {
    const row = (await database.db.select().from(users)).find((candidate) => candidate.id === values.token);
    if (row === undefined) throw new Error(`No user ${values.token}`);
    const token = await createAuthenticator(database.db, config.auth).issue(row);
    if (token === null) throw new Error('Set AUTH_SECRET (at least 32 characters) to sign tokens.');
    console.log(token);
  }
  if (!values.demo && values.add === undefined && values.token === undefined) {
    for (const row of await database.db.select().from(users).orderBy(users.id)) console.log(`${row.id}\t${row.role}\t${row.name} (${row.organisation})\tsubject ${row.subject}`);
  }
} finally {
  await database.close();
}
