import { useTranslation } from 'react-i18next';
import type { MeasureSummary } from '@/domain/measure';
import type { ExportContext, ExportMeta } from '../utils/export-rows';
import { CopyLink } from './copy-link';
import { ExportControls } from './export-controls';

interface SharePanelProps {
  measures: readonly MeasureSummary[];
  context: ExportContext;
  meta: ExportMeta;
  url: string;
}

/** Downloads of the view and a link to it: the inside of the list's «Last ned eller del» disclosure, loaded when it is opened. */
export function SharePanel({ measures, context, meta, url }: SharePanelProps) {
  const { t } = useTranslation('measures');
  return (
    <div className="explorer__actions">
      <ExportControls measures={measures} context={context} meta={meta} />
      <CopyLink url={url} label={t('list.share.copy')} copied={t('list.share.copied')} failed={t('list.share.failed')} fieldLabel={t('list.share.field')} />
    </div>
  );
}
