import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/domain/area';
import type { Plan } from '@/domain/plan';
import type { Status } from '@/domain/status';
import { ExportToolbar, type ExportDownload } from '@/components/ui/export-toolbar';
import { apiBaseUrl } from '@/lib/env';
import { dictionaryFile, dictionaryFileName, EXPORT_FORMATS, tableFile, type ExportFormat } from '@/lib/export-file';
import { useLanguage } from '@/lib/use-localized';
import type { ReportData } from '../api/get-report-data';
import { REPORT_COLUMNS, reportDocument, reportFileName, reportRows } from '../utils/report-export';
import { buildReport } from '../utils/report-model';
import { reportHref } from '../utils/report-params';
import type { ReportWords } from '../utils/report-text';
import { ReportDocument } from './report-document';
import './report.css';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface ReportViewProps {
  data: ReportData;
  plans: readonly Plan[];
  areas: readonly Area[];
  plan: string | null;
  /** The report's heading takes focus after another report is asked for (report-document.tsx). */
  headingRef?: (element: HTMLElement | null) => void;
}

/** The report made from the API's answers, with the ways to take it away: print, Word, CSV and JSON. */
export function ReportView({ data, plans, areas, plan, headingRef }: ReportViewProps) {
  const { t } = useTranslation(['report', 'common', 'targets']);
  const language = useLanguage();
  const words: ReportWords = { t, language };
  const asOf = data.now.measures.today;
  const compareTo = data.before.measures.today;
  const model = useMemo(
    () =>
      buildReport({
        plans,
        areas,
        plan,
        asOf,
        compareTo,
        madeAt: data.madeAt,
        now: { summary: data.now.summary, measures: data.now.measures.items },
        before: { summary: data.before.summary, measures: data.before.measures.items },
        changes: data.changes,
      }),
    [plans, areas, plan, asOf, compareTo, data],
  );
  const address = `${window.location.origin}${reportHref({ plan, asOf, compareTo })}`;
  const api = apiBaseUrl();
  const context = { language, statusLabel: (status: Status) => t(`common:status.${status}`) };
  const table = {
    columns: REPORT_COLUMNS,
    rows: () => reportRows(model, context),
    document: () => reportDocument(model, address),
    dictionary: { kind: 'report', language },
  } as const;
  const name = (format: ExportFormat) => reportFileName(format, model);
  const downloads: ExportDownload[] = [
    {
      label: t('downloads.docx'),
      file: () => ({
        name: reportFileName('docx', model),
        type: DOCX_TYPE,
        // The docx library (and the code that uses it) is loaded now, on the click, never with the page.
        contents: async () => (await import('../utils/report-docx')).reportDocx(words, model, { api, address }),
      }),
    },
    ...EXPORT_FORMATS.map((format) => ({ label: t(`common:export.${format}`), file: () => tableFile(format, name(format), table) })),
  ];
  return (
    <>
      <div className="report-tools">
        <ExportToolbar
          label={t('downloads.label')}
          description={t('downloads.description')}
          actions={[{ label: t('downloads.print'), onClick: () => window.print() }]}
          downloads={downloads}
          dictionary={(delimiter) => dictionaryFile('report', REPORT_COLUMNS, language, dictionaryFileName(name('csv')), delimiter)}
        />
      </div>
      <ReportDocument model={model} words={words} api={api} address={address} headingRef={headingRef} />
    </>
  );
}
