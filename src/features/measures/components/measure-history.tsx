import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@/domain/measure';
import { DeadlineText } from '@/components/ui/deadline-text';
import { formatDatePoint, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

/** The audit trail as a timeline, oldest first: what changed, when, why, by whom and on what source. */
export function MeasureHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation('measures');
  return (
    <section aria-labelledby="history-heading" className="measure-section">
      <Heading level={2} data-size="sm" id="history-heading">
        {t('detail.history.title')}
      </Heading>
      <Paragraph data-size="sm">{t('detail.history.intro')}</Paragraph>
      <ol className="timeline">
        {history.map((entry) => (
          <HistoryItem key={entry.id} entry={entry} />
        ))}
      </ol>
    </section>
  );
}

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation(['measures', 'common']);
  const language = useLanguage();
  return (
    <li className={`timeline__item timeline__item--${entry.type}`}>
      <p className="timeline__when">
        <time dateTime={entry.effective.date}>{formatDatePoint(entry.effective, language)}</time>
      </p>
      <p className="timeline__what">
        <HistoryHeadline entry={entry} />
      </p>
      {entry.type === 'note' && (
        <p className="timeline__note" lang={entry.language}>
          {entry.text}
        </p>
      )}
      <dl className="timeline__meta">
        <div>
          <dt>{t('detail.history.reason')}</dt>
          <dd lang={entry.language}>{entry.reason}</dd>
        </div>
        <div>
          <dt>{t('detail.history.by')}</dt>
          <dd>
            {entry.by.name}{' '}
            <span className="timeline__recorded">({t('detail.history.recordedAt', { date: formatDateTime(entry.recordedAt, language) })})</span>
          </dd>
        </div>
        {entry.source && (
          <div>
            <dt>{t('detail.history.source')}</dt>
            <dd>
              {entry.source.url ? (
                <Link href={entry.source.url} target="_blank" rel="noopener noreferrer" lang="nb">
                  {entry.source.title}
                </Link>
              ) : (
                <>
                  <span lang="nb">{entry.source.title}</span> ({t('detail.sourceNoUrl')})
                </>
              )}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}

function HistoryHeadline({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation(['measures', 'common']);
  switch (entry.type) {
    case 'created':
      return <>{t('detail.history.created', { status: t(`common:status.${entry.status}`) })}</>;
    case 'status':
      return <>{t('detail.history.status', { from: t(`common:status.${entry.from}`), to: t(`common:status.${entry.to}`) })}</>;
    case 'deadline':
      return (
        <>
          {t('detail.history.deadline')}: <DeadlineText deadline={entry.from} /> → <DeadlineText deadline={entry.to} />
        </>
      );
    case 'note':
      return <>{t('detail.history.note')}</>;
    case 'source':
      return (
        <>
          {t('detail.history.sourceAdded')}: {entry.added.title}
        </>
      );
  }
}
