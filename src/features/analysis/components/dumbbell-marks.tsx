import { DUMBBELL } from './dumbbell-style';

/** The target year's mark: a ring, wider than the actual year's dot so that both show when they meet. */
export function TargetMark({ cx, cy }: { cx: number; cy: number }) {
  return <circle cx={cx} cy={cy} r={DUMBBELL.radius + 2} style={{ fill: 'none', stroke: DUMBBELL.target, strokeWidth: 2 }} />;
}

/** The actual year's mark: a filled dot, with a dashed halo when the date is uncertain. */
export function ActualMark({ cx, cy, uncertain }: { cx: number; cy: number; uncertain: boolean }) {
  return (
    <g>
      {uncertain && <circle cx={cx} cy={cy} r={DUMBBELL.radius + 6} style={{ fill: 'none', stroke: DUMBBELL.halo, strokeWidth: 1.5, strokeDasharray: DUMBBELL.haloDash }} />}
      <circle cx={cx} cy={cy} r={DUMBBELL.radius} style={{ fill: DUMBBELL.done, stroke: 'var(--ds-color-neutral-background-default)', strokeWidth: 1 }} />
    </g>
  );
}

/** Still open: an arrowhead at this year. */
export function OpenMark({ cx, cy }: { cx: number; cy: number }) {
  const r = DUMBBELL.radius;
  return <path d={`M${cx - r},${cy - r} L${cx + r},${cy} L${cx - r},${cy + r} Z`} style={{ fill: DUMBBELL.open }} />;
}

/** Cancelled or replaced: a cross. */
export function ClosedMark({ cx, cy }: { cx: number; cy: number }) {
  const r = DUMBBELL.radius;
  return <path d={`M${cx - r},${cy - r} L${cx + r},${cy + r} M${cx + r},${cy - r} L${cx - r},${cy + r}`} style={{ stroke: DUMBBELL.closed, strokeWidth: 2.5 }} />;
}

/** The line from the target to the actual year (solid) or to this year (dashed, still open). */
export function SpanLine({ x1, x2, cy, open }: { x1: number; x2: number; cy: number; open: boolean }) {
  return <line x1={x1} y1={cy} x2={x2} y2={cy} style={{ stroke: open ? DUMBBELL.open : DUMBBELL.done, strokeWidth: 3, strokeDasharray: open ? DUMBBELL.openDash : undefined }} />;
}
