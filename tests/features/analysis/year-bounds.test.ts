import { describe, expect, it } from 'vitest';
import type { Deadline } from '@/domain/deadline';
import { targetActualRows, yearDomain, yearTicks } from '@/features/analysis/utils/target-actual';
import { makeMeasure } from '../../support/measure-factory';

// A 0000 or 9999 in the data must not stretch the analysis's axis over millennia: the domain stays within
// 1990–2100 (a year's room either side), and the ticks are never more than the plot has room for.

const TODAY = '2026-11-23';

describe('yearDomain with years outside 1990–2100', () => {
  it.each<[string, { targetYear: number | null; endYear: number }[], [number, number]]>([
    ['a target in 9999', [{ targetYear: 9999, endYear: 2026 }], [2025, 2101]],
    ['a target in 0000', [{ targetYear: 0, endYear: 2026 }], [1989, 2027]],
    ['both', [{ targetYear: 0, endYear: 2026 }, { targetYear: 9999, endYear: 2026 }], [1989, 2101]],
    ['an end year in 9999', [{ targetYear: 2020, endYear: 9999 }], [2019, 2101]],
    ['the edges themselves', [{ targetYear: 1990, endYear: 2100 }], [1989, 2101]],
  ])('%s', (_name, rows, expected) => {
    expect(yearDomain(rows, TODAY)).toEqual(expected);
  });

  it('bounds the domain of rows made from such data', () => {
    const deadline = (date: string): Deadline => ({ kind: 'by', point: { date, precision: 'year' }, stated: { nb: date } });
    const rows = targetActualRows([makeMeasure({ status: 'in_progress', originalDeadline: deadline('9999-01-01') }), makeMeasure({ status: 'planned', originalDeadline: deadline('0000-01-01') })], TODAY);
    expect(rows.map((row) => row.targetYear)).toEqual([0, 9999]);
    expect(yearDomain(rows, TODAY)).toEqual([1989, 2101]);
  });
});

describe('yearTicks on any domain', () => {
  it.each<[[number, number], number, number]>([
    [[1989, 2101], 600, 13],
    [[1989, 2101], 100, 2],
    [[-1, 10000], 600, 13],
    [[-1, 10000], 100, 2],
    [[0, 1_000_000], 300, 6],
  ])('%o on a plot %i px wide has at most as many ticks as fit', (domain, width, room) => {
    const ticks = yearTicks(domain, width);
    expect(ticks.length).toBeGreaterThan(0);
    expect(ticks.length).toBeLessThanOrEqual(room + 1);
    expect(ticks.every((year) => year >= domain[0] && year <= domain[1])).toBe(true);
  });
});
