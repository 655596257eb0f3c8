import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBoundary } from './chart-boundary';
import { useNearViewport } from './use-near-viewport';
import './charts.css';

/** Where a chart panel stands: its tools beside the table toggle and its heading level (see ChartPanelProps). */
export interface ChartPlacement {
  tools?: ReactNode;
  headingLevel?: 1 | 2;
}

interface ChartPanelProps {
  title: string;
  /** The chart in words: what a reader should take from it. */
  summary: ReactNode;
  legend?: ReactNode;
  /** The chart itself, loaded lazily (recharts is not part of a first visit) when it comes near the viewport. */
  chart: ReactNode;
  /** Its height, kept while the chart's code loads so that nothing jumps. */
  chartHeight: number;
  /** The same numbers as a table; `focusable` is false for the screen-reader copy next to the chart. */
  table: (focusable: boolean) => ReactNode;
  /** Nothing to draw: the summary says so, and there is no chart or table. */
  empty?: boolean;
  /** More controls beside the table toggle (the overview's «Bygg inn»). */
  tools?: ReactNode;
  /** 1 where the chart is the page (an embed); 2 in a page of several. */
  headingLevel?: 1 | 2;
}

/**
 * A chart with its title, its text summary and a "show as table" toggle. The chart is hidden from
 * assistive technology, which gets the table instead (kept visually hidden while the chart shows);
 * keyboard users press the toggle to reach the table's links. If the chart cannot load, the table shows.
 */
export function ChartPanel({ title, summary, legend, chart, chartHeight, table, empty = false, tools, headingLevel }: ChartPanelProps) {
  const { t } = useTranslation('common');
  const [showTable, setShowTable] = useState(false);
  const [failed, setFailed] = useState(false);
  const [chartRef, near] = useNearViewport<HTMLDivElement>();
  return (
    <Panel
      title={title}
      summary={summary}
      {...(headingLevel === undefined ? {} : { headingLevel })}
      action={
        (tools !== undefined || (!empty && !failed)) && (
          <div className="chart-panel__tools">
            {!empty && !failed && (
              <Button variant="secondary" data-size="sm" aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)} className="chart-panel__toggle">
                {t('chart.showTable')}
              </Button>
            )}
            {tools}
          </div>
        )
      }
    >
      {failed && <Paragraph data-size="sm">{t('chart.failed')}</Paragraph>}
      {!empty &&
        (showTable || failed ? (
          table(true)
        ) : (
          <>
            <div aria-hidden="true" className="chart-panel__figure">
              {legend}
              <div className="chart-panel__chart" style={{ minHeight: chartHeight }} ref={chartRef}>
                {near ? (
                  <ChartBoundary onError={() => setFailed(true)}>
                    <Suspense fallback={<div className="chart-panel__loading">{t('chart.loading')}</div>}>{chart}</Suspense>
                  </ChartBoundary>
                ) : (
                  // Drawn when the reader scrolls near it; a printout without it shows the table (charts.css).
                  <div className="chart-panel__deferred" />
                )}
              </div>
            </div>
            <div className="visually-hidden">{table(false)}</div>
          </>
        ))}
    </Panel>
  );
}

interface PanelProps {
  title: string;
  /** What the panel shows, in words. */
  summary: ReactNode;
  /** A control next to the title. */
  action?: ReactNode;
  /** The title's heading level: 2 unless the panel is the page itself. */
  headingLevel?: 1 | 2;
  children: ReactNode;
}

/** The frame of a chart panel, also for a figure that is only a table: a titled section with its summary. */
export function Panel({ title, summary, action, headingLevel = 2, children }: PanelProps) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="chart-panel">
      <div className="chart-panel__head">
        <Heading level={headingLevel} data-size={headingLevel === 1 ? 'sm' : 'xs'} id={headingId}>
          {title}
        </Heading>
        {action}
      </div>
      <div className="chart-panel__summary">{summary}</div>
      {children}
    </section>
  );
}
