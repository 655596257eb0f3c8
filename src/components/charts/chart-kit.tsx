/**
 * Pieces the overview's charts share. Only the lazily loaded chart modules import this file, so
 * that recharts stays out of a first visit.
 */
import { useId, type CSSProperties, type ReactNode } from 'react';
import { Bar, LabelList, Rectangle, Text, type BarShapeProps, type TooltipContentProps, type YAxisTickContentProps } from 'recharts';
import type { Status } from '@/domain/status';
import { patternId, statusStyle } from './status-style';

export const AXIS_TEXT = { fill: 'var(--ds-color-neutral-text-default)', fontSize: 13 };
export const GRID_STROKE = 'var(--ds-color-neutral-border-subtle)';

/**
 * Room for category names on an axis: names wrap between words, so the longest word must fit on a
 * line; otherwise the axis takes what the names need, at most a third of a wide chart and never more
 * than half of a narrow one (a phone).
 */
export function categoryAxisWidth(names: readonly string[], chartWidth: number, charWidth = 7.6): number {
  const width = chartWidth > 0 ? chartWidth : 800;
  const longestWord = Math.max(0, ...names.flatMap((name) => name.split(/\s+/)).map((word) => word.length));
  const longestName = Math.max(0, ...names.map((name) => name.length));
  const needed = longestWord * charWidth + 14;
  const wanted = Math.min(longestName * charWidth + 14, width / 3);
  return Math.round(Math.min(Math.max(needed, wanted), width / 2));
}

/** A category tick that wraps long names (an area name on a phone) instead of cutting them off. */
export function WrappedTick({ x, y, payload, width }: YAxisTickContentProps & { width: number }) {
  return (
    <Text x={Number(x)} y={Number(y)} width={width} textAnchor="end" verticalAnchor="middle" style={AXIS_TEXT} lineHeight="1.15em">
      {String(payload.value)}
    </Text>
  );
}

/** What a chart of measures by status gets from its panel. */
export interface StatusChartProps<Row> {
  rows: readonly Row[];
  /** The statuses to draw, in the fixed order (those with measures). */
  statuses: readonly Status[];
  statusName: (status: Status) => string;
  /** Tooltip lines for a row. */
  describe: (row: Row) => { title: string; lines: string[] };
}

/** A chart's own id prefix for its SVG patterns (a page draws several charts). */
export function usePatternPrefix(name: string): string {
  return `${name}-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

interface StatusBarsOptions<Row extends { counts: Record<Status, number> }> {
  /** The statuses to draw, bottom (or left) first. */
  statuses: readonly Status[];
  /** The chart's pattern ids (see StatusPatterns). */
  prefix: string;
  statusName: (status: Status) => string;
  /** Identifies a segment, e.g. "omsorg:planned" (tests and the e2e journey find segments by it). */
  segmentId: (row: Row, status: Status) => string;
  /** Opens the measures a segment counts. */
  onOpen: (row: Row, status: Status) => void;
  /** A label after each stack (at its end or on its top): the share completed, or how many are overdue. */
  endLabel: { text: (row: Row) => string; position: 'right' | 'top'; style: CSSProperties };
}

/**
 * One stacked Bar per status, textured, outlined, and clickable segment by segment; empty segments
 * draw nothing. Keyboard and screen-reader users open the same lists from the table's links.
 */
export function renderStatusBars<Row extends { counts: Record<Status, number> }>(options: StatusBarsOptions<Row>): ReactNode[] {
  const { statuses, prefix, statusName, segmentId, onOpen, endLabel } = options;
  const last = statuses.at(-1);
  return statuses.map((status) => (
    <Bar
      key={status}
      stackId="status"
      name={statusName(status)}
      dataKey={(row: Row) => row.counts[status]}
      fill={`url(#${patternId(prefix, status)})`}
      isAnimationActive={false}
      shape={(props: BarShapeProps) => {
        const row = props.payload as Row;
        if (!(props.width > 0 && props.height > 0)) return null;
        return (
          <g className="chart-segment" data-segment={segmentId(row, status)} data-count={row.counts[status]} onClick={() => onOpen(row, status)}>
            <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} fill={props.fill} style={{ stroke: statusStyle(status).outline, strokeWidth: 1 }} />
          </g>
        );
      }}
    >
      {status === last && <LabelList valueAccessor={(entry) => endLabel.text(entry.payload as Row)} position={endLabel.position} style={endLabel.style} />}
    </Bar>
  ));
}

/**
 * Draws a tooltip in the page's own words (for a Tooltip's `content`): a title and a line per figure.
 * `describe` gets the hovered row of the chart's own data (typed by the caller).
 */
export function renderTooltip({ active, payload }: TooltipContentProps, describe: (row: never) => { title: string; lines: string[] }): ReactNode {
  const row: unknown = payload[0]?.payload;
  if (!active || row === undefined) return null;
  const { title, lines } = describe(row as never);
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{title}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
