/**
 * The heights of the overview's own charts, shared by the lazily loaded charts and the panels that hold
 * their place while they load. The area chart's height is `areaChartHeight` (src/components/charts/chart-sizes.ts).
 */
export const DEADLINE_CHART_HEIGHT = 280;
export const BURN_UP_CHART_HEIGHT = 300;
