import { describe, expect, it } from 'vitest';
import { stateAsOf } from '@/domain/as-of';
import { carryOver, changeOf, mergeNotices, userChangesOf, type CarryOverContext } from '@mocks/carry-over';
import { dayPoint, yearPoint } from '@/domain/date-point';
import type { Measure } from '@/domain/measure';
import { applyChange, type MeasureChange } from '@/domain/measure-change';
import { setAsideDocument, setAsideKind, setAsideWhy, type UpgradeNotice } from '@/domain/upgrade-notice';
import { makeMeasure, statusChange } from '../support/measure-factory';

const context: CarryOverContext = { today: '2026-11-23', planPublished: () => '2015-05-07' };
const by = (year: number) => ({ kind: 'by' as const, point: yearPoint(year), stated: { nb: `innen ${String(year)}` } });
const source = { title: 'Helfo', url: 'https://helfo.no/x' };

const CHANGES: Record<string, MeasureChange> = {
  status: { type: 'status', to: 'in_progress', effective: dayPoint('2026-11-01'), reason: 'Startet', language: 'nb' },
  completion: { type: 'status', to: 'completed', effective: dayPoint('2026-11-02'), reason: 'Ferdig', language: 'en', completedOn: dayPoint('2026-11-02'), source },
  replacement: { type: 'status', to: 'replaced', effective: dayPoint('2026-11-02'), reason: 'Erstattet', language: 'nb', replacedBy: 'm-other' },
  deadline: { type: 'deadline', to: by(2030), effective: dayPoint('2026-11-03'), reason: 'Utsatt', language: 'nn' },
  note: { type: 'note', text: 'Merknad', effective: dayPoint('2026-11-04'), language: 'nb' },
  source: { type: 'source', source, effective: dayPoint('2026-11-05'), reason: 'Ny kilde', language: 'nb' },
};

/** A measure as the API left it after a user's change: the change's history entry at its end. */
function changedBy(measure: Measure, change: MeasureChange, recordedAt = '2026-11-20T09:00:00+01:00'): Measure {
  return applyChange(measure, change, { name: 'Kari (demo)' }, recordedAt);
}

describe('changeOf', () => {
  it.each(Object.entries(CHANGES))('gives back the %s change a user made from its history entry', (_name, change) => {
    const entry = changedBy(makeMeasure(), change).history.at(-1);
    if (!entry) throw new Error('no entry');
    expect(changeOf(entry)).toEqual(change);
  });

  it('gives nothing for a created entry, which no edit makes', () => {
    const measure = makeMeasure();
    expect(changeOf(measure.history[0] as Measure['history'][number])).toBeNull();
  });
});

describe('userChangesOf', () => {
  it('takes the user’s entries out of whatever was stored, in order, and nothing else', () => {
    const measure = changedBy(changedBy(makeMeasure({ id: 'm-a', number: 4 }), CHANGES.status as MeasureChange), CHANGES.note as MeasureChange);
    const changes = userChangesOf([measure, null, 'x', { id: 'm-b', history: [{ by: { kind: 'user' }, type: 'mystery' }, { by: { kind: 'dataset' } }] }, { history: [] }]);
    expect(changes).toEqual([
      { measure: { id: 'm-a', number: 4, title: measure.title }, entry: measure.history[1] },
      { measure: { id: 'm-a', number: 4, title: measure.title }, entry: measure.history[2] },
      { measure: { id: 'm-b' }, entry: { by: { kind: 'user' }, type: 'mystery' } },
    ]);
  });
});

describe('carryOver', () => {
  const other = makeMeasure({ id: 'm-other' });

  function carried(stored: Measure, fresh: Measure, measures: Measure[] = [fresh, other]) {
    return carryOver(measures, userChangesOf([stored]), context);
  }

  it('applies every change on top of the new version, in order, with its author and time, and counts them', () => {
    const older = makeMeasure({ id: 'm-a', title: { nb: 'Gammel tittel' } });
    const stored = changedBy(changedBy(older, CHANGES.status as MeasureChange, '2026-11-20T09:00:00+01:00'), CHANGES.completion as MeasureChange, '2026-11-21T09:00:00+01:00');
    const fresh = { ...older, title: { nb: 'Ny tittel' }, description: { nb: 'Rettet' } };
    const result = carried(stored, fresh);
    expect(result.carriedOver).toBe(2);
    expect(result.setAside).toEqual([]);
    const [measure] = result.measures;
    expect(measure).toMatchObject({ title: { nb: 'Ny tittel' }, description: { nb: 'Rettet' }, status: 'completed', completedOn: dayPoint('2026-11-02'), version: 3 });
    expect(measure?.history.slice(1)).toMatchObject([
      { type: 'status', from: 'planned', to: 'in_progress', by: { kind: 'user', name: 'Kari (demo)' }, recordedAt: '2026-11-20T09:00:00+01:00' },
      { type: 'status', from: 'in_progress', to: 'completed', by: { kind: 'user', name: 'Kari (demo)' }, recordedAt: '2026-11-21T09:00:00+01:00' },
    ]);
    expect(result.measures[1]).toBe(other);
  });

  it.each([
    ['the measure is not in the new version', CHANGES.note, (fresh: Measure) => [other, { ...fresh, id: 'm-renamed' }], ['measure_gone']],
    ['the new version moved the status the user changed from', CHANGES.status, (fresh: Measure) => [withStatus(fresh, 'at_risk'), other], ['state_changed']],
    ['the transition is no longer allowed from the new status', { ...CHANGES.status, to: 'cancelled' }, (fresh: Measure) => [withStatus(fresh, 'completed'), other], ['state_changed', 'transition_not_allowed']],
    ['the new version moved the deadline the user changed from', CHANGES.deadline, (fresh: Measure) => [withDeadline(fresh, by(2028)), other], ['state_changed']],
    ['the measure it was replaced by is gone', CHANGES.replacement, (fresh: Measure) => [fresh], ['replaced_by_unknown']],
    ['its date is now before the plan', CHANGES.note, (fresh: Measure) => [{ ...fresh, planId: 'later-plan' }, other], ['date_before_plan']],
  ] as const)('sets a change aside when %s, and leaves the measure as the new version has it', (_name, change, newVersion, reasons) => {
    const older = makeMeasure({ id: 'm-a' });
    const stored = changedBy(older, change as MeasureChange);
    const measures = newVersion(older);
    const result = carryOver(measures, userChangesOf([stored]), { ...context, planPublished: (planId) => (planId === 'later-plan' ? '2026-11-15' : '2015-05-07') });
    expect(result.carriedOver).toBe(0);
    expect(result.setAside).toEqual([{ measure: { id: 'm-a', number: older.number, title: older.title }, entry: stored.history.at(-1), reasons }]);
    expect(result.measures).toEqual(measures);
  });

  it.each([
    ['a created entry', (entry: Record<string, unknown>) => ({ ...entry, type: 'created', reason: 'Opprettet', status: 'planned', deadline: null, text: undefined }), ['not_replayable']],
    ['an entry that breaks the schema', (entry: Record<string, unknown>) => ({ ...entry, text: '' }), ['invalid']],
    ['a source without an address', () => ({ ...changedBy(makeMeasure(), CHANGES.source as MeasureChange).history.at(-1), added: { title: 'Brev', url: null } }), ['not_replayable']],
  ] as const)('sets aside %s, kept as it was stored', (_name, alter, reasons) => {
    const older = makeMeasure({ id: 'm-a' });
    const stored = changedBy(older, CHANGES.note as MeasureChange);
    const entry = JSON.parse(JSON.stringify(alter(stored.history.at(-1) as unknown as Record<string, unknown>))) as unknown;
    const result = carryOver([older], userChangesOf([{ ...stored, history: [...older.history, entry] }]), context);
    expect(result.setAside).toEqual([{ measure: { id: 'm-a', number: older.number, title: older.title }, entry, reasons }]);
    expect(result.measures).toEqual([older]);
  });

  it('goes on after a change it sets aside: a later one that still fits is applied, one that built on it is not', () => {
    const older = makeMeasure({ id: 'm-a' });
    const stored = changedBy(changedBy(changedBy(older, CHANGES.status as MeasureChange), { ...CHANGES.status, to: 'at_risk' } as MeasureChange), CHANGES.note as MeasureChange);
    const fresh = withStatus(older, 'completed');
    const result = carried(stored, fresh);
    expect(result.setAside.map((change) => change.reasons)).toEqual([['state_changed'], ['state_changed']]);
    expect(result.carriedOver).toBe(1);
    expect(result.measures[0]?.history.at(-1)).toMatchObject({ type: 'note', text: 'Merknad' });
  });
});

function withStatus(measure: Measure, status: 'at_risk' | 'completed'): Measure {
  const entry = statusChange(dayPoint('2020-01-01'), 'planned', status);
  const history = [...measure.history, entry];
  expect(stateAsOf({ history }, '2026-11-23').status).toBe(status);
  return { ...measure, status, history, completedOn: status === 'completed' ? dayPoint('2020-01-01') : null };
}

function withDeadline(measure: Measure, deadline: ReturnType<typeof by>): Measure {
  const entry = { id: 'h-moved', type: 'deadline' as const, effective: dayPoint('2020-01-01'), recordedAt: '2020-01-02T09:00:00+01:00', by: { kind: 'dataset' as const, name: 'test' }, reason: 'flyttet', language: 'nb' as const, from: null, to: deadline };
  return { ...measure, deadline, history: [...measure.history, entry] };
}

describe('the notice and the file', () => {
  const aside = { measure: { id: 'm-a' }, entry: { type: 'note' }, reasons: ['measure_gone'] };
  const first: UpgradeNotice = { from: 'v1', to: 'v2', carriedOver: 3, setAside: [aside] };

  it('keeps what an earlier upgrade set aside when another follows before it is dismissed', () => {
    const second: UpgradeNotice = { from: 'v2', to: 'v3', carriedOver: 3, setAside: [{ ...aside, reasons: ['invalid'] }] };
    expect(mergeNotices(first, second)).toEqual({ from: 'v1', to: 'v3', carriedOver: 3, setAside: [aside, { ...aside, reasons: ['invalid'] }] });
    expect(mergeNotices(null, second)).toBe(second);
  });

  it('downloads the changes set aside with the versions', () => {
    expect(setAsideDocument(first)).toEqual({ kind: 'tiltaksmonitor/set-aside-changes', datasetVersion: { from: 'v1', to: 'v2' }, changes: [aside] });
  });

  it.each([
    [['measure_gone'], 'measure_gone'],
    [['state_changed', 'transition_not_allowed'], 'state_changed'],
    [['same_status'], 'transition'],
    [['transition_not_allowed'], 'transition'],
    [['date_before_plan'], 'rule'],
    [['invalid'], 'rule'],
  ])('says %j as %s', (reasons, why) => {
    expect(setAsideWhy(reasons)).toBe(why);
  });

  it.each([
    [{ type: 'status' }, 'status'],
    [{ type: 'created' }, null],
    ['note', null],
    [null, null],
  ])('names the kind of %j as %s', (entry, kind) => {
    expect(setAsideKind(entry)).toBe(kind);
  });
});
