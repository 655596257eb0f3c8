import { useChartNavigate } from '@/components/charts/chart-navigation';
import { BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Status } from '@/domain/status';
import type { DeadlineYearRow } from '../utils/deadline-series';
import { AXIS_TEXT, GRID_STROKE, renderStatusBars, renderTooltip, usePatternPrefix, type StatusChartProps } from '@/components/charts/chart-kit';
import { DEADLINE_CHART_HEIGHT } from './chart-sizes';
import { StatusPatterns } from '@/components/charts/status-patterns';

export interface DeadlineChartProps extends StatusChartProps<DeadlineYearRow> {
  hrefFor: (year: number, status: Status) => string;
  /** The mark above a year's bar when measures due that year are overdue ("1 forsinket"); empty otherwise. */
  overdueMark: (row: DeadlineYearRow) => string;
}

/** Measures by target year, stacked by status, with the overdue ones marked above their bar. */
export function DeadlineChart({ rows, statuses, hrefFor, statusName, overdueMark, describe }: DeadlineChartProps) {
  const navigate = useChartNavigate();
  const prefix = usePatternPrefix('deadline');
  return (
    <div className="chart" data-chart="deadlines">
      <ResponsiveContainer width="100%" height={DEADLINE_CHART_HEIGHT}>
        <BarChart data={[...rows]} margin={{ top: 28, right: 8, bottom: 4, left: 0 }} barCategoryGap="20%" accessibilityLayer={false}>
          <StatusPatterns prefix={prefix} statuses={statuses} />
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="year" tick={AXIS_TEXT} stroke={GRID_STROKE} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} width={32} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <Tooltip content={(props) => renderTooltip(props, describe)} cursor={{ fill: 'var(--ds-color-neutral-surface-hover)' }} isAnimationActive={false} />
          {renderStatusBars<DeadlineYearRow>({
            statuses,
            prefix,
            statusName,
            segmentId: (row, status) => `${row.year}:${status}`,
            onOpen: (row, status) => navigate(hrefFor(row.year, status)),
            endLabel: { text: overdueMark, position: 'top', style: { ...AXIS_TEXT, fill: 'var(--ds-color-danger-text-subtle)', fontWeight: 600 } },
          })}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
