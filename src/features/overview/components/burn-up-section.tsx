import { Paragraph } from '@digdir/designsystemet-react';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import { yearOf } from '@/domain/date-point';
import { YEAR_MAX, YEAR_MIN } from '@/domain/year-range';
import type { MeasureSummary } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { formatDate, formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { burnUpSeries, type BurnUpRow } from '../utils/burn-up';
import { BURN_UP_LINES, BURN_UP_ORDER, type BurnUpLine } from './burn-up-style';
import { ChartLegend, LineSwatch } from '@/components/charts/chart-legend';
import { ChartPanel, type ChartPlacement } from '@/components/charts/chart-panel';
import { BURN_UP_CHART_HEIGHT } from './chart-sizes';
import { DataTable } from '@/components/charts/data-table';
import { TargetsSentence } from '@/components/ui/targets-sentence';

const BurnUpChart = lazy(() => import('./burn-up-chart').then((module) => ({ default: module.BurnUpChart })));

interface BurnUpSectionProps extends ChartPlacement {
  measures: readonly MeasureSummary[];
  plans: readonly Plan[];
  asOf: IsoDate;
}

/** Completed over time against the targets, among the same measures; those without a target year apart. */
export function BurnUpSection({ measures, plans, asOf, tools, headingLevel }: BurnUpSectionProps) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const series = burnUpSeries(measures, plans, asOf);
  const date = formatDate(asOf, language);
  const number = (value: number | null) => (value === null ? t('burnUp.notYet') : formatNumber(value, language));
  const lineName = (line: BurnUpLine) => t(`burnUp.${line}`);
  const describe = (row: BurnUpRow) => ({
    title: String(row.year),
    lines: BURN_UP_ORDER.filter((line) => row[line] !== null).map((line) => `${lineName(line)}: ${number(row[line])}`),
  });
  const empty = series.total === 0;

  return (
    <ChartPanel
      title={t('burnUp.title')}
      tools={tools}
      {...(headingLevel && { headingLevel })}
      empty={empty}
      summary={
        empty ? (
          <Paragraph>{t('burnUp.none')}</Paragraph>
        ) : (
          <>
            <Paragraph data-targets-sentence="">
              <TargetsSentence counts={series.targets} />
            </Paragraph>
            <Paragraph>
              {series.targets.withTarget > 0
                ? t('burnUp.summary', { date, count: series.targets.withTarget, completed: series.completedWithTarget })
                : t('burnUp.noTargets')}{' '}
              {series.withoutTarget > 0 && t('burnUp.apart', { count: series.withoutTarget, completed: series.completedWithoutTarget })}
            </Paragraph>
            {(series.completedDateUnknown > 0 || series.targetOutOfRange > 0) && (
              <Paragraph data-size="sm">
                {series.completedDateUnknown > 0 && t('burnUp.dateUnknown', { count: series.completedDateUnknown })}{' '}
                {series.targetOutOfRange > 0 && t('burnUp.targetOutOfRange', { count: series.targetOutOfRange, min: YEAR_MIN, max: YEAR_MAX })}
              </Paragraph>
            )}
          </>
        )
      }
      legend={<ChartLegend items={BURN_UP_ORDER.map((line) => ({ key: line, label: lineName(line), swatch: <LineSwatch {...BURN_UP_LINES[line]} /> }))} />}
      chartHeight={BURN_UP_CHART_HEIGHT}
      chart={<BurnUpChart rows={series.rows} lineName={lineName} describe={describe} />}
      table={(focusable) => (
        <>
          <DataTable
            caption={t('burnUp.caption')}
            focusable={focusable}
            columns={[{ key: 'year', label: t('burnUp.year') }, ...BURN_UP_ORDER.map((line) => ({ key: line, label: lineName(line), numeric: true }))]}
            rows={series.rows.map((row) => ({
              key: String(row.year),
              header: row.year,
              cells: BURN_UP_ORDER.map((line) => number(row[line])),
            }))}
          />
          <Paragraph data-size="sm">{t('burnUp.lastYear', { year: yearOf(asOf), date })}</Paragraph>
        </>
      )}
    />
  );
}
