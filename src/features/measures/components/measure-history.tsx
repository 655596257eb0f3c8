import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@/domain/measure';
import { DeadlineText } from '@/components/ui/deadline-text';
import { Fact } from '@/components/ui/facts';
import { Section } from '@/components/ui/section';
import { SourceLink } from '@/components/ui/source-link';
import { formatDatePoint, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { historyInOrder } from '@/domain/as-of';

/**
 * The audit trail as a timeline, oldest first: what changed, when, why, by whom and on what source. What people
 * wrote (notes, reasons, titles, names) is isolated for direction (`dir="auto"`, `<bdi>`), so that a right-to-left
 * text or an override character in it never turns the text around it.
 */
export function MeasureHistory({ history }: { history: HistoryEntry[] }) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  return (
    <Section title={t('detail.history.title')}>
      <Paragraph data-size="sm">{t('detail.history.intro')}</Paragraph>
      {/* An audit trail is not translated: say so where it is in another language than the page. */}
      {history.some((entry) => entry.language !== language) && <Paragraph data-size="sm">{t('detail.history.writtenIn')}</Paragraph>}
      <ol className="timeline">
        {historyInOrder(history).map((entry) => (
          <HistoryItem key={entry.id} entry={entry} />
        ))}
      </ol>
    </Section>
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
        <p className="timeline__note" lang={entry.language} dir="auto">
          {entry.text}
        </p>
      )}
      <dl className="timeline__meta">
        {entry.reason !== undefined && (
          <Fact label={t('detail.history.reason')}>
            <bdi lang={entry.language}>{entry.reason}</bdi>
          </Fact>
        )}
        <Fact label={t('detail.history.by')}>
          <bdi>{entry.by.name}</bdi>{' '}
          <span className="timeline__recorded">({t('detail.history.recordedAt', { date: formatDateTime(entry.recordedAt, language) })})</span>
        </Fact>
        {entry.source && (
          <Fact label={t('detail.history.source')}>
            <SourceLink source={entry.source} />
          </Fact>
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
          {t('detail.history.sourceAdded')}: <bdi lang="nb">{entry.added.title}</bdi>
        </>
      );
  }
}
