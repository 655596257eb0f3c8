import { describe, expect, it } from 'vitest';
import { MELD_ST_26 } from '@mocks/fixtures';
import { comparePlans, median, outcomesBy, targetVsActual } from '@/domain/analysis';
import { dayPoint, yearPoint } from '@/domain/date-point';
import type { Deadline, DeadlineKind } from '@/domain/deadline';
import type { Measure } from '@/domain/measure';
import type { Status } from '@/domain/status';
import { makeMeasure } from '../support/measure-factory';

const TODAY = '2026-11-23';
const target = (year: number, kind: DeadlineKind = 'by'): Deadline => ({ kind, point: yearPoint(year), stated: { nb: String(year) } });

function measure(areaId: string, status: Status, deadline: Deadline | null, completedYear?: number, planId = 'plan-a'): Measure {
  return makeMeasure({ areaId, planId, status, originalDeadline: deadline, deadline, completedOn: completedYear ? yearPoint(completedYear) : null });
}

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[3], 3],
    [[2, 0], 1],
    [[5, -1, 2], 2],
    [[0, 0, 2, 4], 1],
  ])('median of %o is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('targetVsActual on the Meld. St. 26 data (hand-computed from the facts file)', () => {
  it('has a row per measure with a target, by target year, with the real slippage', () => {
    const rows = targetVsActual(MELD_ST_26.measures, TODAY);
    expect(rows.map((row) => [row.number, row.targetYear, row.actualYear, row.years, row.state])).toEqual([
      [13, 2015, 2017, 2, 'done'],
      [19, 2015, 2015, 0, 'done'],
      [11, 2016, 2016, 0, 'done'],
      [17, 2017, 2017, 0, 'done'],
      [18, 2017, 2019, 2, 'done'],
      [15, 2020, 2020, 0, 'done'],
    ]);
    // #16 "frem til 2020" says how long a scheme runs, not when it is due: it is left out.
    expect(rows.find((row) => row.number === 16)).toBeUndefined();
  });
});

describe('outcomesBy', () => {
  const measures = [
    measure('a', 'completed', target(2015), 2017),
    measure('a', 'completed', target(2016), 2016),
    measure('a', 'in_progress', target(2020)),
    measure('a', 'planned', target(2030)),
    measure('b', 'completed', null, 2018),
    measure('b', 'cancelled', target(2018)),
    measure('b', 'completed', target(2018, 'earliest'), 2019),
  ];

  it('counts done, late and not judged per group, with on-time share and median slippage', () => {
    const [a, b] = outcomesBy(measures, (m) => m.areaId, TODAY, ['a', 'b']);
    expect(a).toEqual({ key: 'a', withTarget: 4, doneSlippage: [2, 0], openLate: [6], notJudged: 1, onTimeShare: 1 / 3, medianSlippage: 1 });
    expect(b).toEqual({ key: 'b', withTarget: 2, doneSlippage: [1], openLate: [], notJudged: 1, onTimeShare: 0, medianSlippage: 1 });
  });

  it('keeps asked-for groups without measures, with nothing to judge', () => {
    expect(outcomesBy([], (m) => m.areaId, TODAY, ['empty'])).toEqual([
      { key: 'empty', withTarget: 0, doneSlippage: [], openLate: [], notJudged: 0, onTimeShare: null, medianSlippage: null },
    ]);
  });
});

describe('comparePlans', () => {
  it('puts plans side by side', () => {
    const measures = [
      measure('a', 'completed', target(2015), 2015, 'p1'),
      measure('a', 'completed', target(2015), 2018, 'p1'),
      measure('a', 'planned', null, undefined, 'p1'),
      measure('a', 'in_progress', null, undefined, 'p2'),
    ];
    expect(comparePlans(measures, ['p1', 'p2', 'p3'], TODAY)).toEqual([
      { planId: 'p1', total: 3, completed: 2, completedShare: 2 / 3, withTarget: 2, onTimeShare: 0.5, medianSlippage: 1.5 },
      { planId: 'p2', total: 1, completed: 0, completedShare: 0, withTarget: 0, onTimeShare: null, medianSlippage: null },
      { planId: 'p3', total: 0, completed: 0, completedShare: 0, withTarget: 0, onTimeShare: null, medianSlippage: null },
    ]);
  });
});

it('uses completion years, not days (a day-precise date counts by its year)', () => {
  const [row] = targetVsActual([makeMeasure({ status: 'completed', originalDeadline: target(2017, 'from'), completedOn: dayPoint('2017-12-31') })], TODAY);
  expect(row).toMatchObject({ actualYear: 2017, years: 0 });
});
