/** The height of a chart with a bar per area (axis and margins included). */
export function areaChartHeight(rows: number): number {
  return Math.max(1, rows) * 44 + 40;
}
