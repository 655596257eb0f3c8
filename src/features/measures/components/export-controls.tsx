import { useTranslation } from 'react-i18next';
import type { MeasureSummary } from '@/domain/measure';
import { ExportDictionary } from '@/components/ui/export-dictionary';
import { ExportToolbar } from '@/components/ui/export-toolbar';
import { dictionaryFile, dictionaryFileName, EXPORT_FORMATS, tableFile, type ExportFormat } from '@/lib/export-file';
import { exportFileName } from '../utils/export-name';
import type { ExportContext, ExportMeta } from '../utils/export-rows';
import { LIST_EXPORT_COLUMNS } from '../utils/list-export-columns';

interface ExportControlsProps {
  measures: readonly MeasureSummary[];
  context: ExportContext;
  meta: ExportMeta;
}

/**
 * Downloads of the measures shown: CSV (comma, or semicolon with Norwegian headers for Norwegian Excel), JSON,
 * and what each column means. The code that makes the files is loaded when one is asked for.
 */
export function ExportControls({ measures, context, meta }: ExportControlsProps) {
  const { t } = useTranslation('measures');
  const { t: tCommon } = useTranslation();
  const { language } = context;
  const rowsModule = () => import('../utils/export-rows');
  const data = {
    columns: LIST_EXPORT_COLUMNS,
    rows: async () => {
      const { toCsvRow } = await rowsModule();
      return measures.map((measure) => toCsvRow(measure, context));
    },
    document: async () => (await rowsModule()).toExportDocument(measures, context, meta),
    dictionary: { kind: 'measures', language },
  } as const;
  const name = (format: ExportFormat) =>
    exportFileName(format, { exportedOn: meta.exportedOn, asOf: meta.asOf, synthetic: measures.some((measure) => measure.synthetic) });
  return (
    <div className="export-controls">
      <ExportToolbar
        label={t('list.export.title')}
        description={t('list.export.description')}
        downloads={EXPORT_FORMATS.map((format) => ({ label: tCommon(`export.${format}`), file: () => tableFile(format, name(format), data) }))}
        dictionary={(delimiter) => dictionaryFile('measures', LIST_EXPORT_COLUMNS, language, dictionaryFileName(name('csv')), delimiter)}
      />
      <ExportDictionary kind="measures" columns={LIST_EXPORT_COLUMNS} />
    </div>
  );
}
