import { sql } from 'drizzle-orm';
import { createApp } from '../../server/app';
import { createAuthenticator } from '../../server/auth';
import { readConfig } from '../../server/config';
import { createServerApiHandler } from '../../server/data-package';
import { newestMigration, openDatabase, type Database } from '../../server/db/database';
import { users } from '../../server/db/schema';
import { jsonLogger } from '../../server/log';
import { datasetFromFixtures, seedIfEmpty } from '../../server/seed';
import { serverApiContext } from '../../server/server-context';
import { SqlStore } from '../../server/store/sql-store';
import { ensureDemoUsers } from '../../server/users';

/**
 * Test files run in parallel workers, and each start empties its database: each worker gets a database of its own
 * on the PostgreSQL of TEST_DATABASE_URL (`<name>_w<worker>`, made when missing), so that no two files share one.
 */
export async function workerDatabase(base: string | undefined): Promise<string | undefined> {
  if (base === undefined) return undefined;
  const url = new URL(base);
  const name = `${url.pathname.slice(1)}_w${process.env.VITEST_POOL_ID ?? '0'}`;
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
  url.pathname = `/${name}`;
  return url.toString();
}

export const TEST_SECRET = 'test-secret-that-is-at-least-32-characters-long';

/**
 * The server in the test's process, on a fresh database: PGlite in memory, or the PostgreSQL that
 * TEST_DATABASE_URL names (CI: Debian's, started by .ci/run), emptied first. Requests go through `app.request`.
 */
export async function startTestServer(environment: Record<string, string> = {}) {
  const url = await workerDatabase(process.env.TEST_DATABASE_URL);
  const config = readConfig({ AUTH_SECRET: TEST_SECRET, DEMO_SIGN_IN: 'true', STATIC_DIR: 'no-such-folder', LOG_LEVEL: 'silent', WRITE_RATE_PER_MINUTE: '1000000', ...environment });
  const database: Database = await openDatabase({ url, dataDir: 'memory' });
  const log = jsonLogger('silent');
  const auth = createAuthenticator(database.db, config.auth);
  const wanted = await newestMigration();
  const health = {
    async ready() {
      try {
        await database.ping();
        const applied = await database.appliedMigration();
        return applied !== null && applied >= wanted ? ({ ok: true } as const) : ({ ok: false, reason: 'migrations are not applied' } as const);
      } catch (error) {
        return { ok: false, reason: String(error) } as const;
      }
    },
  };
  const tokens = new Map<string, string>();

  /** A fresh start: the schema dropped, the migrations applied, the dataset (of some plans) seeded, a new store. */
  async function start(plans?: readonly string[]) {
    await database.db.execute(sql`drop schema if exists public cascade`);
    await database.db.execute(sql`drop schema if exists drizzle cascade`);
    await database.db.execute(sql`create schema public`);
    await database.migrate();
    const dataset = await datasetFromFixtures();
    const only = plans === undefined ? null : new Set(plans);
    await seedIfEmpty(
      database.db,
      only === null ? dataset : { ...dataset, plans: dataset.plans.filter((plan) => only.has(plan.id)), measures: dataset.measures.filter((measure) => only.has(measure.planId)) },
    );
    await ensureDemoUsers(database.db);
    const store = new SqlStore(database.db);
    return createApp({
      config,
      log,
      api: createServerApiHandler(serverApiContext({ db: database.db, store, auth, demoSignIn: config.auth.demoSignIn, log, checkResponses: true }), database.db),
      health,
    });
  }

  let app = await start();
  const request = (path: string, init?: RequestInit) => app.request(`http://localhost${path}`, init);
  const tokenFor = async (userId: string) => {
    const known = tokens.get(userId);
    if (known !== undefined) return known;
    const response = await request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
    const { token } = (await response.json()) as { token: string };
    tokens.set(userId, token);
    return token;
  };
  return {
    get app() {
      return app;
    },
    database,
    request,
    tokenFor,
    auth,
    /** A user who may sign in (the users table), as `npm run server:users -- --add` makes one. */
    async addUser(user: { id: string; name: string; organisation: string; role: 'viewer' | 'editor' | 'admin' }) {
      await database.db.insert(users).values({ ...user, subject: user.id });
    },
    async reset(plans?: readonly string[]) {
      app = await start(plans);
    },
    close: () => database.close(),
  };
}
