import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { workerDatabase } from '../server/support';

export const SECRET = 'a-shared-secret-of-the-test-processes-32+';

/**
 * The worker's database on the PostgreSQL of TEST_DATABASE_URL, emptied (no tables, no migrations): the servers
 * started on it migrate and seed it themselves, as they would in production.
 */
export async function emptyDatabase(): Promise<string> {
  const url = await workerDatabase(process.env.TEST_DATABASE_URL);
  if (url === undefined) throw new Error('TEST_DATABASE_URL names no PostgreSQL: these tests need one (scripts/start-postgres.sh)');
  await withClient(url, async (client) => {
    await client.query('drop schema if exists public cascade');
    await client.query('drop schema if exists drizzle cascade');
    await client.query('create schema public');
  });
  return url;
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Every JSON log line the process wrote. */
  readonly logs: Record<string, unknown>[];
  /** What the process wrote to stderr (Node's warnings go there). */
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `npm run server:start` (server/main.ts) in a process of its own, on a free port; resolves once it listens. */
export async function startServerProcess(databaseUrl: string, environment: Record<string, string> = {}): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_SECRET: SECRET,
      DEMO_SIGN_IN: 'true',
      SEED_IF_EMPTY: 'true',
      STATIC_DIR: 'no-such-folder',
      LOG_LEVEL: 'info',
      WRITE_RATE_PER_MINUTE: '1000000',
      DB_POOL_SIZE: '10',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start in 60 s\n${stderr}`)), 60_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${String(code)} before it listened\n${stderr}`));
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as Record<string, unknown>;
        logs.push(entry);
        if (entry.message === 'listening' && typeof entry.url === 'string') {
          clearTimeout(timer);
          resolve(entry.url);
        }
      } catch {
        // not a log line
      }
    });
  });
  return {
    url,
    child,
    logs,
    stderr: () => stderr,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A token of a demo user, from the demo sign-in (signed with the shared secret: every process accepts it). */
export async function tokenFor(server: ServerProcess, userId: string): Promise<string> {
  const response = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userId }) });
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

export interface StoredMeasure {
  version: number;
  history: { id: string; type: string; reason?: string; text?: string }[];
}

export async function readMeasure(server: ServerProcess, id: string): Promise<StoredMeasure> {
  const response = await fetch(`${server.url}/api/measures/${id}`);
  if (response.status !== 200) throw new Error(`GET ${id} answered ${response.status}`);
  return (await response.json()) as StoredMeasure;
}

export function note(text: string) {
  return { type: 'note', text, effective: { date: '2026-12-01', precision: 'day' }, language: 'nb' };
}

export async function patch(server: ServerProcess, id: string, token: string, version: number, body: unknown): Promise<Response> {
  return fetch(`${server.url}/api/measures/${id}`, {
    method: 'PATCH',
    headers: { Authorization: `Bearer ${token}`, 'If-Match': `"${version}"`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
