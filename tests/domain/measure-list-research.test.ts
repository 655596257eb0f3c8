import { describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26, MELD_ST_26_ID } from '@mocks/fixtures';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import type { HistoryEntry, Measure } from '@/domain/measure';
import { filterMeasures } from '@/domain/measure-filter';
import { measureListQuerySchema, searchParamsToRecord, type MeasureFilters } from '@/domain/measure-list-query';
import { sortMeasures } from '@/domain/measure-sort';
import { lastChange, toMeasureSummary } from '@/domain/measure-summary';
import { isCompletedLate } from '@/domain/slippage';
import { created, deadlineChange, makeMeasure, statusChange } from '../support/measure-factory';

/** The researcher's part of the list (issue 13): completed late, deadline moved, verification, plan order, last change. */
const TODAY = '2026-11-23';
const by = (year: number): Deadline => ({ kind: 'by', point: yearPoint(year), stated: { nb: String(year) } });
const until = (year: number): Deadline => ({ kind: 'until', point: yearPoint(year), stated: { nb: `frem til ${year}` } });
const done = (deadline: Deadline | null, completedOn: DatePoint | null, overrides: Partial<Measure> = {}) =>
  makeMeasure({ originalDeadline: deadline, deadline, status: 'completed', completedOn, ...overrides });

describe('isCompletedLate', () => {
  it.each<[string, Measure, boolean]>([
    ['completed the year after its target', done(by(2016), yearPoint(2017)), true],
    ['completed in its target year', done(by(2016), dayPoint('2016-12-31')), false],
    ['completed before its target', done(by(2016), monthPoint(2015, 3)), false],
    ['completed, but when is not known', done(by(2016), null), false],
    ['no target year', done(null, yearPoint(2020)), false],
    ['a deadline that says how long it runs ("frem til")', done(until(2016), yearPoint(2020)), false],
    ['judged against the plan’s own deadline, not a moved one', done(by(2016), yearPoint(2018), { deadline: by(2019) }), true],
    ['still open past its target (late, but not completed)', makeMeasure({ originalDeadline: by(2016), deadline: by(2016), status: 'in_progress' }), false],
  ])('%s → %s', (_name, measure, expected) => {
    expect(isCompletedLate(measure)).toBe(expected);
  });
});

describe('filters for researchers', () => {
  const late = done(by(2016), yearPoint(2018), { verified: 'partial' });
  const onTime = done(by(2016), yearPoint(2016));
  const moved = makeMeasure({
    originalDeadline: by(2016),
    deadline: by(2019),
    verified: 'unverified',
    history: [created(dayPoint('2015-05-07'), 'planned', by(2016)), deadlineChange(yearPoint(2017), by(2016), by(2019))],
  });
  const all = [late, onTime, moved];

  it.each<[string, MeasureFilters, Measure[]]>([
    ['completed late', { completedLate: true }, [late]],
    ['not completed late', { completedLate: false }, [onTime, moved]],
    ['deadline moved (counted in the history)', { deadlineMoved: true }, [moved]],
    ['deadline never moved', { deadlineMoved: false }, [late, onTime]],
    ['one verification level', { verified: ['verified'] }, [onTime]],
    ['several levels are OR-ed', { verified: ['partial', 'unverified'] }, [late, moved]],
    ['combined with others (AND)', { completedLate: true, verified: ['verified'] }, []],
  ])('%s', (_name, filters, expected) => {
    expect(filterMeasures(all, filters, TODAY)).toEqual(expected);
  });

  it('read the same from a summary (deadlineMoves) as from the history', () => {
    const summaries = all.map(toMeasureSummary);
    expect(filterMeasures(summaries, { deadlineMoved: true }, TODAY).map((m) => m.id)).toEqual([moved.id]);
    expect(filterMeasures(summaries, { completedLate: true }, TODAY).map((m) => m.id)).toEqual([late.id]);
  });

  it('in the fixtures: #13 and #18 of Meld. St. 26 were completed late, and #22 and #23 are not verified', () => {
    const numbers = (filters: MeasureFilters) => filterMeasures(MELD_ST_26.measures, filters, TODAY).map((m) => m.number);
    expect(numbers({ completedLate: true })).toEqual([13, 18]);
    expect(numbers({ verified: ['unverified'] })).toEqual([22, 23]);
  });
});

describe('the list query parameters', () => {
  const parse = (query: string) => measureListQuerySchema.safeParse(searchParamsToRecord(new URLSearchParams(query)));

  it.each([
    ['completedLate=true', { completedLate: true }],
    ['completedLate=false', { completedLate: false }],
    ['deadlineMoved=true', { deadlineMoved: true }],
    ['verified=partial', { verified: ['partial'] }],
    ['verified=partial&verified=unverified', { verified: ['partial', 'unverified'] }],
    ['sort=plannedYear', { sort: 'plannedYear' }],
    ['sort=actualYear&order=desc', { sort: 'actualYear', order: 'desc' }],
    ['sort=slippage', { sort: 'slippage' }],
    ['sort=lastChange', { sort: 'lastChange' }],
  ])('accepts %s', (query, expected) => {
    const result = parse(query);
    expect(result.success).toBe(true);
    expect(result.data).toMatchObject(expected);
  });

  it.each([
    ['completedLate=yes', 'completedLate'],
    ['completedLate=true&completedLate=false', 'completedLate'],
    ['deadlineMoved=1', 'deadlineMoved'],
    ['verified=maybe', 'verified.0'],
    ['verified=', 'verified.0'],
    ['sort=moved', 'sort'],
  ])('refuses %s, naming %s', (query, field) => {
    const result = parse(query);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});

describe('sorting by plan, then number', () => {
  const planOrder = new Map(FIXTURES.plans.map((plan, position) => [plan.id, position]));

  it('puts every measure of the first plan first, then the next plan’s, each by number (not 1, 2, 1, 2 …)', () => {
    const sorted = sortMeasures(FIXTURES.measures, 'number', 'asc', { today: TODAY, planOrder });
    const firstPlan = sorted.slice(0, 28);
    expect(firstPlan.every((m) => m.planId === MELD_ST_26_ID)).toBe(true);
    expect(firstPlan.map((m) => m.number)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    const plans = [...new Set(sorted.map((m) => m.planId))];
    expect(plans).toEqual(FIXTURES.plans.map((plan) => plan.id).filter((id) => plans.includes(id)));
  });

  it('keeps plans whole in the other direction too, and orders plans missing from the catalogue by id, after it', () => {
    const x1 = makeMeasure({ planId: 'x', number: 1 });
    const x2 = makeMeasure({ planId: 'x', number: 2 });
    const a1 = makeMeasure({ planId: 'a', number: 1 });
    const z1 = makeMeasure({ planId: 'z', number: 1 });
    const order = new Map([['x', 0]]);
    expect(sortMeasures([z1, a1, x2, x1], 'number', 'asc', { today: TODAY, planOrder: order })).toEqual([x1, x2, a1, z1]);
    expect(sortMeasures([z1, a1, x2, x1], 'number', 'desc', { today: TODAY, planOrder: order })).toEqual([z1, a1, x2, x1]);
    expect(sortMeasures([x2, a1, x1], 'number', 'asc', { today: TODAY })).toEqual([a1, x1, x2]);
  });

  it.each<[string, 'plannedYear' | 'actualYear' | 'slippage', string[]]>([
    ['planned year', 'plannedYear', ['early', 'late', 'open', 'none']],
    ['actual year', 'actualYear', ['early', 'late', 'none', 'open']],
    ['slippage (years late; open and late counts so far)', 'slippage', ['early', 'late', 'open', 'none']],
  ])('sorts by %s, measures without one last', (_name, key, expected) => {
    const measures = [
      done(null, yearPoint(2024), { id: 'none', number: 4 }),
      makeMeasure({ id: 'open', number: 3, originalDeadline: by(2020), deadline: by(2020), status: 'in_progress' }),
      done(by(2016), yearPoint(2019), { id: 'late', number: 2 }),
      done(by(2015), yearPoint(2014), { id: 'early', number: 1 }),
    ];
    expect(sortMeasures(measures, key, 'asc', { today: TODAY }).map((m) => m.id)).toEqual(expected);
    // Measures without a value stay last the other way too.
    expect(sortMeasures(measures, key, 'desc', { today: TODAY }).map((m) => m.id).at(-1)).toBe(expected.at(-1));
  });
});

describe('lastChange: the last real change, not the import date', () => {
  const recordedLater = (entry: HistoryEntry, recordedAt: string): HistoryEntry => ({ ...entry, recordedAt });
  it.each<[string, HistoryEntry[], DatePoint]>([
    ['only the plan: the day it was presented', [created(dayPoint('2015-05-07'))], dayPoint('2015-05-07')],
    ['the latest status change', [created(dayPoint('2015-05-07')), statusChange(monthPoint(2017, 2), 'planned', 'in_progress'), statusChange(dayPoint('2019-06-01'), 'in_progress', 'completed')], dayPoint('2019-06-01')],
    ['by when it happened, not the order it was written in', [created(dayPoint('2015-05-07')), statusChange(dayPoint('2020-01-10'), 'planned', 'in_progress'), statusChange(yearPoint(2018), 'planned', 'at_risk')], dayPoint('2020-01-10')],
    ['a change known only to its year counts from the end of it (as the replay does)', [created(dayPoint('2015-05-07')), statusChange(dayPoint('2017-06-01'), 'planned', 'in_progress'), statusChange(yearPoint(2017), 'in_progress', 'at_risk')], yearPoint(2017)],
    ['the same day: the one recorded last', [created(dayPoint('2015-05-07')), recordedLater(statusChange(dayPoint('2020-01-10'), 'planned', 'at_risk'), '2026-11-25T09:00:00+01:00'), statusChange(dayPoint('2020-01-10'), 'planned', 'in_progress')], dayPoint('2020-01-10')],
    ['a deadline moved', [created(dayPoint('2015-05-07')), deadlineChange(dayPoint('2021-03-03'), null, by(2022))], dayPoint('2021-03-03')],
  ])('%s', (_name, history, expected) => {
    expect(lastChange(history)).toEqual(expected);
  });

  it('in the fixtures, no measure’s last change is the day the dataset was compiled', () => {
    const summaries = FIXTURES.measures.map(toMeasureSummary);
    expect(summaries.filter((m) => m.lastChange.date === '2026-11-23')).toEqual([]);
    expect(summaries.find((m) => m.id === 'ms26-13')?.lastChange).toEqual(dayPoint('2017-09-13'));
  });
});
