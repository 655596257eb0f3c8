import { Paragraph } from '@digdir/designsystemet-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import { YEAR_MAX, YEAR_MIN } from '@/domain/year-range';
import type { MeasureSummary } from '@/domain/measure';
import type { Status } from '@/domain/status';
import { countTargets } from '@/domain/target-year';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { statusesIn } from '../utils/area-progress';
import { deadlineSeries, type DeadlineYearRow } from '../utils/deadline-series';
import { measuresListHref, targetYearFilters, type OverviewScope } from '../utils/measure-links';
import { StatusLegend } from '@/components/charts/chart-legend';
import { ChartPanel, type ChartPlacement } from '@/components/charts/chart-panel';
import { DEADLINE_CHART_HEIGHT } from './chart-sizes';
import { CountLink, DataTable } from '@/components/charts/data-table';
import { statusCells, statusColumns, useStatusLines, useStatusName } from './status-columns';
import { TargetsSentence } from '@/components/ui/targets-sentence';

const DeadlineChart = lazy(() => import('./deadline-chart').then((module) => ({ default: module.DeadlineChart })));

interface DeadlineSectionProps extends ChartPlacement {
  measures: readonly MeasureSummary[];
  /** The date the measures describe ("overdue" is judged on it). */
  today: IsoDate;
  scope: OverviewScope;
}

/** Measures by target year, coloured by status, with the overdue ones marked. */
export function DeadlineSection({ measures, today, scope, tools, headingLevel }: DeadlineSectionProps) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const statusName = useStatusName();
  const statusLines = useStatusLines(statusName);
  const series = deadlineSeries(measures, today);
  const statuses = statusesIn(series.rows);
  const hrefFor = (year: number, status?: Status) => measuresListHref(targetYearFilters(year, status), scope);
  const overdueHref = (year: number) => measuresListHref({ overdue: true, ...targetYearFilters(year) }, scope);
  const overdueMark = (row: DeadlineYearRow) => (row.overdue > 0 ? t('deadlines.overdueMark', { count: row.overdue }) : '');
  const describe = (row: DeadlineYearRow) => ({
    title: String(row.year),
    lines: [...statusLines(row.counts), ...(row.overdue > 0 ? [`${t('deadlines.overdue')}: ${formatNumber(row.overdue, language)}`] : [])],
  });
  const empty = series.rows.length === 0;
  const outOfRange = series.outOfRange > 0 && t('deadlines.outOfRange', { count: series.outOfRange, min: YEAR_MIN, max: YEAR_MAX });

  return (
    <ChartPanel
      title={t('deadlines.title')}
      tools={tools}
      {...(headingLevel && { headingLevel })}
      empty={empty}
      summary={
        empty ? (
          <Paragraph>{series.withDeadline === 0 ? t('deadlines.none') : outOfRange}</Paragraph>
        ) : (
          <>
            <Paragraph data-targets-sentence="">
              <TargetsSentence counts={countTargets(measures, today)} />
            </Paragraph>
            <Paragraph>
              {t('deadlines.summary', { count: series.withDeadline, total: series.total, first: series.rows[0]?.year, last: series.rows.at(-1)?.year })}{' '}
              {t('deadlines.overdueSummary', { count: series.overdue })}{' '}
              {series.withoutDeadline > 0 && t('deadlines.without', { count: series.withoutDeadline })} {outOfRange}
            </Paragraph>
          </>
        )
      }
      legend={<StatusLegend statuses={statuses} statusName={statusName} />}
      chartHeight={DEADLINE_CHART_HEIGHT}
      chart={<DeadlineChart rows={series.rows} statuses={statuses} hrefFor={hrefFor} statusName={statusName} overdueMark={overdueMark} describe={describe} />}
      table={(focusable) => (
        <DataTable
          caption={t('deadlines.caption')}
          focusable={focusable}
          columns={[
            { key: 'year', label: t('deadlines.year') },
            ...statusColumns(statusName),
            { key: 'total', label: t('deadlines.total'), numeric: true },
            { key: 'overdue', label: t('deadlines.overdue'), numeric: true },
          ]}
          rows={series.rows.map((row) => {
            const labelFor = (label: string) => t('deadlines.cell', { year: row.year, status: label });
            return {
              key: String(row.year),
              header: row.year,
              cells: [
                ...statusCells(row.counts, { statusName, hrefFor: (status) => hrefFor(row.year, status), labelFor, focusable }),
                <CountLink key="total" count={row.total} href={hrefFor(row.year)} label={labelFor(t('deadlines.total'))} focusable={focusable} />,
                <CountLink key="overdue" count={row.overdue} href={overdueHref(row.year)} label={labelFor(t('deadlines.overdue'))} focusable={focusable} />,
              ],
            };
          })}
        />
      )}
    />
  );
}
