import { Paragraph } from '@digdir/designsystemet-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import type { MeasureSummary } from '@/domain/measure';
import type { Status } from '@/domain/status';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { PROGRESS_ORDER, statusesIn } from '../utils/area-progress';
import { deadlineSeries, type DeadlineYearRow } from '../utils/deadline-series';
import { measuresListHref, targetYearFilters, type OverviewScope } from '../utils/measure-links';
import { ChartLegend, StatusSwatch } from './chart-legend';
import { ChartPanel } from './chart-panel';
import { DEADLINE_CHART_HEIGHT } from './chart-sizes';
import { CountLink, DataTable } from './data-table';

const DeadlineChart = lazy(() => import('./deadline-chart').then((module) => ({ default: module.DeadlineChart })));

interface DeadlineSectionProps {
  measures: readonly MeasureSummary[];
  /** The date the measures describe ("overdue" is judged on it). */
  today: IsoDate;
  scope: OverviewScope;
}

/** Measures by target year, coloured by status, with the overdue ones marked. */
export function DeadlineSection({ measures, today, scope }: DeadlineSectionProps) {
  const { t } = useTranslation(['overview', 'common']);
  const language = useLanguage();
  const series = deadlineSeries(measures, today);
  const statuses = statusesIn(series.rows);
  const statusName = (status: Status) => t(`common:status.${status}`);
  const number = (value: number) => formatNumber(value, language);
  const hrefFor = (year: number, status?: Status) => measuresListHref(targetYearFilters(year, status), scope);
  const overdueHref = (year: number) => measuresListHref({ overdue: true, ...targetYearFilters(year) }, scope);
  const overdueMark = (row: DeadlineYearRow) => (row.overdue > 0 ? t('deadlines.overdueMark', { count: row.overdue }) : '');
  const describe = (row: DeadlineYearRow) => ({
    title: String(row.year),
    lines: [
      ...PROGRESS_ORDER.filter((status) => row.counts[status] > 0).map((status) => `${statusName(status)}: ${number(row.counts[status])}`),
      ...(row.overdue > 0 ? [`${t('deadlines.overdue')}: ${number(row.overdue)}`] : []),
    ],
  });
  const first = series.rows[0]?.year;
  const last = series.rows.at(-1)?.year;
  const empty = series.withDeadline === 0;

  return (
    <ChartPanel
      title={t('deadlines.title')}
      empty={empty}
      summary={
        <Paragraph>
          {empty ? t('deadlines.none') : t('deadlines.summary', { count: series.withDeadline, total: series.total, first, last })}{' '}
          {!empty && t('deadlines.overdueSummary', { count: series.overdue })}{' '}
          {series.withoutDeadline > 0 && !empty && t('deadlines.without', { count: series.withoutDeadline })}
        </Paragraph>
      }
      legend={<ChartLegend items={statuses.map((status) => ({ key: status, label: statusName(status), swatch: <StatusSwatch status={status} /> }))} />}
      chartHeight={DEADLINE_CHART_HEIGHT}
      chart={<DeadlineChart rows={series.rows} statuses={statuses} hrefFor={hrefFor} statusName={statusName} overdueMark={overdueMark} describe={describe} />}
      table={(focusable) => (
        <DataTable
          caption={t('deadlines.caption')}
          focusable={focusable}
          columns={[
            { key: 'year', label: t('deadlines.year') },
            ...PROGRESS_ORDER.map((status) => ({ key: status, label: statusName(status), numeric: true })),
            { key: 'total', label: t('deadlines.total'), numeric: true },
            { key: 'overdue', label: t('deadlines.overdue'), numeric: true },
          ]}
          rows={series.rows.map((row) => {
            const cell = (label: string) => t('deadlines.cell', { year: row.year, status: label });
            return {
              key: String(row.year),
              header: row.year,
              cells: [
                ...PROGRESS_ORDER.map((status) => (
                  <CountLink key={status} count={row.counts[status]} href={hrefFor(row.year, status)} label={cell(statusName(status))} focusable={focusable} />
                )),
                <CountLink key="total" count={row.total} href={hrefFor(row.year)} label={cell(t('deadlines.total'))} focusable={focusable} />,
                <CountLink key="overdue" count={row.overdue} href={overdueHref(row.year)} label={cell(t('deadlines.overdue'))} focusable={focusable} />,
              ],
            };
          })}
        />
      )}
    />
  );
}
