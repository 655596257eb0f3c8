import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { AXIS_TEXT, categoryAxisWidth, GRID_STROKE, renderTooltip, WrappedTick } from '@/components/charts/chart-kit';
import { useElementWidth } from '@/components/ui/use-element-width';
import type { AreaOutcomeRow } from '../utils/area-outcomes';
import { areaChartHeight } from '@/components/charts/chart-sizes';

interface OnTimeChartProps {
  rows: readonly AreaOutcomeRow[];
  /** After each bar: the share and how many it is of ("50 % av 2"), or that none could be judged. */
  endLabel: (row: AreaOutcomeRow) => string;
  tickLabel: (share: number) => string;
  describe: (row: AreaOutcomeRow) => { title: string; lines: string[] };
}

/** The share done on time, a bar per area, from 0 to 100 %; areas with nothing to judge have no bar. */
export function OnTimeChart({ rows, endLabel, tickLabel, describe }: OnTimeChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const axisWidth = categoryAxisWidth(rows.map((row) => row.name), width);
  return (
    <div ref={ref} className="chart" data-chart="on-time-by-area">
      <ResponsiveContainer width="100%" height={areaChartHeight(rows.length)}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 96, bottom: 4, left: 0 }} barCategoryGap="24%" accessibilityLayer={false}>
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" domain={[0, 1]} ticks={[0, 0.25, 0.5, 0.75, 1]} tickFormatter={tickLabel} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <YAxis type="category" dataKey="name" width={axisWidth} interval={0} stroke={GRID_STROKE} tick={(props) => <WrappedTick {...props} width={axisWidth - 10} />} />
          <Tooltip content={(props) => renderTooltip(props, describe)} cursor={{ fill: 'var(--ds-color-neutral-surface-hover)' }} isAnimationActive={false} />
          <Bar
            dataKey={(row: AreaOutcomeRow) => row.onTimeShare ?? 0}
            fill="var(--ds-color-success-base-default)"
            isAnimationActive={false}
            shape={(props: BarShapeProps) => {
              const row = props.payload as AreaOutcomeRow;
              return (
                <g className="chart-bar" data-segment={row.areaId} data-share={row.onTimeShare ?? ''} data-judged={row.judged}>
                  {props.width > 0 && props.height > 0 && (
                    <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} fill={props.fill} style={{ stroke: 'var(--ds-color-success-border-strong)', strokeWidth: 1 }} />
                  )}
                </g>
              );
            }}
          >
            <LabelList valueAccessor={(entry) => endLabel(entry.payload as AreaOutcomeRow)} position="right" style={AXIS_TEXT} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
