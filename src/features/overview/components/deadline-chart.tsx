import { useId } from 'react';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Status } from '@/domain/status';
import type { DeadlineYearRow } from '../utils/deadline-series';
import { AXIS_TEXT, GRID_STROKE, renderSegment, renderTooltip } from './chart-kit';
import { DEADLINE_CHART_HEIGHT } from './chart-sizes';
import { StatusPatterns } from './status-patterns';
import { patternId, statusStyle } from './status-style';

export interface DeadlineChartProps {
  rows: readonly DeadlineYearRow[];
  statuses: readonly Status[];
  hrefFor: (year: number, status: Status) => string;
  statusName: (status: Status) => string;
  /** The mark above a year's bar when measures due that year are overdue ("1 forsinket"); empty otherwise. */
  overdueMark: (row: DeadlineYearRow) => string;
  describe: (row: DeadlineYearRow) => { title: string; lines: string[] };
}

/** Measures by target year, stacked by status, with the overdue ones marked above their bar. */
export function DeadlineChart({ rows, statuses, hrefFor, statusName, overdueMark, describe }: DeadlineChartProps) {
  const navigate = useNavigate();
  const prefix = `deadline-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const last = statuses.at(-1);
  return (
    <div className="chart" data-chart="deadlines">
      <ResponsiveContainer width="100%" height={DEADLINE_CHART_HEIGHT}>
        <BarChart data={[...rows]} margin={{ top: 28, right: 8, bottom: 4, left: 0 }} barCategoryGap="20%" accessibilityLayer={false}>
          <StatusPatterns prefix={prefix} statuses={statuses} />
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="year" tick={AXIS_TEXT} stroke={GRID_STROKE} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} width={32} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <Tooltip content={(props) => renderTooltip(props, describe)} cursor={{ fill: 'var(--ds-color-neutral-surface-hover)' }} isAnimationActive={false} />
          {statuses.map((status) => (
            <Bar
              key={status}
              stackId="status"
              name={statusName(status)}
              dataKey={(row: DeadlineYearRow) => row.counts[status]}
              fill={`url(#${patternId(prefix, status)})`}
              isAnimationActive={false}
              shape={(props) =>
                renderSegment<DeadlineYearRow>(props, {
                  outline: statusStyle(status).outline,
                  id: (row) => `${row.year}:${status}`,
                  count: (row) => row.counts[status],
                  onOpen: (row) => void navigate(hrefFor(row.year, status)),
                })
              }
            >
              {status === last && (
                <LabelList
                  valueAccessor={(entry) => overdueMark(entry.payload as DeadlineYearRow)}
                  position="top"
                  className="chart-overdue-mark"
                  style={{ ...AXIS_TEXT, fill: 'var(--ds-color-danger-text-subtle)', fontWeight: 600 }}
                />
              )}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
