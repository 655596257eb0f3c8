import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';
import { CopyLink } from './copy-link';

/** A permalink to copy and a print button; neither shows on paper. */
export function MeasureTools({ id }: { id: string }) {
  const { t } = useTranslation('measures');
  const path = useHref(`/tiltak/${id}`);
  const url = `${window.location.origin}${path}`;
  return (
    <div className="measure-tools" role="group" aria-label={t('detail.tools')}>
      <CopyLink url={url} label={t('detail.copyLink')} copied={t('detail.copied')} failed={t('detail.copyFailed')} fieldLabel={t('detail.permalink')} />
      <Button variant="secondary" data-size="sm" onClick={() => window.print()}>
        {t('detail.print')}
      </Button>
    </div>
  );
}
