import { describe, expect, it } from 'vitest';
import { AREA_ROW_HEIGHT, areaChartHeight } from '@/components/charts/chart-sizes';

describe('areaChartHeight', () => {
  it.each([
    // No areas still leaves room for one bar, so that a placeholder never collapses to its axis.
    [0, 84],
    [1, 84],
    [2, 128],
    [7, 348],
    [10, 480],
  ])('%i bars: %i px', (rows, height) => {
    expect(areaChartHeight(rows)).toBe(height);
  });

  it('grows by one row height per bar', () => {
    expect(areaChartHeight(9) - areaChartHeight(8)).toBe(AREA_ROW_HEIGHT);
  });
});
