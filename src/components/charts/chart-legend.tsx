import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Status } from '@/domain/status';
import { StatusPatterns } from './status-patterns';
import { patternId, statusStyle } from './status-style';

export interface LegendItem {
  key: string;
  label: string;
  swatch: ReactNode;
}

/** A chart's legend: in the same fixed order as the chart draws its series, each with its texture or line. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  const { t } = useTranslation('common');
  return (
    <ul className="chart-legend" aria-label={t('chart.legend')}>
      {items.map((item) => (
        <li key={item.key}>
          {item.swatch}
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/** The legend of a chart of statuses: the statuses it draws, in its order. */
export function StatusLegend({ statuses, statusName }: { statuses: readonly Status[]; statusName: (status: Status) => string }) {
  return <ChartLegend items={statuses.map((status) => ({ key: status, label: statusName(status), swatch: <StatusSwatch status={status} /> }))} />;
}

export function StatusSwatch({ status }: { status: Status }) {
  const prefix = useId().replace(/:/g, '');
  const style = statusStyle(status);
  return (
    <svg className="chart-legend__swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <StatusPatterns prefix={prefix} statuses={[status]} />
      <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${patternId(prefix, status)})`} style={{ stroke: style.outline }} />
    </svg>
  );
}

/** A line sample: colour, dash and marker as the chart draws them. */
export function LineSwatch({ color, dash, marker }: { color: string; dash?: string; marker?: 'circle' | 'square' }) {
  return (
    <svg className="chart-legend__swatch chart-legend__swatch--line" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      <line x1="1" y1="8" x2="27" y2="8" style={{ stroke: color, strokeWidth: 2.5, strokeDasharray: dash }} />
      {marker === 'circle' && <circle cx="14" cy="8" r="4" style={{ fill: color }} />}
      {marker === 'square' && <rect x="10" y="4" width="8" height="8" style={{ fill: color }} />}
    </svg>
  );
}
