import { Paragraph } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { StatusLegend } from '@/components/charts/chart-legend';
import { DataTable } from '@/components/charts/data-table';
import { StatusPatterns } from '@/components/charts/status-patterns';
import { patternId, statusStyle } from '@/components/charts/status-style';
import { REPORT_STATUS_ORDER, type ReportModel } from '../utils/report-model';
import { areaName, date, number, share, statusName, type ReportWords } from '../utils/report-text';
import '@/components/charts/charts.css';

/**
 * Progress by area on the reporting date: a bar per area, stacked by status in the overview's order, each status
 * with its colour, outline and texture (so that a black-and-white printout tells them apart), and the table with
 * the same numbers. Drawn as plain SVG with the page, not as a lazy chart: a report is read and printed whole.
 * The bars are hidden from assistive technology, which reads the table.
 */
export function ProgressFigure({ model, words }: { model: ReportModel; words: ReportWords }) {
  const { t } = words;
  const prefix = `report-${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const statuses = REPORT_STATUS_ORDER.filter((status) => model.progress.some((row) => row.counts[status] > 0));
  const widest = Math.max(1, ...model.progress.map((row) => row.total));
  const dates = { asOf: date(words, model.asOf), compareTo: date(words, model.compareTo) };
  return (
    <figure className="report-figure">
      <Paragraph data-size="sm">{t('progress.summary', dates)}</Paragraph>
      <div className="report-figure__chart" aria-hidden="true">
        <StatusLegend statuses={statuses} statusName={(status) => statusName(words, status)} />
        <svg width="0" height="0" className="report-figure__defs" focusable="false">
          <StatusPatterns prefix={prefix} statuses={statuses} />
        </svg>
        <div className="report-bars">
          {model.progress.map((row) => (
            <div key={row.areaId} className="report-bars__row">
              <span className="report-bars__label">{areaName(words, row)}</span>
              <span className="report-bars__track">
                <span className="report-bars__bar" style={{ width: `${(row.total / widest) * 100}%` }}>
                  {statuses
                    .filter((status) => row.counts[status] > 0)
                    .map((status) => (
                      <svg
                        key={status}
                        className="report-bars__segment"
                        data-status={status}
                        style={{ width: `${(row.counts[status] / row.total) * 100}%`, borderColor: statusStyle(status).outline }}
                        focusable="false"
                      >
                        <rect width="100%" height="100%" fill={`url(#${patternId(prefix, status)})`} />
                      </svg>
                    ))}
                </span>
                <span className="report-bars__share">{share(words, row.completedShare)}</span>
              </span>
            </div>
          ))}
        </div>
      </div>
      <DataTable
        caption={t('progress.caption', dates)}
        columns={[
          { key: 'area', label: t('progress.area') },
          ...REPORT_STATUS_ORDER.map((status) => ({ key: status, label: statusName(words, status), numeric: true })),
          { key: 'total', label: t('progress.total'), numeric: true },
          { key: 'share', label: t('progress.share'), numeric: true },
          { key: 'before', label: t('progress.completedBefore', dates), numeric: true },
        ]}
        rows={model.progress.map((row) => ({
          key: row.areaId,
          header: areaName(words, row),
          cells: [...REPORT_STATUS_ORDER.map((status) => number(words, row.counts[status])), number(words, row.total), share(words, row.completedShare), number(words, row.completedBefore)],
        }))}
      />
    </figure>
  );
}
