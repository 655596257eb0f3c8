import { sql } from 'drizzle-orm';
import type { DataPackageInput } from '@/domain/data-package';
import { queryRows, type Db } from './db/database';
import { areas, measureHistory, measures, metadata, municipalities, plans } from './db/schema';

/** The dataset a database is seeded with: the same shape the data package is built from. */
export type SeedData = DataPackageInput;

/**
 * The dataset the embedded mock serves (mocks/fixtures: one source for both), its files checked before it is built
 * (mocks/fixtures/checked.ts): a file out of the format stops the start with a message naming the file and the place.
 */
export async function datasetFromFixtures(): Promise<SeedData> {
  const { checkedDatasetInput } = await import('@mocks/fixtures/checked');
  return checkedDatasetInput();
}

/**
 * Loads the dataset into an empty database, in one transaction; a database that has data is left as it is
 * (its history is the record, and a new release of the dataset never replaces what editors changed). Two
 * processes starting at once seed it once: the second waits for the first's lock and finds it done.
 */
export async function seedIfEmpty(db: Db, data: SeedData): Promise<{ seeded: boolean; measures: number; entries: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(2015262026)`);
    const [existing] = await queryRows<{ count: string | number }>(tx, sql`select count(*) as count from plans`);
    if (Number(existing?.count ?? 0) > 0) return { seeded: false, measures: 0, entries: 0 };
    await tx.insert(plans).values(data.plans.map(({ version, ...doc }, position) => ({ id: doc.id, position, version, doc })));
    await tx.insert(areas).values(data.areas.map((area, position) => ({ id: area.id, position, doc: area })));
    await tx.insert(measures).values(
      data.measures.map(({ history, ...doc }, position) => ({ id: doc.id, planId: doc.planId, position, version: doc.version, doc })),
    );
    const entries = data.measures.flatMap((measure) =>
      measure.history.map((entry) => ({ measureId: measure.id, entryId: entry.id, recordedAt: new Date(entry.recordedAt), entry })),
    );
    for (let start = 0; start < entries.length; start += 500) await tx.insert(measureHistory).values(entries.slice(start, start + 500));
    if (data.municipalities.length > 0) {
      await tx.insert(municipalities).values(data.municipalities.map((municipality) => ({ number: municipality.number, doc: municipality })));
    }
    await tx.insert(metadata).values([
      { key: 'dataset_version', value: data.datasetVersion },
      { key: 'municipality_source', value: data.municipalitySource },
      { key: 'seeded_at', value: new Date().toISOString() },
    ]);
    return { seeded: true, measures: data.measures.length, entries: entries.length };
  });
}
