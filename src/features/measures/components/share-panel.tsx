import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureSummary } from '@/domain/measure';
import type { ExportContext, ExportMeta } from '../utils/export-rows';
import { CopyLink } from './copy-link';
import { DeadlinesCalendar } from './deadlines-calendar';
import { ExportControls } from './export-controls';

// Its own file, as on the other pages that cite their view: shared, it would load on every page.
const CiteView = lazy(() => import('@/components/ui/cite-view').then((module) => ({ default: module.CiteView })));

interface SharePanelProps {
  measures: readonly MeasureSummary[];
  context: ExportContext;
  meta: ExportMeta;
  url: string;
}

/**
 * Downloads of the view, a link to it and its citation (with the date it shows fixed in the address): the inside
 * of the list's «Last ned eller del» disclosure, loaded when it is opened.
 */
export function SharePanel({ measures, context, meta, url }: SharePanelProps) {
  const { t } = useTranslation('measures');
  const date = meta.asOf ?? context.today;
  return (
    <div className="explorer__actions">
      <ExportControls measures={measures} context={context} meta={meta} />
      <DeadlinesCalendar measures={measures} context={context} meta={meta} />
      <CopyLink url={url} label={t('list.share.copy')} copied={t('list.share.copied')} failed={t('list.share.failed')} fieldLabel={t('list.share.field')} />
      <Suspense fallback={null}>
        <CiteView view={t('list.share.citeView', { count: measures.length })} address={url} date={date} fixDate />
      </Suspense>
    </div>
  );
}
