import { describe, expect, it } from 'vitest';
import { db, MockDb } from '@mocks/db';
import { DATASET_VERSION } from '@mocks/fixtures/version';
import { conflictSchema, measureDetailSchema } from '@/domain/api-contract';
import { stateAsOf } from '@/domain/as-of';
import { upgradeNoticeResponseSchema } from '@/domain/upgrade-notice';
import type { Measure } from '@/domain/measure';
import { applyChange, type MeasureChange } from '@/domain/measure-change';
import { PROBLEM_TYPES } from '@/domain/problem-types';
import { fakePersistence, SharedStorage } from '../support/fake-persistence';
import { call, expectProblem, TOKENS } from './api-helpers';

/**
 * The mock's store in a browser: what is saved is all or nothing, an upgrade of the dataset keeps the user's
 * changes (or sets them aside, never silently drops them), and the tabs of a browser do not overwrite each
 * other. The browser's storage is played by a SharedStorage; a tab by a store over it.
 */

const day = (date: string) => ({ date, precision: 'day' as const });
const atRisk: MeasureChange = { type: 'status', to: 'at_risk', effective: day('2026-11-20'), reason: 'Budsjettet er usikkert', language: 'nb' };
const note = (text: string): MeasureChange => ({ type: 'note', text, effective: day('2026-11-21'), language: 'nb' });

async function current(id: string) {
  return measureDetailSchema.parse((await call('GET', `/api/measures/${id}`)).body);
}

function patch(id: string, version: number, body: MeasureChange) {
  return call('PATCH', `/api/measures/${id}`, { token: TOKENS.editor, ifMatch: `"${String(version)}"`, body });
}

/** The singleton store (the one the handlers use) as a tab over the storage. */
async function tabA(storage: SharedStorage) {
  db.usePersistence(fakePersistence(storage));
  await db.ready();
}

/** Another tab of the same browser: a store of its own over the same storage. */
async function otherTab(storage: SharedStorage) {
  const tab = new MockDb();
  tab.usePersistence(fakePersistence(storage));
  await tab.ready();
  return tab;
}

function storedMeasure(storage: SharedStorage, id: string): Measure | undefined {
  const stored = storage.stored as { measures: Measure[] } | null;
  return stored?.measures.find((measure) => measure.id === id);
}

function edited(measure: Measure | undefined, change: MeasureChange, recordedAt = '2026-11-22T10:00:00+01:00'): Measure {
  if (!measure) throw new Error('no such measure');
  return applyChange(measure, change, { name: 'Ola Nordmann (demo)' }, recordedAt);
}

describe('a save is all or nothing', () => {
  it('answers 507 with the storage-full problem when the storage is full, and changes nothing', async () => {
    const storage = new SharedStorage();
    await tabA(storage);
    const before = await current('ms26-28');
    storage.full = true;

    const problem = expectProblem(await patch('ms26-28', before.version, atRisk), 507);
    expect(problem).toMatchObject({ type: PROBLEM_TYPES.storageFull, title: 'Insufficient Storage', status: 507 });

    expect(await current('ms26-28')).toEqual(before);
    const list = (await call('GET', '/api/measures?q=fastlønnstilskudd')).body as { items: { id: string; status: string; version: number }[] };
    expect(list.items.find((item) => item.id === 'ms26-28')).toMatchObject({ status: 'in_progress', version: 1 });
    expect(storage.text).toBeNull();
  });

  it('starts the next edit from the version before the failed one', async () => {
    const storage = new SharedStorage();
    await tabA(storage);
    storage.full = true;
    expectProblem(await patch('ms26-28', 1, atRisk), 507);
    storage.full = false;

    // The version that failed (2) was never made: 1 is still the current one.
    expectProblem(await patch('ms26-28', 2, note('Ny merknad')), 409);
    const response = await patch('ms26-28', 1, note('Ny merknad'));
    expect(response.status).toBe(200);
    const saved = measureDetailSchema.parse(response.body);
    expect(saved).toMatchObject({ version: 2, status: 'in_progress' });
    // The dataset's four entries of #28 (two notes on Helfo's rule), then the user's note.
    expect(saved.history.map((entry) => entry.type)).toEqual(['created', 'status', 'note', 'note', 'note']);
    // And the browser kept it: a tab opened now reads the same.
    expect((await otherTab(storage)).measure('ms26-28')).toEqual(saved);
  });
});

describe('tabs of one browser share one store', () => {
  it('answers a tab that edits a version another tab has replaced with 409, as any stale client', async () => {
    const storage = new SharedStorage();
    await tabA(storage);
    const b = await otherTab(storage);
    const seenByA = await current('ms26-28');
    expect(seenByA.version).toBe(1);

    b.saveMeasureNow(edited(b.measure('ms26-28'), note('Fra fane B')), 1);

    const response = await patch('ms26-28', 1, atRisk);
    expect(response.status).toBe(409);
    const conflict = conflictSchema.parse(response.body);
    expect(conflict.current.version).toBe(2);
    expect(conflict.current.history.at(-1)).toMatchObject({ type: 'note', text: 'Fra fane B' });
    expect(storedMeasure(storage, 'ms26-28')?.history.at(-1)).toMatchObject({ text: 'Fra fane B' });
  });

  it('keeps the edits of two tabs to different measures, and each tab reads the other’s', async () => {
    const storage = new SharedStorage();
    await tabA(storage);
    const b = await otherTab(storage);

    b.saveMeasureNow(edited(b.measure('ms26-27'), note('Fra fane B')), 1);
    expect((await patch('ms26-28', 1, atRisk)).status).toBe(200);

    expect(storedMeasure(storage, 'ms26-27')?.history.at(-1)).toMatchObject({ text: 'Fra fane B' });
    expect(storedMeasure(storage, 'ms26-28')).toMatchObject({ status: 'at_risk', version: 2 });
    expect((await current('ms26-27')).history.at(-1)).toMatchObject({ text: 'Fra fane B' });
    expect(b.measure('ms26-28')).toMatchObject({ status: 'at_risk', version: 2 });
  });

  it('refuses a store write on top of a version that another tab has replaced, and keeps that tab’s', async () => {
    const storage = new SharedStorage();
    await tabA(storage);
    const b = await otherTab(storage);
    const staleInB = b.measure('ms26-28');
    expect((await patch('ms26-28', 1, atRisk)).status).toBe(200);

    expect(() => b.saveMeasureNow(edited(staleInB, note('For sent')), 1)).toThrow(/version 2/);
    expect(storedMeasure(storage, 'ms26-28')).toMatchObject({ status: 'at_risk', version: 2 });
    // #28's four entries in the dataset (created, the consultation, two notes on Helfo's rule) and the one change.
    expect((await current('ms26-28')).history).toHaveLength(5);
  });
});

describe('an upgrade of the dataset keeps the user’s changes', () => {
  /**
   * What a browser kept from an older dataset version: the fixtures as they were then (#13 not yet completed,
   * and a measure #99 that the new version no longer has), with the user's changes on top.
   */
  function olderVersion(): { measures: Measure[]; gone: Measure; cancel: Measure } {
    const fixtures = db.allMeasures();
    const byId = (id: string) => fixtures.find((measure) => measure.id === id);
    const guideline = byId('ms26-13');
    if (!guideline) throw new Error('fixture #13 missing');
    const thenGuideline = { ...guideline, history: guideline.history.slice(0, 2), version: 1 };
    const thenStatus = stateAsOf(thenGuideline, '2026-11-01').status;
    expect(thenStatus).not.toBe('completed');
    const cancel = edited({ ...thenGuideline, status: thenStatus, completedOn: null }, { type: 'status', to: 'cancelled', effective: day('2026-11-10'), reason: 'Lagt bort', language: 'nb' }, '2026-11-10T09:00:00+01:00');
    const gone = edited({ ...(byId('ms26-28') as Measure), id: 'ms26-99', number: 99 }, note('Om et tiltak som går ut'), '2026-11-11T09:00:00+01:00');
    const fixed = edited(edited(byId('ms26-28'), atRisk, '2026-11-20T09:00:00+01:00'), note('Avklart med departementet'), '2026-11-21T09:00:00+01:00');
    const measures = [...fixtures.filter((measure) => !['ms26-13', 'ms26-28'].includes(measure.id)), cancel, fixed, gone];
    return { measures, gone, cancel };
  }

  it('re-applies them on top of the new version, and sets aside and keeps what no longer fits', async () => {
    const older = olderVersion();
    const storage = new SharedStorage();
    storage.set({ version: '2026-06-01.1', measures: older.measures });
    await tabA(storage);

    const fixed = await current('ms26-28');
    expect(fixed).toMatchObject({ status: 'at_risk', version: 3 });
    expect(fixed.history.slice(-2)).toMatchObject([
      { type: 'status', from: 'in_progress', to: 'at_risk', reason: 'Budsjettet er usikkert', by: { kind: 'user', name: 'Ola Nordmann (demo)' }, recordedAt: '2026-11-20T09:00:00+01:00' },
      { type: 'note', text: 'Avklart med departementet', by: { kind: 'user', name: 'Ola Nordmann (demo)' }, recordedAt: '2026-11-21T09:00:00+01:00' },
    ]);
    // The new version's own data stays as it is: #13 is completed, #99 is gone.
    expect(await current('ms26-13')).toMatchObject({ status: 'completed', version: 1 });
    expectProblem(await call('GET', '/api/measures/ms26-99'), 404);

    const { notice } = upgradeNoticeResponseSchema.parse((await call('GET', '/api/upgrade-notice')).body);
    expect(notice).toEqual({
      from: '2026-06-01.1',
      to: DATASET_VERSION,
      carriedOver: 2,
      setAside: [
        { measure: { id: 'ms26-13', number: 13, title: older.cancel.title }, entry: older.cancel.history.at(-1), reasons: ['state_changed', 'transition_not_allowed'] },
        { measure: { id: 'ms26-99', number: 99, title: older.gone.title }, entry: older.gone.history.at(-1), reasons: ['measure_gone'] },
      ],
    });

    // Stored in the new version, with the notice: a reload (another tab) finds both.
    expect(storage.stored).toMatchObject({ version: DATASET_VERSION });
    const reloaded = await otherTab(storage);
    expect(reloaded.measure('ms26-28')).toEqual(fixed);
    expect(reloaded.upgradeNotice()).toEqual(notice);
  });

  it('forgets the notice once dismissed, in every tab', async () => {
    const storage = new SharedStorage();
    storage.set({ version: '2026-06-01.1', measures: olderVersion().measures });
    await tabA(storage);
    const b = await otherTab(storage);
    expect(b.upgradeNotice()?.setAside).toHaveLength(2);

    expect((await call('DELETE', '/api/upgrade-notice')).status).toBe(204);
    expect((await call('GET', '/api/upgrade-notice')).body).toEqual({ notice: null });
    expect(b.upgradeNotice()).toBeNull();
    expect(storage.stored).not.toHaveProperty('upgrade');
    expect(storedMeasure(storage, 'ms26-28')).toMatchObject({ status: 'at_risk' });
  });

  it('keeps stored data of the current version as it is, and says nothing', async () => {
    const storage = new SharedStorage();
    await tabA(storage);
    expect((await patch('ms26-28', 1, atRisk)).status).toBe(200);
    const b = await otherTab(storage);
    expect(b.measure('ms26-28')).toMatchObject({ status: 'at_risk', version: 2 });
    expect(b.upgradeNotice()).toBeNull();
    expect((await call('GET', '/api/upgrade-notice')).body).toEqual({ notice: null });
  });

  it('drops an older copy without changes of the user’s, as before', async () => {
    const storage = new SharedStorage();
    storage.set({ version: '2026-06-01.1', measures: db.allMeasures() });
    await tabA(storage);
    expect(storage.text).toBeNull();
    expect((await call('GET', '/api/upgrade-notice')).body).toEqual({ notice: null });
  });
});
