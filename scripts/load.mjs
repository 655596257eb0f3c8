/**
 * A bounded loopback load run of the real backend (issue 14, docs/deploy.md «Load»): two server processes
 * (server/main.ts) on one PostgreSQL, and autocannon sending GET /api/measures and GET /api/summary to both in
 * turn, each endpoint for --duration seconds (30 by default) with --connections (20 by default, spread over the two
 * processes). Prints requests/s, latency percentiles and every answer that was not a 200.
 *
 *   npm run load                                   # starts Debian's PostgreSQL with scripts/start-postgres.sh
 *   LOAD_DATABASE_URL=postgres://… npm run load    # or a PostgreSQL of your own (the servers migrate and seed it)
 *
 * Everything runs on one machine: the load generator, both servers and PostgreSQL share its cores, so the figure
 * is a floor for one machine, not a capacity plan.
 */
import { execFileSync, spawn } from 'node:child_process';
import autocannon from 'autocannon';

const args = Object.fromEntries(process.argv.slice(2).map((arg) => arg.replace(/^--/, '').split('=')));
const duration = Number(args.duration ?? 30);
const connections = Number(args.connections ?? 20);
const ports = [8091, 8092];
const endpoints = ['/api/measures', '/api/summary'];

const databaseUrl = process.env.LOAD_DATABASE_URL ?? execFileSync('scripts/start-postgres.sh', { encoding: 'utf8' }).trim();

function startServer(port) {
  const child = spawn(process.execPath, [...(process.env.LOAD_NODE_OPTIONS ?? '').split(' ').filter(Boolean), '--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH_SECRET: 'a-secret-of-the-load-run-only-32-characters+',
      SEED_IF_EMPTY: 'true',
      STATIC_DIR: 'no-such-folder',
      // The request log as in production (one JSON line per request), written to nowhere.
      LOG_LEVEL: 'info',
      DB_POOL_SIZE: '10',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function waitUntilReady(url) {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not ready in 90 s`);
}

const servers = ports.map(startServer);
const stopAll = () => servers.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);

try {
  const bases = ports.map((port) => `http://127.0.0.1:${port}`);
  await Promise.all(bases.map(waitUntilReady));
  console.log(`2 server processes (${bases.join(', ')}) on one PostgreSQL; ${connections} connections, ${duration} s per endpoint\n`);
  console.log('| endpoint | requests | requests/s (mean) | latency p50 | p90 | p99 | max | not 200 | errors |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const path of endpoints) {
    // A short warm-up per endpoint (the first requests build the caches), not counted.
    await autocannon({ url: bases.map((base) => `${base}${path}`), connections, duration: 3 });
    const result = await autocannon({ url: bases.map((base) => `${base}${path}`), connections, duration });
    const notOk = result.non2xx;
    console.log(
      `| GET ${path} | ${result.requests.total} | ${result.requests.average.toFixed(0)} | ${result.latency.p50} ms | ${result.latency.p90} ms | ${result.latency.p99} ms | ${result.latency.max} ms | ${notOk} | ${result.errors + result.timeouts} |`,
    );
  }
} finally {
  stopAll();
}
