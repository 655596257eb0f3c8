import { Paragraph } from '@digdir/designsystemet-react';
import { lazy, useId } from 'react';
import { ChartLegend } from '@/components/charts/chart-legend';
import { ChartPanel } from '@/components/charts/chart-panel';
import { DataTable } from '@/components/charts/data-table';
import { PatternDefs } from '@/components/charts/status-patterns';
import { AREA_SLIPPAGE_COLUMNS, areaSlippageRecords } from '../utils/analysis-export';
import type { AnalysisData } from '../utils/analysis-data';
import { areaOutcomeFacts, SLIPPAGE_BUCKETS, type AreaOutcomeRow, type SlippageBucket } from '../utils/area-outcomes';
import { areaChartHeight } from '@/components/charts/chart-sizes';
import { bucketStyle } from './bucket-style';
import { ChartExport } from './chart-export';
import { useAnalysisFormat } from './use-analysis-format';

const SlippageChart = lazy(() => import('./slippage-chart').then((module) => ({ default: module.SlippageChart })));

/** How late, by area: done 0, 1, 2, 3, 4+ years after the target, or still open past it. */
export function SlippageSection({ data, rows }: { data: AnalysisData; rows: readonly AreaOutcomeRow[] }) {
  const { t, number } = useAnalysisFormat();
  const facts = areaOutcomeFacts(rows);
  const bucketName = (bucket: SlippageBucket) => t(`slippage.bucket.${bucket}`);
  const title = t('slippage.title');
  const median = (row: AreaOutcomeRow) => (row.medianSlippage === null ? '–' : t('slippage.medianYears', { count: row.medianSlippage, years: number(row.medianSlippage) }));

  return (
    <ChartPanel
      title={title}
      empty={facts.judged === 0}
      summary={
        <>
          <Paragraph>
            {facts.judged === 0
              ? t('slippage.none')
              : `${t('slippage.summary', { count: facts.judged, judged: number(facts.judged), onTime: number(facts.onTime), late: number(facts.late), openLate: number(facts.openLate) })} ${t('notJudged', { count: facts.notJudged })}`}
          </Paragraph>
          <ChartExport chart="slippage-by-area" title={title} columns={AREA_SLIPPAGE_COLUMNS} records={areaSlippageRecords(rows)} meta={data.meta} synthetic={data.synthetic} />
        </>
      }
      legend={<ChartLegend items={SLIPPAGE_BUCKETS.map((bucket) => ({ key: bucket, label: bucketName(bucket), swatch: <BucketSwatch bucket={bucket} /> }))} />}
      chartHeight={areaChartHeight(rows.length)}
      chart={
        <SlippageChart
          rows={rows}
          bucketName={bucketName}
          endLabel={(row) => (row.judged === 0 ? '' : number(row.judged))}
          describe={(row) => ({
            title: row.name,
            lines: [
              ...SLIPPAGE_BUCKETS.filter((bucket) => row.counts[bucket] > 0).map((bucket) => `${bucketName(bucket)}: ${number(row.counts[bucket])}`),
              `${t('slippage.notJudged')}: ${number(row.notJudged)}`,
              `${t('slippage.median')}: ${median(row)}`,
            ],
          })}
        />
      }
      table={(focusable) => (
        <DataTable
          caption={t('slippage.caption')}
          focusable={focusable}
          columns={[
            { key: 'area', label: t('area') },
            ...SLIPPAGE_BUCKETS.map((bucket) => ({ key: bucket, label: bucketName(bucket), numeric: true })),
            { key: 'notJudged', label: t('slippage.notJudged'), numeric: true },
            { key: 'median', label: t('slippage.median'), numeric: true },
          ]}
          rows={rows.map((row) => ({
            key: row.areaId,
            header: row.name,
            cells: [...SLIPPAGE_BUCKETS.map((bucket) => number(row.counts[bucket])), number(row.notJudged), median(row)],
          }))}
        />
      )}
    />
  );
}

function BucketSwatch({ bucket }: { bucket: SlippageBucket }) {
  const id = `bucket-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const style = bucketStyle(bucket);
  return (
    <svg className="chart-legend__swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <PatternDefs patterns={[{ id, style }]} />
      <rect x="0.5" y="0.5" width="15" height="15" fill={`url(#${id})`} style={{ stroke: style.outline }} />
    </svg>
  );
}
