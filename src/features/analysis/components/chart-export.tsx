import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useDownload } from '@/components/ui/use-download';
import { toCsv, toJson } from '@/lib/export-file';
import {
  analysisDocument,
  analysisFileName,
  toCsvRecord,
  type AnalysisChart,
  type AnalysisExportFormat,
  type AnalysisExportMeta,
  type ExportRecord,
} from '../utils/analysis-export';

interface ChartExportProps<Column extends string> {
  chart: AnalysisChart;
  /** What the chart is called, for the group's name ("Last ned: Planlagt mot faktisk år"). */
  title: string;
  columns: readonly Column[];
  records: readonly ExportRecord<Column>[];
  meta: AnalysisExportMeta;
  synthetic: boolean;
}

const FORMATS: readonly AnalysisExportFormat[] = ['csv', 'csv-semicolon', 'json'];

/** Downloads of one chart's data: CSV (comma, or semicolon for Norwegian Excel) and JSON. */
export function ChartExport<Column extends string>({ chart, title, columns, records, meta, synthetic }: ChartExportProps<Column>) {
  const { t } = useTranslation('analysis');
  const { state, busy, download } = useDownload();

  function save(format: AnalysisExportFormat) {
    const fileName = analysisFileName(chart, format, meta.exportedOn, synthetic);
    if (format === 'json') {
      return download(fileName, 'application/json', () => toJson(analysisDocument(chart, records, meta)));
    }
    const delimiter = format === 'csv' ? ',' : ';';
    return download(fileName, 'text/csv;charset=utf-8', () =>
      toCsv(
        columns,
        records.map((record) => toCsvRecord(record, delimiter)),
        delimiter,
      ),
    );
  }

  const status =
    state.status === 'working'
      ? t('export.working')
      : state.status === 'done'
        ? t('export.done', { name: state.fileName })
        : state.status === 'failed'
          ? t('export.failed')
          : '';

  return (
    <div className="chart-export" role="group" aria-label={t('export.groupName', { chart: title })}>
      <span className="chart-export__label" aria-hidden="true">
        {t('export.title')}:
      </span>
      {FORMATS.map((format) => (
        <Button
          key={format}
          variant="tertiary"
          data-size="sm"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) void save(format);
          }}
        >
          {t(`export.${format}`)}
        </Button>
      ))}
      <span role="status" className="chart-export__status">
        {status}
      </span>
    </div>
  );
}
