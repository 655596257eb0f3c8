/**
 * How the target-against-actual chart and its legend draw a measure: the target as a ring, the
 * actual year as a filled dot (with a dashed halo when the date is uncertain), a solid line between
 * them when done, a dashed line to an arrowhead at this year while still open, and a cross on the
 * target when the measure was cancelled or replaced. Shape and dash tell them apart, not colour alone.
 */
export const DUMBBELL = {
  target: 'var(--ds-color-neutral-text-default)',
  done: 'var(--ds-color-accent-base-default)',
  open: 'var(--ds-color-warning-border-strong)',
  closed: 'var(--ds-color-neutral-text-subtle)',
  halo: 'var(--ds-color-neutral-text-default)',
  openDash: '5 3',
  haloDash: '2 2',
  rowHeight: 40,
  radius: 6,
} as const;

/** The chart's height for a number of rows (axis and margins included). */
export function dumbbellHeight(rows: number): number {
  return Math.max(1, rows) * DUMBBELL.rowHeight + 48;
}
