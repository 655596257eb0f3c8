/**
 * Chart heights, shared by the lazily loaded charts and the panels that hold their place while they
 * load (so that the page does not jump when a chart arrives). No recharts here.
 */
export const AREA_ROW_HEIGHT = 44;

export function areaChartHeight(rows: number): number {
  return rows * AREA_ROW_HEIGHT + 40;
}

export const DEADLINE_CHART_HEIGHT = 280;
export const BURN_UP_CHART_HEIGHT = 300;
