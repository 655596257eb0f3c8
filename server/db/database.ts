import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import * as schema from './schema';

export type Schema = typeof schema;
/** The same Drizzle database over PGlite (embedded) or node-postgres (a PostgreSQL server). */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  readonly db: Db;
  /** `pglite:<folder>`, `pglite:memory` or the PostgreSQL address without its password. */
  readonly describe: string;
  /** One round trip to the database; throws when it cannot be reached. */
  ping(): Promise<void>;
  /** Applies the migrations not yet applied (server/db/migrations, in order). */
  migrate(): Promise<void>;
  /** The last migration applied, or null before any: /readyz compares it with the newest file. */
  appliedMigration(): Promise<number | null>;
  /**
   * Runs `work` while no other process does the same (a PostgreSQL advisory lock, held by one connection): N
   * instances started together apply the migrations and seed an empty database once, one after the other.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The advisory lock's key: any number, the same in every process of this app. */
const STARTUP_LOCK = 7_314_002_026;

/** The rows of a raw query (PGlite and node-postgres both answer `{ rows }`). */
export async function queryRows<Row>(db: Db, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: Row[] }).rows;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

export interface DatabaseOptions {
  /** postgres://… for a PostgreSQL server; unset for the embedded PGlite. */
  url?: string | undefined;
  /** PGlite's data folder; unset (or `memory`) keeps the database in memory. */
  dataDir?: string | undefined;
  /** The most connections one process opens to a PostgreSQL server. */
  poolSize?: number;
  /** Connection and statement time limits, in milliseconds. */
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  migrationsFolder?: string;
}

/** Opens the database the options name: PostgreSQL when there is a URL, else PGlite (in a folder, or in memory). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  if (options.url !== undefined && options.url !== '') return openPostgres(options.url, options, migrationsFolder);
  return openPglite(options.dataDir, migrationsFolder);
}

async function openPglite(dataDir: string | undefined, migrationsFolder: string): Promise<Database> {
  const [{ PGlite }, { drizzle }, { migrate }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const inMemory = dataDir === undefined || dataDir === '' || dataDir === 'memory';
  const client = inMemory ? new PGlite() : new PGlite(dataDir);
  await client.waitReady;
  const db = drizzle({ client, schema });
  // One process has the PGlite folder (PGlite is embedded): there is no other process to wait for.
  return database(db, inMemory ? 'pglite:memory' : `pglite:${dataDir}`, () => migrate(db, { migrationsFolder }), () => client.close(), (work) => work());
}

async function openPostgres(url: string, options: DatabaseOptions, migrationsFolder: string): Promise<Database> {
  const [{ default: pg }, { drizzle }, { migrate }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 10_000,
    application_name: 'tiltaksmonitor',
  });
  // A connection that breaks while idle must not crash the process: the next query gets a fresh one.
  pool.on('error', () => undefined);
  const db = drizzle({ client: pool, schema });
  const exclusively = async <T>(work: () => Promise<T>): Promise<T> => {
    const holder = await pool.connect();
    try {
      await holder.query('select pg_advisory_lock($1)', [STARTUP_LOCK]);
      return await work();
    } finally {
      await holder.query('select pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
      holder.release();
    }
  };
  return database(db, withoutPassword(url), () => migrate(db, { migrationsFolder }), () => pool.end(), exclusively);
}

function database(
  db: Db,
  describe: string,
  runMigrations: () => Promise<void>,
  close: () => Promise<void>,
  exclusively: <T>(work: () => Promise<T>) => Promise<T>,
): Database {
  return {
    db,
    describe,
    exclusively,
    async ping() {
      await db.execute(sql`select 1`);
    },
    migrate: runMigrations,
    async appliedMigration() {
      try {
        const [row] = await queryRows<{ created_at: string | number }>(db, sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`);
        return row === undefined ? null : Number(row.created_at);
      } catch {
        return null;
      }
    },
    close,
  };
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres';
  }
}

/** The newest migration in the folder (its journal's `when`): the database is ready when it has applied it. */
export async function newestMigration(migrationsFolder = MIGRATIONS_FOLDER): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const journal = JSON.parse(await readFile(`${migrationsFolder}/meta/_journal.json`, 'utf8')) as { entries: { when: number }[] };
  return Math.max(...journal.entries.map((entry) => entry.when));
}
