import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { BurnUpRow } from '../utils/burn-up';
import { AXIS_TEXT, GRID_STROKE, renderTooltip } from '@/components/charts/chart-kit';
import { BURN_UP_CHART_HEIGHT } from './chart-sizes';
import { BURN_UP_LINES, BURN_UP_ORDER, type BurnUpLine } from './burn-up-style';

export interface BurnUpChartProps {
  rows: readonly BurnUpRow[];
  lineName: (line: BurnUpLine) => string;
  describe: (row: BurnUpRow) => { title: string; lines: string[] };
}

function renderMarker(line: BurnUpLine, { cx, cy, index }: DotItemDotProps) {
  const { color, marker } = BURN_UP_LINES[line];
  if (cx === undefined || cy === undefined || marker === undefined) return <g key={index} />;
  if (marker === 'square') return <rect key={index} x={cx - 4} y={cy - 4} width={8} height={8} style={{ fill: color }} />;
  return <circle key={index} cx={cx} cy={cy} r={4} style={{ fill: color }} />;
}

/** Completed measures over time against the plan's targets and the number of measures, year by year. */
export function BurnUpChart({ rows, lineName, describe }: BurnUpChartProps) {
  const lastIndex = (line: BurnUpLine) => rows.findLastIndex((row) => row[line] !== null);
  return (
    <div className="chart" data-chart="burn-up">
      <ResponsiveContainer width="100%" height={BURN_UP_CHART_HEIGHT}>
        <LineChart data={[...rows]} margin={{ top: 16, right: 28, bottom: 4, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} />
          <XAxis dataKey="year" tick={AXIS_TEXT} stroke={GRID_STROKE} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} width={32} tick={AXIS_TEXT} stroke={GRID_STROKE} />
          <Tooltip content={(props) => renderTooltip(props, describe)} isAnimationActive={false} />
          {BURN_UP_ORDER.map((line) => {
            const style = BURN_UP_LINES[line];
            const end = lastIndex(line);
            return (
              <Line
                key={line}
                type="linear"
                dataKey={line}
                name={lineName(line)}
                stroke={style.color}
                strokeWidth={2.5}
                strokeDasharray={style.dash}
                dot={(props) => renderMarker(line, props)}
                activeDot={false}
                connectNulls={false}
                isAnimationActive={false}
              >
                <LabelList
                  valueAccessor={(_entry, index) => (index === end ? String(rows[index]?.[line] ?? '') : '')}
                  position="top"
                  style={{ ...AXIS_TEXT, fontWeight: 600 }}
                />
              </Line>
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
