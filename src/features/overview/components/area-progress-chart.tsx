import { useId } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Status } from '@/domain/status';
import type { AreaProgressRow } from '../utils/area-progress';
import { AXIS_TEXT, categoryAxisWidth, GRID_STROKE, renderSegment, renderTooltip, useElementWidth, WrappedTick } from './chart-kit';
import { areaChartHeight } from './chart-sizes';
import { StatusPatterns } from './status-patterns';
import { patternId, statusStyle } from './status-style';

export interface AreaProgressChartProps {
  rows: readonly AreaProgressRow[];
  /** The statuses to draw, in the fixed order (those with measures). */
  statuses: readonly Status[];
  hrefFor: (areaId: string, status: Status) => string;
  statusName: (status: Status) => string;
  /** The completed share, written at the end of each bar ("67 %"). */
  shareLabel: (row: AreaProgressRow) => string;
  /** Tooltip lines for an area. */
  describe: (row: AreaProgressRow) => { title: string; lines: string[] };
}

/** Progress by area: a horizontal bar per area, stacked by status; a segment opens its measures. */
export function AreaProgressChart({ rows, statuses, hrefFor, statusName, shareLabel, describe }: AreaProgressChartProps) {
  const navigate = useNavigate();
  const prefix = `area-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const axisWidth = categoryAxisWidth(rows.map((row) => row.name), width);
  const last = statuses.at(-1);
  return (
    <div ref={ref} className="chart" data-chart="area-progress">
      <ResponsiveContainer width="100%" height={areaChartHeight(rows.length)}>
        <BarChart data={[...rows]} layout="vertical" margin={{ top: 4, right: 52, bottom: 4, left: 0 }} barCategoryGap="24%" accessibilityLayer={false}>
          <StatusPatterns prefix={prefix} statuses={statuses} />
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <YAxis type="category" dataKey="name" width={axisWidth} interval={0} stroke={GRID_STROKE} tick={(props) => <WrappedTick {...props} width={axisWidth - 10} />} />
          <Tooltip content={(props) => renderTooltip(props, describe)} cursor={{ fill: 'var(--ds-color-neutral-surface-hover)' }} isAnimationActive={false} />
          {statuses.map((status) => (
            <Bar
              key={status}
              stackId="status"
              name={statusName(status)}
              dataKey={(row: AreaProgressRow) => row.counts[status]}
              fill={`url(#${patternId(prefix, status)})`}
              isAnimationActive={false}
              shape={(props) =>
                renderSegment<AreaProgressRow>(props, {
                  outline: statusStyle(status).outline,
                  id: (row) => `${row.areaId}:${status}`,
                  count: (row) => row.counts[status],
                  onOpen: (row) => void navigate(hrefFor(row.areaId, status)),
                })
              }
            >
              {status === last && <LabelList valueAccessor={(entry) => shareLabel(entry.payload as AreaProgressRow)} position="right" style={AXIS_TEXT} />}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
