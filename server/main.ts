import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { createAuthenticator } from './auth';
import { readConfig } from './config';
import { createServerApiHandler } from './data-package';
import { newestMigration, openDatabase } from './db/database';
import { jsonLogger } from './log';
import { datasetFromFixtures, seedIfEmpty } from './seed';
import { SqlStore } from './store/sql-store';
import { serverApiContext } from './server-context';
import { ensureDemoUsers } from './users';

/**
 * `npm run server`: migrations, the seed when the database is empty, then the API and the built app on one
 * port. Stops gracefully on SIGTERM and SIGINT: no new connections, requests in flight finish, the pool closes.
 */
const settings = readConfig();
const log = jsonLogger(settings.logLevel);
// The demo sign-in signs tokens: without a configured key, one for this process (its tokens end with it).
const config =
  settings.auth.demoSignIn && settings.auth.secret === undefined
    ? { ...settings, auth: { ...settings.auth, secret: randomBytes(32).toString('base64url') } }
    : settings;
if (config !== settings) log.warn('no AUTH_SECRET: demo tokens are signed with a key of this process only (set AUTH_SECRET for more than one process)');
const database = await openDatabase(config.database);
// Migrations, the seed and the demo users once, however many processes start together (an advisory lock).
await database.exclusively(async () => {
  await database.migrate();
  log.info('database ready', { database: database.describe });
  if (config.seedIfEmpty) {
    const seeded = await seedIfEmpty(database.db, await datasetFromFixtures());
    if (seeded.seeded) log.info('seeded an empty database', { measures: seeded.measures, historyEntries: seeded.entries });
  }
  if (config.auth.demoSignIn) {
    await ensureDemoUsers(database.db);
    log.warn('demo sign-in is on: anyone can sign in as a demo user (DEMO_SIGN_IN=false in production)');
  }
});
if (config.auth.secret === undefined && config.auth.oidc === undefined) log.warn('no AUTH_SECRET or OIDC_ISSUER: every request is a reader');

const store = new SqlStore(database.db);
const auth = createAuthenticator(database.db, config.auth);
const wanted = await newestMigration();
const app = createApp({
  config,
  log,
  api: createServerApiHandler(serverApiContext({ db: database.db, store, auth, demoSignIn: config.auth.demoSignIn, log }), database.db),
  health: {
    async ready() {
      try {
        await database.ping();
        const applied = await database.appliedMigration();
        return applied !== null && applied >= wanted ? { ok: true } : { ok: false, reason: 'migrations are not applied' };
      } catch (error) {
        return { ok: false, reason: `database unreachable: ${String(error instanceof Error ? error.message : error)}` };
      }
    },
  },
  clientAddress: (c) => getConnInfo(c).remote.address ?? 'unknown',
});

let inFlight = 0;
const server = serve({
  fetch: async (request, env) => {
    inFlight += 1;
    try {
      return await app.fetch(request, env);
    } finally {
      inFlight -= 1;
    }
  },
  port: config.port,
  hostname: config.host,
});
server.on('listening', () => {
  const address = server.address() as AddressInfo;
  log.info('listening', { url: `http://${address.address}:${address.port}`, pid: process.pid });
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal, inFlight });
  server.close();
  const deadline = Date.now() + config.shutdownTimeoutMs;
  while (inFlight > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  if ('closeAllConnections' in server) server.closeAllConnections();
  await database.close();
  log.info('stopped', { unfinished: inFlight });
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
