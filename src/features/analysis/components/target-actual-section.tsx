import { Link, Paragraph } from '@digdir/designsystemet-react';
import { lazy, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { ChartLegend } from '@/components/charts/chart-legend';
import { ChartPanel } from '@/components/charts/chart-panel';
import { DataTable } from '@/components/charts/data-table';
import { Localized } from '@/components/ui/localized';
import { useLocalized } from '@/lib/use-localized';
import { TARGET_ACTUAL_COLUMNS, targetActualRecords } from '../utils/analysis-export';
import type { AnalysisData } from '../utils/analysis-data';
import { CHART_TITLE_MAX, isUncertain, MAX_CHART_ROWS, shortText, targetActualFacts, targetActualRows, yearDomain, type TargetActualView } from '../utils/target-actual';
import { ChartExport } from './chart-export';
import { TargetsSentence } from '@/components/ui/targets-sentence';
import { ActualMark, ClosedMark, OpenMark, SpanLine, TargetMark } from './dumbbell-marks';
import { dumbbellHeight } from './dumbbell-style';
import { useAnalysisFormat } from './use-analysis-format';
import { useExportLookups } from './use-export-lookups';

const TargetActualChart = lazy(() => import('./target-actual-chart').then((module) => ({ default: module.TargetActualChart })));

/** Planned year against actual year, a row per measure with a target year: chart, summary, table, export. */
export function TargetActualSection({ data }: { data: AnalysisData }) {
  const { t, number } = useAnalysisFormat();
  const pick = useLocalized();
  const lookups = useExportLookups(data);
  const rows = targetActualRows(data.measures, data.today);
  const facts = targetActualFacts(data.measures, rows, data.today);
  // The axis names each row by the measure's title (cut at a word; the tooltip and the table give it in full).
  const chartRows = rows.slice(0, MAX_CHART_ROWS).map((row) => ({ ...row, label: shortText(pick(row.title).value, CHART_TITLE_MAX) }));
  const title = t('targetActual.title');
  const actualText = (row: TargetActualView) => (row.actualYear === null ? t(`targetActual.state.${row.state}`) : String(row.actualYear));
  const slippageText = (row: TargetActualView) => {
    if (row.years === null) return '–';
    if (row.state === 'open_late') return t('targetActual.openLateYears', { count: row.years, years: number(row.years) });
    return t('targetActual.years', { count: row.years, years: number(row.years) });
  };
  const caveats = [
    facts.early > 0 ? t('targetActual.early', { count: facts.early }) : null,
    facts.noTarget + facts.notADeadline > 0
      ? t('targetActual.leftOut', { count: facts.noTarget + facts.notADeadline, noTarget: number(facts.noTarget), notADeadline: number(facts.notADeadline) })
      : null,
    facts.uncertain > 0 ? t('targetActual.uncertain', { count: facts.uncertain }) : null,
    rows.some((row) => row.kind === 'earliest') ? t('targetActual.earliest') : null,
    rows.length > MAX_CHART_ROWS ? t('targetActual.chartLimited', { shown: number(MAX_CHART_ROWS), total: number(rows.length) }) : null,
  ].filter((caveat) => caveat !== null);
  const notesText = (row: TargetActualView) => (row.notes.length === 0 ? '–' : row.notes.map((note) => t(`targetActual.note.${note}`)).join('; '));

  return (
    <ChartPanel
      title={title}
      empty={rows.length === 0}
      summary={
        <>
          {rows.length === 0 ? (
            <Paragraph>{t('targetActual.none', { total: number(facts.total) })}</Paragraph>
          ) : (
            // The one sentence every page states, then each caveat on its own line: short blocks rather than one
            // larger than the page's lead, which would paint as the page's largest content when the data arrives
            // (its LCP, seconds after the frame's).
            <>
              <Paragraph data-targets-sentence="">
                <TargetsSentence counts={facts} />
              </Paragraph>
              {caveats.length > 0 && (
                <ul className="chart-panel__caveats">
                  {caveats.map((caveat) => (
                    <li key={caveat}>{caveat}</li>
                  ))}
                </ul>
              )}
            </>
          )}
          <ChartExport chart="target-actual" title={title} columns={TARGET_ACTUAL_COLUMNS} records={targetActualRecords(rows, lookups)} meta={data.meta} synthetic={data.synthetic} />
        </>
      }
      legend={<TargetActualLegend />}
      chartHeight={dumbbellHeight(chartRows.length)}
      chart={
        <TargetActualChart
          rows={chartRows}
          domain={yearDomain(rows, data.today)}
          describe={(row) => ({
            title: `${lookups.planName(row.planId)} ${row.number}. ${pick(row.title).value}`,
            lines: [
              `${t('targetActual.stated')}: ${pick(row.stated).value}`,
              `${t('targetActual.target')}: ${row.targetYear ?? '–'}`,
              `${t('targetActual.actual')}: ${actualText(row)}`,
              `${t('targetActual.slippage')}: ${slippageText(row)}`,
              ...(row.notes.length > 0 ? [`${t('targetActual.notes')}: ${notesText(row)}`] : []),
            ],
          })}
        />
      }
      table={(focusable) => (
        <DataTable
          caption={t('targetActual.caption')}
          focusable={focusable}
          columns={[
            { key: 'measure', label: t('targetActual.measure') },
            { key: 'plan', label: t('targetActual.plan') },
            { key: 'area', label: t('targetActual.area') },
            { key: 'stated', label: t('targetActual.stated') },
            { key: 'target', label: t('targetActual.target'), numeric: true },
            { key: 'actual', label: t('targetActual.actual'), numeric: true },
            { key: 'slippage', label: t('targetActual.slippage'), numeric: true },
            { key: 'notes', label: t('targetActual.notes') },
          ]}
          // Beside the chart, for screen readers, the table holds what the chart draws (its first rows; the summary
          // says how many there are); the table shown instead of the chart has them all. Hundreds of hidden rows
          // would cost every reader seconds of layout on a phone.
          rows={(focusable ? rows : rows.slice(0, MAX_CHART_ROWS)).map((row) => ({
            key: row.id,
            header: (
              <Link asChild>
                <RouterLink to={`/tiltak/${row.id}`} tabIndex={focusable ? undefined : -1}>
                  {row.number}. <Localized text={row.title} />
                </RouterLink>
              </Link>
            ),
            cells: [
              lookups.planName(row.planId),
              lookups.areaName(row.areaId),
              <Localized key="stated" text={row.stated} />,
              row.targetYear ?? '–',
              <span key="actual" className={isUncertain(row) ? 'uncertain-value' : undefined}>
                {actualText(row)}
                {isUncertain(row) && row.actualYear !== null && <span aria-hidden="true"> ?</span>}
              </span>,
              slippageText(row),
              notesText(row),
            ],
          }))}
        />
      )}
    />
  );
}

function TargetActualLegend() {
  const { t } = useTranslation('analysis');
  const swatch = (content: ReactNode) => (
    <svg className="chart-legend__swatch" width="32" height="28" viewBox="0 0 32 28" aria-hidden="true" focusable="false">
      {content}
    </svg>
  );
  return (
    <ChartLegend
      items={[
        { key: 'target', label: t('targetActual.legend.target'), swatch: swatch(<TargetMark cx={16} cy={14} />) },
        { key: 'done', label: t('targetActual.legend.done'), swatch: swatch(<ActualMark cx={16} cy={14} uncertain={false} />) },
        { key: 'uncertain', label: t('targetActual.legend.uncertain'), swatch: swatch(<ActualMark cx={16} cy={14} uncertain />) },
        {
          key: 'open',
          label: t('targetActual.legend.open'),
          swatch: swatch(
            <>
              <SpanLine x1={2} x2={24} cy={14} open />
              <OpenMark cx={24} cy={14} />
            </>,
          ),
        },
        { key: 'closed', label: t('targetActual.legend.closed'), swatch: swatch(<ClosedMark cx={16} cy={14} />) },
      ]}
    />
  );
}
