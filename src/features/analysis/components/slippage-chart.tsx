import { useRef } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { AXIS_TEXT, categoryAxisWidth, GRID_STROKE, renderTooltip, usePatternPrefix, WrappedTick } from '@/components/charts/chart-kit';
import { useElementWidth } from '@/components/ui/use-element-width';
import { PatternDefs } from '@/components/charts/status-patterns';
import { SLIPPAGE_BUCKETS, type AreaOutcomeRow, type SlippageBucket } from '../utils/area-outcomes';
import { bucketStyle } from './bucket-style';
import { areaChartHeight } from '@/components/charts/chart-sizes';

interface SlippageChartProps {
  rows: readonly AreaOutcomeRow[];
  bucketName: (bucket: SlippageBucket) => string;
  /** After each stack: how many were judged. */
  endLabel: (row: AreaOutcomeRow) => string;
  describe: (row: AreaOutcomeRow) => { title: string; lines: string[] };
}

/** Slippage by area: a horizontal bar per area, stacked by years late, textured bucket by bucket. */
export function SlippageChart({ rows, bucketName, endLabel, describe }: SlippageChartProps) {
  const prefix = usePatternPrefix('slippage');
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const axisWidth = categoryAxisWidth(rows.map((row) => row.name), width);
  const last = SLIPPAGE_BUCKETS.at(-1);
  return (
    <div ref={ref} className="chart" data-chart="slippage-by-area">
      <ResponsiveContainer width="100%" height={areaChartHeight(rows.length)}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 52, bottom: 4, left: 0 }} barCategoryGap="24%" accessibilityLayer={false}>
          <PatternDefs patterns={SLIPPAGE_BUCKETS.map((bucket) => ({ id: `${prefix}-${bucket}`, style: bucketStyle(bucket) }))} />
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <YAxis type="category" dataKey="name" width={axisWidth} interval={0} stroke={GRID_STROKE} tick={(props) => <WrappedTick {...props} width={axisWidth - 10} />} />
          <Tooltip content={(props) => renderTooltip(props, describe)} cursor={{ fill: 'var(--ds-color-neutral-surface-hover)' }} isAnimationActive={false} />
          {SLIPPAGE_BUCKETS.map((bucket) => (
            <Bar
              key={bucket}
              stackId="slippage"
              name={bucketName(bucket)}
              dataKey={(row: AreaOutcomeRow) => row.counts[bucket]}
              fill={`url(#${prefix}-${bucket})`}
              isAnimationActive={false}
              shape={(props: BarShapeProps) => {
                const row = props.payload as AreaOutcomeRow;
                if (!(props.width > 0 && props.height > 0)) return null;
                return (
                  <g className="chart-bar" data-segment={`${row.areaId}:${bucket}`} data-count={row.counts[bucket]}>
                    <Rectangle x={props.x} y={props.y} width={props.width} height={props.height} fill={props.fill} style={{ stroke: bucketStyle(bucket).outline, strokeWidth: 1 }} />
                  </g>
                );
              }}
            >
              {bucket === last && <LabelList valueAccessor={(entry) => endLabel(entry.payload as AreaOutcomeRow)} position="right" style={AXIS_TEXT} />}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
