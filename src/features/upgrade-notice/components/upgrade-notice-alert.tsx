import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { setAsideDocument, setAsideKind, setAsideWhy, type SetAsideChange, type UpgradeNotice } from '@/domain/upgrade-notice';
import { describeError } from '@/components/ui/describe-error';
import { useDownload } from '@/components/ui/use-download';
import { today } from '@/lib/clock';
import { JSON_TYPE, toJson } from '@/lib/export-file';
import { useLocalized } from '@/lib/use-localized';
import { useDismissUpgradeNotice } from '../api/upgrade-notice';
import './upgrade-notice.css';

/**
 * How many of the user's changes were carried over to the new dataset version, and the ones that could not be,
 * with a way to download them (JSON). With changes set aside, the notice can be dismissed only once they are
 * downloaded, so that nothing is lost without the user knowing.
 */
export function UpgradeNoticeAlert({ notice }: { notice: UpgradeNotice }) {
  const { t } = useTranslation('upgrade');
  const { t: tCommon } = useTranslation();
  const dismiss = useDismissUpgradeNotice();
  const { state, busy, download } = useDownload();
  const { carriedOver, setAside } = notice;
  const mayDismiss = setAside.length === 0 || state.status === 'done';
  const fileName = `tiltaksmonitor-endringer-satt-til-side-${today()}.json`;
  return (
    <Alert data-color={setAside.length > 0 ? 'warning' : 'info'} className="upgrade-notice">
      <Heading level={2} data-size="xs">
        {t('title')}
      </Heading>
      {carriedOver > 0 && <Paragraph>{t('carriedOver', { count: carriedOver })}</Paragraph>}
      {setAside.length > 0 && (
        <>
          <Paragraph>{t('setAside', { count: setAside.length })}</Paragraph>
          <ul className="upgrade-notice__list">
            {setAside.map((change, index) => (
              <SetAsideItem key={index} change={change} />
            ))}
          </ul>
          <Paragraph data-size="sm">{t('downloadFirst')}</Paragraph>
        </>
      )}
      <div className="upgrade-notice__buttons">
        {setAside.length > 0 && (
          <Button
            variant="primary"
            data-size="sm"
            loading={busy}
            aria-disabled={busy || undefined}
            onClick={() => {
              if (!busy) void download({ name: fileName, type: JSON_TYPE, contents: () => toJson(setAsideDocument(notice)) });
            }}
          >
            {t('download')}
          </Button>
        )}
        {mayDismiss && (
          <Button
            variant="secondary"
            data-size="sm"
            loading={dismiss.isPending}
            aria-disabled={dismiss.isPending || undefined}
            onClick={() => {
              if (!dismiss.isPending) dismiss.mutate();
            }}
          >
            {t('dismiss')}
          </Button>
        )}
      </div>
      <Paragraph data-size="sm" role="status">
        {state.status === 'done' && t('downloaded', { fileName: state.fileName })}
        {state.status === 'failed' && t('downloadFailed')}
        {dismiss.isError && describeError(dismiss.error, tCommon)}
      </Paragraph>
    </Alert>
  );
}

function SetAsideItem({ change }: { change: SetAsideChange }) {
  const { t } = useTranslation('upgrade');
  const pick = useLocalized();
  const title = change.measure.title ? pick(change.measure.title) : null;
  return (
    <li>
      {title ? <span lang={title.isFallback ? title.language : undefined}>{title.value}</span> : change.measure.id}
      {': '}
      {t(`kind.${setAsideKind(change.entry) ?? 'other'}`)} ({t(`why.${setAsideWhy(change.reasons)}`)})
    </li>
  );
}
