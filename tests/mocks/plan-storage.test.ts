import { describe, expect, it } from 'vitest';
import { db, MockDb } from '@mocks/db';
import { DATASET_VERSION } from '@mocks/fixtures/version';
import { planListSchema } from '@/domain/api-contract';
import { planRegistrationResultSchema } from '@/domain/plan-registration';
import { PROBLEM_TYPES } from '@/domain/problem-types';
import { fakePersistence, SharedStorage } from '../support/fake-persistence';
import { planDraft, testSource } from '../support/plan-factory';
import { call, expectProblem, TOKENS } from './api-helpers';

/**
 * Plans registered in the demo live in the browser's storage like edits do: kept across reloads and upgrades of the
 * dataset, all or nothing when the storage is full, and shared by the tabs.
 */

const PLAN = planDraft(98, { title: { nb: 'Lagret i nettleseren' }, published: { date: '2026-02-01', precision: 'day' } });
const SOURCE = testSource(PLAN.reference);
const BODY = {
  plan: PLAN,
  measures: {
    items: [{ areaId: 'ledelse', title: { nb: 'Bedre ledelse' }, description: { nb: 'Bedre ledelse.' }, responsible: { nb: 'KS' }, instrument: 'program', deadline: null }],
    source: SOURCE,
    reason: 'Registrert fra planens tekst',
    language: 'nb',
  },
};

async function tabOver(storage: SharedStorage) {
  db.usePersistence(fakePersistence(storage));
  await db.ready();
}

async function planIds() {
  return planListSchema.parse((await call('GET', '/api/plans')).body).items.map((plan) => plan.id);
}

describe('plans registered in the demo', () => {
  it('are stored with their measures and are there after a reload, in another tab too', async () => {
    const storage = new SharedStorage();
    await tabOver(storage);
    const response = await call('POST', '/api/plans', { token: TOKENS.admin, body: BODY });
    expect(response.status).toBe(201);
    const other = new MockDb();
    other.usePersistence(fakePersistence(storage));
    await other.ready();
    expect(other.plans().map((plan) => plan.id)).toContain('meld-st-98-2025-2026');
    expect(other.measure('meld-st-98-2025-2026-01')).toMatchObject({ status: 'planned', history: [{ type: 'created', by: { kind: 'user' } }] });
  });

  it('are kept whole when the dataset is upgraded (the stored copy is of an older version)', async () => {
    const storage = new SharedStorage();
    await tabOver(storage);
    const saved = planRegistrationResultSchema.parse((await call('POST', '/api/plans', { token: TOKENS.admin, body: BODY })).body);
    const stored = storage.stored as Record<string, unknown>;
    storage.set({ ...stored, version: '2026-06-01.1' });
    await tabOver(storage);
    expect(await planIds()).toContain('meld-st-98-2025-2026');
    expect(db.measure('meld-st-98-2025-2026-01')).toEqual(saved.measures[0]);
    expect(storage.stored).toMatchObject({ version: DATASET_VERSION });
    // Nothing of it was set aside: a registration is not a change to replay.
    expect(db.upgradeNotice()).toBeNull();
  });

  it('save nothing when the storage is full: 507, and neither the plan nor its measures are served', async () => {
    const storage = new SharedStorage();
    await tabOver(storage);
    storage.full = true;
    const problem = expectProblem(await call('POST', '/api/plans', { token: TOKENS.admin, body: BODY }), 507);
    expect(problem.type).toBe(PROBLEM_TYPES.storageFull);
    expect(await planIds()).not.toContain('meld-st-98-2025-2026');
    expectProblem(await call('GET', '/api/measures/meld-st-98-2025-2026-01'), 404);
  });
});
