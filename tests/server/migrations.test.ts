import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { planSchema } from '@/domain/plan';
import { MIGRATIONS_FOLDER, openDatabase } from '../../server/db/database';
import { measureHistory, measures } from '../../server/db/schema';
import { datasetFromFixtures } from '../../server/seed';
import { SqlStore } from '../../server/store/sql-store';

/**
 * A database made before a migration keeps its data through it: the server of an earlier version, with its data
 * folder, starts on the new code. Here: a database of the first migration only (plans without a version), seeded as
 * that version seeded it, then opened with every migration.
 */

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** The migrations folder as it was up to and including `tag`. */
function migrationsUpTo(tag: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'migrations-'));
  folders.push(folder);
  mkdirSync(join(folder, 'meta'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string; idx: number }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === tag);
  const entries = journal.entries.slice(0, last + 1);
  for (const entry of entries) copyFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(folder, `${entry.tag}.sql`));
  writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries }));
  return folder;
}

describe('migrations', () => {
  it('give the plans of a database made before plans had versions version 1, and keep everything else', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pglite-'));
    folders.push(dataDir);
    const before = await openDatabase({ dataDir, migrationsFolder: migrationsUpTo('0000_init') });
    await before.migrate();
    const dataset = await datasetFromFixtures();
    // As the first version seeded it: the plan's JSON, with no version column to put it in; then the measures.
    for (const [position, { version: _version, ...doc }] of dataset.plans.entries()) {
      await before.db.execute(sql`insert into plans (id, position, doc) values (${doc.id}, ${position}, ${JSON.stringify(doc)}::jsonb)`);
    }
    await before.db.insert(measures).values(dataset.measures.map(({ history: _history, ...doc }, position) => ({ id: doc.id, planId: doc.planId, position, version: doc.version, doc })));
    await before.db.insert(measureHistory).values(dataset.measures.flatMap((measure) => measure.history.map((entry) => ({ measureId: measure.id, entryId: entry.id, recordedAt: new Date(entry.recordedAt), entry }))));
    await before.close();

    const after = await openDatabase({ dataDir });
    await after.migrate();
    const snapshot = await new SqlStore(after.db).snapshot();
    expect(snapshot.plans).toEqual(dataset.plans);
    for (const plan of snapshot.plans) expect(planSchema.safeParse(plan).success).toBe(true);
    expect(snapshot.measures).toEqual(dataset.measures);
    await after.close();
  }, 120_000);
});
