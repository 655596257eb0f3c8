import { useChartNavigate } from '@/components/charts/chart-navigation';
import { useRef } from 'react';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Status } from '@/domain/status';
import type { AreaProgressRow } from '../utils/area-progress';
import { AXIS_TEXT, categoryAxisWidth, GRID_STROKE, renderStatusBars, renderTooltip, usePatternPrefix, WrappedTick, type StatusChartProps } from '@/components/charts/chart-kit';
import { useElementWidth } from '@/components/ui/use-element-width';
import { areaChartHeight } from '@/components/charts/chart-sizes';
import { StatusPatterns } from '@/components/charts/status-patterns';

export interface AreaProgressChartProps extends StatusChartProps<AreaProgressRow> {
  hrefFor: (areaId: string, status: Status) => string;
  /** The completed share, written at the end of each bar ("67 %"). */
  shareLabel: (row: AreaProgressRow) => string;
}

/** Progress by area: a horizontal bar per area, stacked by status; a segment opens its measures. */
export function AreaProgressChart({ rows, statuses, hrefFor, statusName, shareLabel, describe }: AreaProgressChartProps) {
  const navigate = useChartNavigate();
  const prefix = usePatternPrefix('area');
  const ref = useRef<HTMLDivElement>(null);
  const width = useElementWidth(ref);
  const axisWidth = categoryAxisWidth(rows.map((row) => row.name), width);
  return (
    <div ref={ref} className="chart" data-chart="area-progress">
      <ResponsiveContainer width="100%" height={areaChartHeight(rows.length)}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 52, bottom: 4, left: 0 }} barCategoryGap="24%" accessibilityLayer={false}>
          <StatusPatterns prefix={prefix} statuses={statuses} />
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <YAxis type="category" dataKey="name" width={axisWidth} interval={0} stroke={GRID_STROKE} tick={(props) => <WrappedTick {...props} width={axisWidth - 10} />} />
          <Tooltip content={(props) => renderTooltip(props, describe)} cursor={{ fill: 'var(--ds-color-neutral-surface-hover)' }} isAnimationActive={false} />
          {renderStatusBars<AreaProgressRow>({
            statuses,
            prefix,
            statusName,
            segmentId: (row, status) => `${row.areaId}:${status}`,
            onOpen: (row, status) => navigate(hrefFor(row.areaId, status)),
            endLabel: { text: shareLabel, position: 'right', style: AXIS_TEXT },
          })}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
