import { describe, expect, it } from 'vitest';
import { dayPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import type { Status } from '@/domain/status';
import { burnUpSeries } from '@/features/overview/utils/burn-up';
import { deadlineSeries } from '@/features/overview/utils/deadline-series';
import { makeMeasure } from '../../support/measure-factory';

// A 0000 or 9999 in a deadline (accepted by the API before its limits) made the deadline table render thousands
// of rows: the shaping is bounded to 1990–2100 whatever arrives, and says how many it left out.

const PLAN = { id: 'plan-a', published: { date: '2015-05-07', precision: 'day' as const } };

function on(point: DatePoint): Deadline {
  return { kind: 'by', point, stated: { nb: `innen ${point.date.slice(0, 4)}` } };
}

function m(status: Status, point: DatePoint | null) {
  const deadline = point === null ? null : on(point);
  return makeMeasure({ status, deadline, originalDeadline: deadline });
}

const Y0000 = { date: '0000-01-01', precision: 'year' } as const;
const Y9999 = { date: '9999-01-01', precision: 'year' } as const;

describe('deadlineSeries, with years outside 1990–2100', () => {
  it.each<[string, ReturnType<typeof m>[], number[], { withDeadline: number; withoutDeadline: number; outOfRange: number; overdue: number }]>([
    ['a deadline in 9999 beside one in 2020', [m('planned', yearPoint(2020)), m('planned', Y9999)], [2020], { withDeadline: 2, withoutDeadline: 0, outOfRange: 1, overdue: 1 }],
    ['a deadline in 0000 beside one in 2020', [m('planned', Y0000), m('planned', yearPoint(2020))], [2020], { withDeadline: 2, withoutDeadline: 0, outOfRange: 1, overdue: 1 }],
    ['0000 and 9999 beside 2018 and 2020', [m('planned', Y0000), m('completed', yearPoint(2018)), m('planned', Y9999), m('planned', yearPoint(2020))], [2018, 2019, 2020], { withDeadline: 4, withoutDeadline: 0, outOfRange: 2, overdue: 1 }],
    ['1800 and 2101 only', [m('planned', yearPoint(1800)), m('planned', dayPoint('2101-06-01'))], [], { withDeadline: 2, withoutDeadline: 0, outOfRange: 2, overdue: 0 }],
    ['the edges, 1990 and 2100', [m('completed', yearPoint(1990)), m('planned', yearPoint(2100))], Array.from({ length: 111 }, (_, index) => 1990 + index), { withDeadline: 2, withoutDeadline: 0, outOfRange: 0, overdue: 0 }],
    ['none out of range', [m('planned', yearPoint(2017)), m('planned', null)], [2017], { withDeadline: 1, withoutDeadline: 1, outOfRange: 0, overdue: 1 }],
  ])('%s', (_name, measures, years, totals) => {
    const series = deadlineSeries(measures, '2026-11-23');
    expect(series.rows.map((row) => row.year)).toEqual(years);
    expect(series).toMatchObject({ total: measures.length, ...totals });
    // Every placed measure is in a row; the overdue ones of the rows add up to the total overdue.
    expect(series.rows.reduce((sum, row) => sum + row.total, 0)).toBe(series.withDeadline - series.outOfRange);
    expect(series.rows.reduce((sum, row) => sum + row.overdue, 0)).toBe(series.overdue);
  });
});

describe('burnUpSeries, with years outside 1990–2100', () => {
  it.each<[string, ReturnType<typeof m>[], [number, number], { withTarget: number; targetOutOfRange: number }]>([
    ['a target in 9999', [m('planned', yearPoint(2020)), m('planned', Y9999)], [2015, 2026], { withTarget: 2, targetOutOfRange: 1 }],
    ['a target in 0000', [m('planned', Y0000), m('planned', yearPoint(2030))], [2015, 2030], { withTarget: 2, targetOutOfRange: 1 }],
    ['a target in 2100 runs to 2100', [m('planned', yearPoint(2100))], [2015, 2100], { withTarget: 1, targetOutOfRange: 0 }],
  ])('%s', (_name, measures, [first, last], facts) => {
    const series = burnUpSeries(measures, [PLAN], '2026-11-23');
    expect([series.rows[0]?.year, series.rows.at(-1)?.year]).toEqual([first, last]);
    expect(series.rows).toHaveLength(last - first + 1);
    expect([series.targets.withTarget, series.targetOutOfRange]).toEqual([facts.withTarget, facts.targetOutOfRange]);
    expect(series.rows.at(-1)?.targets).toBe(facts.withTarget - facts.targetOutOfRange);
  });

  it('starts no earlier than 1990 when a plan says it was presented in year 1', () => {
    const series = burnUpSeries([makeMeasure({ planId: 'old' })], [{ id: 'old', published: { date: '0001-01-01', precision: 'day' } }], '2026-11-23');
    expect(series.rows[0]?.year).toBe(1990);
    expect(series.rows).toHaveLength(2026 - 1990 + 1);
  });
});
