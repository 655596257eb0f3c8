import { useTranslation } from 'react-i18next';
import type { MeasureSummary } from '@/domain/measure';
import { ExportToolbar } from '@/components/ui/export-toolbar';
import { EXPORT_FORMATS, tableFile } from '@/lib/export-file';
import { CSV_COLUMNS, exportFileName, toCsvRow, toExportDocument, type ExportContext, type ExportMeta } from '../utils/export-rows';

interface ExportControlsProps {
  measures: readonly MeasureSummary[];
  context: ExportContext;
  meta: ExportMeta;
}

/** Downloads of the measures shown: CSV (comma, or semicolon for Norwegian Excel) and JSON. */
export function ExportControls({ measures, context, meta }: ExportControlsProps) {
  const { t } = useTranslation('measures');
  const { t: tCommon } = useTranslation();
  const data = {
    columns: CSV_COLUMNS,
    rows: () => measures.map((measure) => toCsvRow(measure, context)),
    document: () => toExportDocument(measures, context, meta),
  };
  return (
    <ExportToolbar
      label={t('list.export.title')}
      description={t('list.export.description')}
      downloads={EXPORT_FORMATS.map((format) => ({
        label: tCommon(`export.${format}`),
        file: () => tableFile(format, exportFileName(format, { exportedOn: meta.exportedOn, asOf: meta.asOf, synthetic: measures.some((measure) => measure.synthetic) }), data),
      }))}
    />
  );
}
