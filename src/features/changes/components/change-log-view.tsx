import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ChangeLogPage } from '@/domain/change-log';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';
import { ExportDictionary } from '@/components/ui/export-dictionary';
import { ExportToolbar } from '@/components/ui/export-toolbar';
import type { Status } from '@/domain/status';
import { dictionaryFile, dictionaryFileName, EXPORT_FORMATS, tableFile, type ExportFormat } from '@/lib/export-file';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { getWholeChangeLog } from '../api/get-change-log';
import { CHANGE_LOG_COLUMNS, changeLogFileName, toChangeLogDocument, toChangeLogRow } from '../utils/change-log-export';
import { changeLogFilters, changeLogHref, type ChangeLogParams } from '../utils/change-log-params';
import { ChangeLogTable } from './change-log-table';
import './changes.css';

interface ChangeLogViewProps {
  page: ChangeLogPage;
  plans: readonly Plan[];
  params: ChangeLogParams;
  /** The page shown is the one before, while the one asked for loads. */
  updating: boolean;
  exportedOn: IsoDate;
  /** On the count line, which takes focus after paging or filtering (use-result-focus.ts). */
  countRef?: Ref<HTMLParagraphElement>;
}

/** One page of the log: how many changes match, the table, the way to other pages, and the downloads of every match. */
export function ChangeLogView({ page, plans, params, updating, exportedOn, countRef }: ChangeLogViewProps) {
  const { t } = useTranslation(['changes', 'common']);
  const language = useLanguage();
  const byId = new Map(plans.map((plan) => [plan.id, plan]));
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const first = (page.page - 1) * page.pageSize + 1;
  const filters = changeLogFilters(params);
  const synthetic = plans.some((plan) => plan.synthetic);
  // Every change that matches, not only this page: fetched page by page when a file is asked for.
  const context = { language, plans: byId, statusLabel: (status: Status) => t(`common:status.${status}`) };
  const data = {
    columns: CHANGE_LOG_COLUMNS,
    rows: async () => (await getWholeChangeLog(filters)).map((item) => toChangeLogRow(item, context)),
    document: async () => toChangeLogDocument(await getWholeChangeLog(filters), { exportedOn, filters, link: `${window.location.origin}${changeLogHref(params)}` }),
    dictionary: { kind: 'changes', language },
  } as const;
  const name = (format: ExportFormat) => changeLogFileName(format, { exportedOn, synthetic });
  return (
    <div className="change-log" aria-busy={updating || undefined}>
      <Paragraph role="status" className="change-log__count change-log__result" ref={countRef} tabIndex={-1}>
        {page.items.length === 0
          ? t('results.count', { count: page.total, formatted: formatNumber(page.total, language) })
          : t('results.showing', { first: formatNumber(first, language), last: formatNumber(first + page.items.length - 1, language), total: formatNumber(page.total, language) })}
        {updating && <> {t('results.updating')}</>}
      </Paragraph>
      <div className="export-controls">
        <ExportToolbar
          label={t('export.title')}
          description={t('export.description')}
          downloads={EXPORT_FORMATS.map((format) => ({ label: t(`common:export.${format}`), file: () => tableFile(format, name(format), data) }))}
          dictionary={(delimiter) => dictionaryFile('changes', CHANGE_LOG_COLUMNS, language, dictionaryFileName(name('csv')), delimiter)}
        />
        <ExportDictionary kind="changes" columns={CHANGE_LOG_COLUMNS} />
      </div>
      {page.items.length > 0 && <ChangeLogTable items={page.items} plans={byId} />}
      {pages > 1 && <Pager params={params} page={page.page} pages={pages} />}
    </div>
  );
}

/** Previous and next page, and where the reader is; links, so that each page has its address. */
function Pager({ params, page, pages }: { params: ChangeLogParams; page: number; pages: number }) {
  const { t } = useTranslation('changes');
  const language = useLanguage();
  const { problems: _problems, ...view } = params;
  return (
    <nav aria-label={t('pages.label')} className="change-log__pages">
      {page > 1 && (
        <Link asChild>
          <RouterLink to={changeLogHref({ ...view, page: Math.min(page - 1, pages) })}>{t('pages.previous')}</RouterLink>
        </Link>
      )}
      <span>{t('pages.position', { page: formatNumber(page, language), pages: formatNumber(pages, language) })}</span>
      {page < pages && (
        <Link asChild>
          <RouterLink to={changeLogHref({ ...view, page: page + 1 })}>{t('pages.next')}</RouterLink>
        </Link>
      )}
    </nav>
  );
}
