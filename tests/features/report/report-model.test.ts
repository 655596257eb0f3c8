import { describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26, MELD_ST_26_ID } from '@mocks/fixtures';
import type { Summary } from '@/domain/api-contract';
import { measuresAsOf } from '@/domain/as-of';
import type { ChangeLogItem } from '@/domain/change-log';
import type { DatePoint } from '@/domain/date-point';
import type { HistoryEntry } from '@/domain/measure';
import { toMeasureSummary } from '@/domain/measure-summary';
import { emptyStatusCounts } from '@/domain/status';
import { buildReport, changesBetween, reportFigures } from '@/features/report/utils/report-model';

const BY = { kind: 'dataset', name: 'Tiltaksmonitor' } as const;

function note(id: string, effective: DatePoint, recordedAt = '2026-11-23T09:00:00+01:00'): HistoryEntry {
  return { id, type: 'note', effective, recordedAt, by: BY, language: 'nb', text: id };
}

const item = (measureId: string, entry: HistoryEntry): ChangeLogItem => ({ measureId, planId: 'p', number: 1, title: { nb: measureId }, synthetic: false, entry });
const day = (date: string): DatePoint => ({ date, precision: 'day' });

describe('changesBetween: the changes that count after the previous date and by the reporting date', () => {
  it.each([
    ['a change on the previous date itself', day('2017-01-01'), undefined, false],
    ['a change the day after it', day('2017-01-02'), undefined, true],
    ['a change on the reporting date', day('2020-12-31'), undefined, true],
    ['a change the day after the reporting date', day('2021-01-01'), undefined, false],
    ['a change known as «2017» (counts from 31 December 2017)', { date: '2017-01-01', precision: 'year' as const }, undefined, true],
    ['a change known as «2020» (counts from 31 December 2020)', { date: '2020-01-01', precision: 'year' as const }, undefined, true],
    ['a change known as «2016» (counts from 31 December 2016)', { date: '2016-01-01', precision: 'year' as const }, undefined, false],
    ['a change known as «December 2020»', { date: '2020-12-01', precision: 'month' as const }, undefined, true],
    ['a change known as «2021» but recorded on 30 June 2020 (counts from then)', { date: '2020-01-01', precision: 'year' as const }, '2020-06-30T12:00:00+02:00', true],
  ])('%s: %s', (_what, effective, recordedAt, counted) => {
    const result = changesBetween([item('m', note('n', effective, recordedAt))], '2017-01-01', '2020-12-31');
    expect(result.get('m')?.length ?? 0).toBe(counted ? 1 : 0);
  });

  it('gives each measure its changes oldest first, with the day each counts from, and leaves the plan’s own entry out', () => {
    const created: HistoryEntry = { id: 'c', type: 'created', effective: day('2018-01-01'), recordedAt: '2026-11-23T09:00:00+01:00', by: BY, language: 'nb', reason: 'x', status: 'planned', deadline: null };
    const result = changesBetween(
      [item('m', note('late', day('2019-05-05'))), item('m', note('year', { date: '2018-01-01', precision: 'year' })), item('m', created), item('other', note('o', day('2018-02-02')))],
      '2017-01-01',
      '2020-12-31',
    );
    expect(result.get('m')?.map((change) => [change.entry.id, change.countsFrom])).toEqual([
      ['year', '2018-12-31'],
      ['late', '2019-05-05'],
    ]);
    expect(result.get('other')).toHaveLength(1);
  });
});

describe('reportFigures', () => {
  const summary = (completed: number, planned: number, overdue: number): Summary => {
    const counts = { ...emptyStatusCounts(), completed, planned };
    const totals = { counts, total: completed + planned, completed, completedShare: completed / (completed + planned) };
    return { asOf: '2020-12-31', planIds: [], areas: [], totals, overdue, dueWithinYear: 1, uncertain: 0 };
  };
  it('gives each figure on both dates and the difference, in the report’s order', () => {
    expect(reportFigures(summary(1, 3, 2), summary(3, 1, 0)).map((row) => [row.key, row.before, row.after, row.change])).toEqual([
      ['total', 4, 4, 0],
      ['completed', 1, 3, 2],
      ['in_progress', 0, 0, 0],
      ['at_risk', 0, 0, 0],
      ['planned', 3, 1, -2],
      ['cancelled', 0, 0, 0],
      ['replaced', 0, 0, 0],
      ['overdue', 2, 0, -2],
      ['dueWithinYear', 1, 1, 0],
      ['uncertain', 0, 0, 0],
    ]);
  });
});

describe('buildReport, on every plan between 2015-12-31 and 2016-12-31', () => {
  const onDate = (date: string) => measuresAsOf(FIXTURES.measures, date).map(toMeasureSummary);
  const summary = { asOf: '2016-12-31', planIds: [], areas: [], totals: { counts: emptyStatusCounts(), total: 0, completed: 0, completedShare: 0 }, overdue: 0, dueWithinYear: 0, uncertain: 0 } satisfies Summary;
  const changes: ChangeLogItem[] = FIXTURES.measures.flatMap((measure) =>
    measure.history.filter((entry) => entry.type !== 'created').map((entry) => ({ measureId: measure.id, planId: measure.planId, number: measure.number, title: measure.title, synthetic: false, entry })),
  );
  const model = buildReport({
    plans: FIXTURES.plans,
    areas: FIXTURES.areas,
    plan: null,
    asOf: '2016-12-31',
    compareTo: '2015-12-31',
    madeAt: '2026-11-23T12:00:00Z',
    now: { summary, measures: onDate('2016-12-31') },
    before: { summary, measures: onDate('2015-12-31') },
    changes,
  });
  const entry = (id: string) => model.areas.flatMap((area) => area.entries).find((candidate) => candidate.measure.id === id);

  it('reports every plan, each measure in its area in the catalogue’s order', () => {
    expect(model.allPlans).toBe(true);
    expect(model.plans).toHaveLength(FIXTURES.plans.length);
    expect(model.areas.map((area) => area.areaId)).toEqual(['kompetanse', 'ledelse', 'teamorganisering', 'barn-og-unge', 'psykisk-helse-og-rus', 'omsorg', 'rehabilitering']);
    expect(model.areas.flatMap((area) => area.entries)).toHaveLength(onDate('2016-12-31').length);
  });

  it('says a measure of a plan presented between the dates did not exist on the previous one', () => {
    const later = FIXTURES.measures.find((measure) => measure.planId === 'kompetanseloft-2020');
    expect(later).toBeDefined();
    const reported = entry(later?.id ?? '');
    expect(reported?.before).toBeNull();
    expect(reported?.planReference).toBe(FIXTURES.plans.find((plan) => plan.id === 'kompetanseloft-2020')?.reference);
  });

  it('takes the changes of the year between the dates: #11 («2016», completed) and #4 («2016», in progress), not #8 («2015»)', () => {
    expect(entry('ms26-11')?.changes.map((change) => change.countsFrom)).toEqual(['2016-12-31']);
    expect([entry('ms26-11')?.before?.status, entry('ms26-11')?.now.status]).toEqual(['planned', 'completed']);
    expect(entry('ms26-04')?.changes).toHaveLength(1);
    expect(entry('ms26-08')?.changes).toEqual([]);
    expect(entry('ms26-08')?.before?.status).toBe('completed');
  });

  it('marks a status that rests on a date known only to its year, on the date that year contains', () => {
    // On 31 December 2015, #8's «2015» completion has just counted (the end of its year): certain. On 2016-12-31 so has #11's «2016».
    expect(entry('ms26-08')?.before?.uncertain).toBe(false);
    expect(entry('ms26-11')?.now.uncertain).toBe(false);
    expect(model.uncertain.every((fact) => fact.verified !== 'verified' || fact.uncertainOn.length > 0)).toBe(true);
  });

  it('lists what is not verified with what is not known, and only that', () => {
    const payment = model.uncertain.find((fact) => fact.entry.measure.id === 'ms26-18');
    expect(payment?.verified).toBe('partial');
    // The outcome's note, then the duty's (payment for patients ready for discharge, partly confirmed too).
    expect(payment?.notes.map((text) => text.en)).toEqual([expect.stringMatching(/^The regulation’s legal basis is not verified/), expect.stringMatching(/^Notification and process rules applied from 1\.1\.2017/)]);
    expect(model.uncertain.find((fact) => fact.entry.measure.id === 'ms26-01')).toBeUndefined();
  });
});

it('the fixtures hold the plan the route test reports on', () => {
  expect(MELD_ST_26.plan.id).toBe(MELD_ST_26_ID);
});
