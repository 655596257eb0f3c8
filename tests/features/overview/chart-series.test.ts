import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26, MELD_ST_26_ID } from '@mocks/fixtures';
import { summarySchema } from '@/domain/api-contract';
import { measuresAsOf } from '@/domain/as-of';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Deadline, DeadlineKind } from '@/domain/deadline';
import type { Status } from '@/domain/status';
import { burnUpSeries } from '@/features/overview/utils/burn-up';
import { compareSummaries } from '@/features/overview/utils/comparison';
import { deadlineSeries } from '@/features/overview/utils/deadline-series';
import { get } from '../../support/api';
import { makeMeasure } from '../../support/measure-factory';
import { db } from '@mocks/db';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

const PLAN = { id: 'plan-a', published: { date: '2015-05-07', precision: 'day' as const } };

function deadline(kind: DeadlineKind, year: number): Deadline {
  return { kind, point: yearPoint(year), stated: { nb: `${kind} ${year}` } };
}

/** A measure with a status, an optional deadline (kind and year) and an optional completion date. */
function m(status: Status, due?: [DeadlineKind, number], completedOn?: DatePoint) {
  const d = due ? deadline(...due) : null;
  return makeMeasure({ status, deadline: d, originalDeadline: d, completedOn: completedOn ?? null });
}

describe('deadlineSeries', () => {
  it.each<[string, ReturnType<typeof m>[], string, [number, Partial<Record<Status, number>>, number][], { withDeadline: number; withoutDeadline: number; overdue: number }]>([
    ['no measures', [], '2026-11-23', [], { withDeadline: 0, withoutDeadline: 0, overdue: 0 }],
    ['only measures without a deadline', [m('planned'), m('completed')], '2026-11-23', [], { withDeadline: 0, withoutDeadline: 2, overdue: 0 }],
    [
      'years in between are kept as zeros; open and past "by" is overdue',
      [m('planned', ['by', 2015]), m('completed', ['by', 2015]), m('in_progress', ['by', 2018])],
      '2016-06-30',
      [
        [2015, { planned: 1, completed: 1 }, 1],
        [2016, {}, 0],
        [2017, {}, 0],
        [2018, { in_progress: 1 }, 0],
      ],
      { withDeadline: 3, withoutDeadline: 0, overdue: 1 },
    ],
    [
      '"tidligst" and "frem til" are placed by year but never overdue; a year-precision deadline runs to 31 December',
      [m('planned', ['earliest', 2016]), m('planned', ['until', 2016]), m('at_risk', ['from', 2016])],
      '2016-12-31',
      [[2016, { planned: 2, at_risk: 1 }, 0]],
      { withDeadline: 3, withoutDeadline: 0, overdue: 0 },
    ],
    [
      'cancelled and replaced keep their status and are never overdue',
      [m('cancelled', ['by', 2015]), m('replaced', ['by', 2015]), m('planned')],
      '2020-01-01',
      [[2015, { cancelled: 1, replaced: 1 }, 0]],
      { withDeadline: 2, withoutDeadline: 1, overdue: 0 },
    ],
  ])('%s', (_name, measures, today, rows, totals) => {
    const series = deadlineSeries(measures, today);
    expect(series.rows.map((row) => [row.year, Object.fromEntries(Object.entries(row.counts).filter(([, count]) => count > 0)), row.overdue])).toEqual(rows);
    expect(series).toMatchObject({ total: measures.length, ...totals });
  });

  it.each([
    // Only 7 of the 28 measures state a deadline: 2015 (#13, #19), 2016 (#11), 2017 (#17, #18), 2020 (#15, #16).
    ['today: all seven done, none overdue', '2026-11-23', [[2015, 2, 0], [2016, 1, 0], [2017, 2, 0], [2018, 0, 0], [2019, 0, 0], [2020, 2, 0]], 0],
    ['on 30 June 2016: only #19 done, #13 (2015) overdue', '2016-06-30', [[2015, 1, 1], [2016, 0, 0], [2017, 0, 0], [2018, 0, 0], [2019, 0, 0], [2020, 0, 0]], 1],
  ])('the dataset %s', (_name, asOf, rows, overdue) => {
    const measures = asOf === '2026-11-23' ? MELD_ST_26.measures : measuresAsOf(MELD_ST_26.measures, asOf);
    const series = deadlineSeries(measures, asOf);
    expect(series.rows.map((row) => [row.year, row.counts.completed, row.overdue])).toEqual(rows);
    expect(series).toMatchObject({ total: 28, withDeadline: 7, withoutDeadline: 21, overdue });
  });
});

describe('burnUpSeries', () => {
  // Each row: [year, targets due by then, completed with a target year, completed without one].
  it.each<[string, ReturnType<typeof m>[], string, [number, number, number | null, number | null][], Record<string, unknown>]>([
    ['no measures', [], '2026-11-23', [], { total: 0, completed: 0, targets: expect.objectContaining({ withTarget: 0 }) }],
    [
      'all completed, no deadlines: the targets line stays at zero, the completed are drawn apart',
      [m('completed', undefined, dayPoint('2015-10-26')), m('completed', undefined, dayPoint('2017-03-01'))],
      '2017-06-30',
      [
        [2015, 0, 0, 1],
        [2016, 0, 0, 1],
        [2017, 0, 0, 2],
      ],
      { total: 2, completed: 2, completedWithTarget: 0, withoutTarget: 2, completedWithoutTarget: 2, targets: expect.objectContaining({ withTarget: 0, noTarget: 2 }) },
    ],
    [
      'like with like: a completed measure without a target year is not counted against the targets',
      [m('completed', ['by', 2016], yearPoint(2016)), m('planned', ['by', 2016]), m('completed', undefined, dayPoint('2016-03-01'))],
      '2017-06-30',
      [
        [2015, 0, 0, 0],
        [2016, 2, 1, 1],
        [2017, 2, 1, 1],
      ],
      { completed: 2, completedWithTarget: 1, completedWithoutTarget: 1, targets: expect.objectContaining({ withTarget: 2, onTime: 1, openLate: 1 }) },
    ],
    [
      'year- and month-precision completions count in their year, never more precisely',
      [m('completed', ['by', 2016], yearPoint(2016)), m('completed', ['by', 2015], monthPoint(2015, 11)), m('completed', ['by', 2015], dayPoint('2017-09-13'))],
      '2018-01-01',
      [
        [2015, 2, 1, 0],
        [2016, 3, 2, 0],
        [2017, 3, 3, 0],
        [2018, 3, 3, 0],
      ],
      { targets: expect.objectContaining({ withTarget: 3, onTime: 2, late: 1 }) },
    ],
    [
      'targets later than the date shown extend the years; the completed lines stop at the date',
      [m('planned', ['by', 2020]), m('completed', ['from', 2017], dayPoint('2017-01-01'))],
      '2017-06-30',
      [
        [2015, 0, 0, 0],
        [2016, 0, 0, 0],
        [2017, 1, 1, 0],
        [2018, 1, null, null],
        [2019, 1, null, null],
        [2020, 2, null, null],
      ],
      { targets: expect.objectContaining({ withTarget: 2, onTime: 1, open: 1 }) },
    ],
    [
      '"tidligst" is a target year (done later is late); "frem til" is not; cancelled and replaced are not completed',
      [m('completed', ['earliest', 2017], dayPoint('2019-01-01')), m('completed', ['until', 2020], yearPoint(2019)), m('cancelled', ['by', 2016]), m('replaced')],
      '2019-12-31',
      [
        [2015, 0, 0, 0],
        [2016, 1, 0, 0],
        [2017, 2, 0, 0],
        [2018, 2, 0, 0],
        [2019, 2, 1, 1],
      ],
      { completed: 2, completedWithTarget: 1, withoutTarget: 2, completedWithoutTarget: 1, targets: expect.objectContaining({ withTarget: 2, late: 1, closed: 1, notATarget: 1, noTarget: 1 }) },
    ],
    [
      'a completion without a date is counted, but not placed on the line',
      [m('completed'), m('completed', undefined, dayPoint('2016-02-01'))],
      '2016-12-31',
      [
        [2015, 0, 0, 0],
        [2016, 0, 0, 1],
      ],
      { completed: 2, completedDateUnknown: 1 },
    ],
  ])('%s', (_name, measures, asOf, rows, facts) => {
    const series = burnUpSeries(measures, [PLAN], asOf);
    expect(series.rows.map((row) => [row.year, row.targets, row.completedWithTarget, row.completedWithoutTarget])).toEqual(rows);
    expect(series).toMatchObject(facts);
  });

  it('the dataset today: 6 measures with a target year, 6 done (4 on time, 2 late); the other 19 completed apart', () => {
    const series = burnUpSeries(MELD_ST_26.measures, FIXTURES.plans, '2026-11-23');
    expect(series.rows.map((row) => [row.year, row.targets, row.completedWithTarget, row.completedWithoutTarget])).toEqual([
      [2015, 2, 1, 2],
      [2016, 3, 2, 4],
      [2017, 5, 4, 7],
      [2018, 5, 4, 9],
      [2019, 5, 5, 11],
      [2020, 6, 6, 15],
      [2021, 6, 6, 16],
      [2022, 6, 6, 17],
      [2023, 6, 6, 18],
      [2024, 6, 6, 19],
      [2025, 6, 6, 19],
      [2026, 6, 6, 19],
    ]);
    // #13 (guideline, "2015") was done in 2017 and #18 ("tidligst fra 2017") in 2019; #11, #15, #17 and #19 in their target year.
    expect(series).toMatchObject({ total: 28, completed: 25, completedWithTarget: 6, withoutTarget: 22, completedWithoutTarget: 19 });
    expect(series.targets).toMatchObject({ withTarget: 6, onTime: 4, late: 2, openLate: 0, noTarget: 21, notATarget: 1 });
  });
});

describe('compareSummaries', () => {
  it('31 December 2017 against 30 June 2016: 7 more completed, 9 more under way, 16 fewer planned', async () => {
    const before = summarySchema.parse((await get('/api/summary?asOf=2016-06-30')).body);
    const after = summarySchema.parse((await get('/api/summary?asOf=2017-12-31')).body);
    expect(compareSummaries(before, after).map((row) => [row.key, row.before, row.after, row.change])).toEqual([
      ['total', 28, 28, 0],
      ['completed', 4, 11, 7],
      ['in_progress', 3, 12, 9],
      ['at_risk', 0, 0, 0],
      ['planned', 21, 5, -16],
      ['cancelled', 0, 0, 0],
      ['replaced', 0, 0, 0],
      ['overdue', 1, 0, -1],
      ['dueWithinYear', 1, 0, -1],
    ]);
  });

  it('before the plan: every figure grows from zero', async () => {
    const before = summarySchema.parse((await get('/api/summary?asOf=2015-01-01')).body);
    const after = summarySchema.parse((await get('/api/summary')).body);
    const rows = compareSummaries(before, after);
    expect(rows.find((row) => row.key === 'total')).toEqual({ key: 'total', before: 0, after: 28, change: 28 });
    expect(rows.find((row) => row.key === 'completed')).toEqual({ key: 'completed', before: 0, after: 25, change: 25 });
  });
});
