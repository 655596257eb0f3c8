import { Button } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureSummary } from '@/domain/measure';
import { useDownload } from '@/components/ui/use-download';
import { toCsv, toJson } from '@/lib/export-file';
import {
  CSV_COLUMNS,
  exportFileName,
  toCsvRow,
  toExportDocument,
  type ExportContext,
  type ExportFormat,
  type ExportMeta,
} from '../utils/export-rows';

interface ExportControlsProps {
  measures: readonly MeasureSummary[];
  context: ExportContext;
  meta: ExportMeta;
}

/** Downloads of the measures shown: CSV (comma, or semicolon for Norwegian Excel) and JSON. */
export function ExportControls({ measures, context, meta }: ExportControlsProps) {
  const { t } = useTranslation('measures');
  const labelId = useId();
  const descriptionId = useId();
  const { state, busy, download: save } = useDownload();

  function download(format: ExportFormat) {
    const fileName = exportFileName(format, { exportedOn: meta.exportedOn, asOf: meta.asOf, synthetic: measures.some((measure) => measure.synthetic) });
    if (format === 'json') return save(fileName, 'application/json', () => toJson(toExportDocument(measures, context, meta)));
    return save(fileName, 'text/csv;charset=utf-8', () =>
      toCsv(
        CSV_COLUMNS,
        measures.map((measure) => toCsvRow(measure, context)),
        format === 'csv' ? ',' : ';',
      ),
    );
  }

  return (
    <div className="export-controls" role="group" aria-labelledby={labelId} aria-describedby={descriptionId}>
      <span id={labelId} className="export-controls__label">
        {t('list.export.title')}:
      </span>
      <span id={descriptionId} className="visually-hidden">
        {t('list.export.description')}
      </span>
      {(['csv', 'csv-semicolon', 'json'] as const).map((format) => (
        <Button
          key={format}
          variant="secondary"
          data-size="sm"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) void download(format);
          }}
        >
          {t(format === 'csv' ? 'list.export.csv' : format === 'json' ? 'list.export.json' : 'list.export.csvSemicolon')}
        </Button>
      ))}
      <span role="status" className="export-controls__status">
        {state.status === 'working'
          ? t('list.export.working')
          : state.status === 'done'
            ? t('list.export.done', { name: state.fileName })
            : state.status === 'failed'
              ? t('list.export.failed')
              : ''}
      </span>
    </div>
  );
}
