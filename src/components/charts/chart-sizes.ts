/**
 * Chart heights, shared by the lazily loaded charts and the panels that hold their place while they
 * load (so that the page does not jump when a chart arrives). No recharts here.
 */

/** The room of one bar of a chart with a bar per area (the overview's progress, the analysis' slippage and on-time share). */
export const AREA_ROW_HEIGHT = 44;

/** Axis and margins of a chart with a bar per area. */
const AREA_CHART_FRAME = 40;

/** The height of a chart with a bar per area: room for each bar (for one at least), the axis and the margins. */
export function areaChartHeight(rows: number): number {
  return Math.max(1, rows) * AREA_ROW_HEIGHT + AREA_CHART_FRAME;
}
