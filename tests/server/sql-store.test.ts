import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Measure } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { storedPlan } from '../support/plan-factory';
import { openDatabase, type Database } from '../../server/db/database';
import { NotSavedError, PlanExistsError, StalePlanError, StaleVersionError } from '../../server/api/store';
import { datasetFromFixtures, seedIfEmpty } from '../../server/seed';
import { SqlStore } from '../../server/store/sql-store';

let database: Database;
let store: SqlStore;

beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory' });
  await database.migrate();
  await seedIfEmpty(database.db, await datasetFromFixtures());
  store = new SqlStore(database.db);
}, 60_000);

afterAll(async () => {
  await database.close();
});

function withNote(measure: Measure, id: string): Measure {
  return {
    ...measure,
    version: measure.version + 1,
    history: [
      ...measure.history,
      { id, type: 'note', text: 'Test', effective: { date: '2026-12-01', precision: 'day' }, recordedAt: '2026-12-01T10:00:00+01:00', by: { kind: 'user', name: 'Test' }, language: 'nb' },
    ],
  };
}

describe('the SQL store', () => {
  it('serves the seeded dataset as the mock does: every plan, area and measure, with its history in order', async () => {
    const fixtures = await datasetFromFixtures();
    const snapshot = await store.snapshot();
    expect(snapshot.plans.map((plan) => plan.id)).toEqual(fixtures.plans.map((plan) => plan.id));
    expect(snapshot.areas).toEqual(fixtures.areas);
    expect(snapshot.measures).toEqual(fixtures.measures);
  });

  it('seeds once: a database with data is left as it is', async () => {
    expect(await seedIfEmpty(database.db, await datasetFromFixtures())).toEqual({ seeded: false, measures: 0, entries: 0 });
  });

  it('saves on top of the current version only, with the history entries it gained', async () => {
    const [first] = (await store.snapshot()).measures;
    if (!first) throw new Error('no measure');
    await store.saveMeasure(withNote(first, 'test-note-1'), first.version);
    const saved = (await store.snapshot()).measures.find((measure) => measure.id === first.id);
    expect(saved?.version).toBe(first.version + 1);
    expect(saved?.history.at(-1)?.id).toBe('test-note-1');

    const error = await store.saveMeasure(withNote(first, 'test-note-2'), first.version).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StaleVersionError);
    expect((error as StaleVersionError).current.version).toBe(first.version + 1);
    const after = (await store.snapshot()).measures.find((measure) => measure.id === first.id);
    expect(after?.history.map((entry) => entry.id)).not.toContain('test-note-2');
  });

  it('of many saves on top of one version, exactly one wins and the history gains one entry', async () => {
    const measure = (await store.snapshot()).measures[1];
    if (!measure) throw new Error('no measure');
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, index) => store.saveMeasure(withNote(measure, `race-${index}`), measure.version)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((result) => result.status === 'rejected' && result.reason instanceof StaleVersionError)).toHaveLength(19);
    const after = (await store.snapshot()).measures.find((candidate) => candidate.id === measure.id);
    expect(after?.history.length).toBe(measure.history.length + 1);
  });

  it('the database itself refuses to change or remove a history entry', async () => {
    const before = await database.db.execute(sql`select count(*)::int as count from measure_history`);
    for (const statement of [sql`update measure_history set entry = '{}'::jsonb`, sql`delete from measure_history`, sql`truncate measure_history`]) {
      const error = await database.db.execute(statement).catch((caught: unknown) => caught);
      expect(String((error as Error & { cause?: unknown }).cause)).toMatch(/measure_history is append-only/);
    }
    expect(await database.db.execute(sql`select count(*)::int as count from measure_history`)).toEqual(before);
  });

  it('a save that the database refuses changes nothing and says so', async () => {
    const measure = (await store.snapshot()).measures[2];
    if (!measure) throw new Error('no measure');
    const broken = { ...withNote(measure, 'broken'), version: 0 };
    await expect(store.saveMeasure(broken, measure.version)).rejects.toBeInstanceOf(NotSavedError);
    const after = (await store.snapshot()).measures.find((candidate) => candidate.id === measure.id);
    expect(after).toEqual(measure);
  });

  describe('plans', () => {
    const plan = (version: number): Plan => storedPlan(97, { id: 'store-test-plan', version });
    const measureOf = (id: string, template: Measure): Measure => ({ ...template, id, planId: 'store-test-plan', history: template.history.map((entry) => ({ ...entry, id: `${id}-${entry.id}` })) });

    it('inserts a new plan with its measures at the end of the catalogue, and refuses its id a second time', async () => {
      const [template] = (await store.snapshot()).measures;
      if (!template) throw new Error('no measure');
      await store.savePlan(plan(1), null, [measureOf('store-test-plan-01', template)]);
      const snapshot = await store.snapshot();
      expect(snapshot.plans.at(-1)).toEqual(plan(1));
      expect(snapshot.measures.at(-1)).toMatchObject({ id: 'store-test-plan-01', planId: 'store-test-plan', history: template.history.map((entry) => ({ id: `store-test-plan-01-${entry.id}` })) });
      await expect(store.savePlan(plan(1), null, [])).rejects.toBeInstanceOf(PlanExistsError);
    });

    it('saves on top of the plan’s current version only; a measure id that is taken undoes the whole save', async () => {
      const before = await store.snapshot();
      const [template] = before.measures;
      if (!template) throw new Error('no measure');
      await expect(store.savePlan(plan(3), 5, [])).rejects.toBeInstanceOf(StalePlanError);
      const error = await store.savePlan(plan(2), 1, [measureOf('store-test-plan-02', template), measureOf('store-test-plan-01', template)]).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StalePlanError);
      expect((error as StalePlanError).current.version).toBe(1);
      const after = await store.snapshot();
      expect(after.plans).toEqual(before.plans);
      expect(after.measures.map((measure) => measure.id)).toEqual(before.measures.map((measure) => measure.id));
      await store.savePlan({ ...plan(2), title: { nb: 'Nytt navn' } }, 1, []);
      expect((await store.snapshot()).plans.at(-1)).toMatchObject({ version: 2, title: { nb: 'Nytt navn' } });
    });
  });
});
