import { Paragraph } from '@digdir/designsystemet-react';
import { lazy } from 'react';
import { ChartPanel } from '@/components/charts/chart-panel';
import { DataTable } from '@/components/charts/data-table';
import { formatPercent } from '@/lib/format';
import { ON_TIME_COLUMNS, onTimeRecords } from '../utils/analysis-export';
import type { AnalysisData } from '../utils/analysis-data';
import { areaOutcomeFacts, type AreaOutcomeRow } from '../utils/area-outcomes';
import { areaChartHeight } from '@/components/charts/chart-sizes';
import { ChartExport } from './chart-export';
import { useAnalysisFormat } from './use-analysis-format';

const OnTimeChart = lazy(() => import('./on-time-chart').then((module) => ({ default: module.OnTimeChart })));

/** The share done on time by area, with how many each share is of, and how many could not be judged. */
export function OnTimeSection({ data, rows }: { data: AnalysisData; rows: readonly AreaOutcomeRow[] }) {
  const { t, language, number, percent } = useAnalysisFormat();
  const facts = areaOutcomeFacts(rows);
  const title = t('onTime.title');

  return (
    <ChartPanel
      title={title}
      empty={facts.judged === 0}
      summary={
        <>
          <Paragraph>
            {facts.judged === 0 || facts.onTimeShare === null
              ? t('onTime.none')
              : [
                  t('onTime.summary', { count: facts.judged, judged: number(facts.judged), onTime: number(facts.onTime), share: percent(facts.onTimeShare) }),
                  facts.lowest && rows.filter((row) => row.judged > 0).length > 1 ? t('onTime.lowest', { area: facts.lowest.name, share: percent(facts.lowest.share), count: facts.lowest.judged }) : '',
                  t('notJudged', { count: facts.notJudged }),
                  facts.areasWithout > 0 ? t('onTime.areasWithout', { count: facts.areasWithout }) : '',
                ]
                  .filter((sentence) => sentence !== '')
                  .join(' ')}
          </Paragraph>
          <ChartExport chart="on-time-by-area" title={title} columns={ON_TIME_COLUMNS} records={onTimeRecords(rows)} meta={data.meta} synthetic={data.synthetic} />
        </>
      }
      chartHeight={areaChartHeight(rows.length)}
      chart={
        <OnTimeChart
          rows={rows}
          tickLabel={(share) => formatPercent(share, language)}
          endLabel={(row) => (row.onTimeShare === null ? t('onTime.notJudgedLabel') : t('onTime.barLabel', { share: percent(row.onTimeShare), count: row.judged }))}
          describe={(row) => ({
            title: row.name,
            lines: [
              `${t('onTime.share')}: ${percent(row.onTimeShare)}`,
              `${t('onTime.onTime')}: ${number(row.counts.onTime)}`,
              `${t('onTime.judged')}: ${number(row.judged)}`,
              `${t('onTime.notJudged')}: ${number(row.notJudged)}`,
            ],
          })}
        />
      }
      table={(focusable) => (
        <DataTable
          caption={t('onTime.caption')}
          focusable={focusable}
          columns={[
            { key: 'area', label: t('area') },
            { key: 'share', label: t('onTime.share'), numeric: true },
            { key: 'onTime', label: t('onTime.onTime'), numeric: true },
            { key: 'judged', label: t('onTime.judged'), numeric: true },
            { key: 'notJudged', label: t('onTime.notJudged'), numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.areaId,
            header: row.name,
            cells: [percent(row.onTimeShare), number(row.counts.onTime), number(row.judged), number(row.notJudged)],
          }))}
        />
      )}
    />
  );
}
