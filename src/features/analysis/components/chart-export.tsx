import { useTranslation } from 'react-i18next';
import { ExportDictionary } from '@/components/ui/export-dictionary';
import { ExportToolbar } from '@/components/ui/export-toolbar';
import { dictionaryFile, dictionaryFileName, EXPORT_FORMATS, tableFile, type CsvDelimiter } from '@/lib/export-file';
import { useLanguage } from '@/lib/use-localized';
import { analysisDocument, analysisFileName, toCsvRecord, type AnalysisChart, type AnalysisExportMeta, type ExportRecord } from '../utils/analysis-export';

interface ChartExportProps<Column extends string> {
  chart: AnalysisChart;
  /** What the chart is called, for the group's name ("Last ned dataene bak «Planlagt år mot faktisk år»"). */
  title: string;
  columns: readonly Column[];
  records: readonly ExportRecord<Column>[];
  meta: AnalysisExportMeta;
  synthetic: boolean;
}

/** Downloads of one chart's data: CSV (comma, or semicolon for Norwegian Excel) and JSON; quieter buttons, one toolbar per chart. */
export function ChartExport<Column extends string>({ chart, title, columns, records, meta, synthetic }: ChartExportProps<Column>) {
  const { t } = useTranslation('analysis');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const data = {
    columns,
    rows: (delimiter: CsvDelimiter) => records.map((record) => toCsvRecord(record, delimiter)),
    document: () => analysisDocument(chart, records, meta),
    // The CSV for Norwegian Excel has Norwegian headers, from the one dictionary of the columns.
    dictionary: { kind: chart, language },
  };
  return (
    <div className="export-controls">
      <ExportToolbar
        label={t('export.title')}
        name={t('export.groupName', { chart: title })}
        variant="tertiary"
        downloads={EXPORT_FORMATS.map((format) => ({ label: tCommon(`export.${format}`), file: () => tableFile(format, analysisFileName(chart, format, meta.exportedOn, synthetic), data) }))}
        dictionary={(delimiter) => dictionaryFile(chart, columns, language, dictionaryFileName(analysisFileName(chart, 'csv', meta.exportedOn, synthetic)), delimiter)}
      />
      <ExportDictionary kind={chart} columns={columns} />
    </div>
  );
}
