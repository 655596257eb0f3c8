import { useRef } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { AXIS_TEXT, categoryAxisWidth, GRID_STROKE, renderTooltip, WrappedTick } from '@/components/charts/chart-kit';
import { useElementWidth } from '@/components/ui/use-element-width';
import { isUncertain, yearTicks, type TargetActualView } from '../utils/target-actual';
import { ActualMark, ClosedMark, OpenMark, SpanLine, TargetMark } from './dumbbell-marks';
import { dumbbellHeight } from './dumbbell-style';

export interface DumbbellRow extends TargetActualView {
  /** The row's name on the axis: the measure's title, cut short. */
  label: string;
}

interface TargetActualChartProps {
  rows: readonly DumbbellRow[];
  domain: [number, number];
  describe: (row: DumbbellRow) => { title: string; lines: string[] };
}

/**
 * Planned year against actual year: a row per measure, drawn as one range bar from the earlier to
 * the later of the two years, with a shape that puts the marks at the right ends. A row (its marks or its
 * title on the axis) opens the measure; keyboard and screen-reader users have the table's links.
 */
export function TargetActualChart({ rows, domain, describe }: TargetActualChartProps) {
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const axisWidth = categoryAxisWidth(rows.map((row) => row.label), width);
  const ticks = yearTicks(domain, width - axisWidth - 16);
  const open = (row: DumbbellRow | undefined) => {
    if (row) void navigate(`/tiltak/${row.id}`);
  };
  return (
    <div ref={ref} className="chart" data-chart="target-actual">
      <ResponsiveContainer width="100%" height={dumbbellHeight(rows.length)}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" domain={domain} allowDataOverflow ticks={ticks} allowDecimals={false} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <YAxis
            type="category"
            dataKey="label"
            width={axisWidth}
            interval={0}
            stroke={GRID_STROKE}
            tick={(props) => (
              <g className="chart-segment" data-measure-label={rows[props.index]?.id} onClick={() => open(rows[props.index])}>
                <WrappedTick {...props} width={axisWidth - 10} />
              </g>
            )}
          />
          <Tooltip content={(props) => renderTooltip(props, describe)} cursor={{ fill: 'var(--ds-color-neutral-surface-hover)' }} isAnimationActive={false} />
          <Bar
            dataKey={(row: DumbbellRow) => [Math.min(row.targetYear ?? row.endYear, row.endYear), Math.max(row.targetYear ?? row.endYear, row.endYear)]}
            isAnimationActive={false}
            shape={(props: BarShapeProps) => <DumbbellShape {...props} onOpen={open} />}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function DumbbellShape({ x, y, width, height, payload, onOpen }: BarShapeProps & { onOpen: (row: DumbbellRow) => void }) {
  const row = payload as DumbbellRow;
  const target = row.targetYear ?? row.endYear;
  const cy = y + height / 2;
  const left = x;
  const right = x + Math.max(0, width);
  const targetX = target <= row.endYear ? left : right;
  const endX = target <= row.endYear ? right : left;
  const open = row.state === 'open' || row.state === 'open_late';
  return (
    <g className="chart-segment" data-measure={row.id} data-state={row.state} data-target={target} data-actual={row.actualYear ?? ''} onClick={() => onOpen(row)}>
      {targetX !== endX && <SpanLine x1={targetX} x2={endX} cy={cy} open={open} />}
      {row.state === 'done' && <ActualMark cx={endX} cy={cy} uncertain={isUncertain(row)} />}
      {/* Drawn over the actual year's dot, so that a measure done in its target year shows both. */}
      <TargetMark cx={targetX} cy={cy} />
      {open && <OpenMark cx={endX} cy={cy} />}
      {row.state === 'closed' && <ClosedMark cx={targetX} cy={cy} />}
    </g>
  );
}
