import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry, Measure } from '@/domain/measure';
import type { ChangeType } from '@/domain/measure-change';
import { WithUserText } from '@/components/ui/with-user-text';
import { formatDatePoint, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import type { ChangeFormValues } from '../utils/change-form';

interface ConflictViewProps {
  /** The measure as the server has it now. */
  measure: Measure;
  /** The version the user started editing from. */
  baseVersion: number;
  /** The user's own change, in words. */
  mine: ReactNode;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * Someone saved a change while this user was editing. Both sides are shown; the user decides to
 * save theirs on top (after seeing the other) or to drop it. Never a silent overwrite.
 */
export function ConflictView({ measure, baseVersion, mine, onReapply, onDiscard }: ConflictViewProps) {
  const { t } = useTranslation('editing');
  // Every saved change adds exactly one history entry and one version.
  const theirs = measure.history.slice(measure.history.length - Math.max(0, measure.version - baseVersion));
  return (
    <Alert data-color="warning" role="alert" className="conflict-view">
      <Heading level={4} data-size="2xs">
        {t('conflict.title')}
      </Heading>
      <Paragraph>{t('conflict.body')}</Paragraph>
      <div className="conflict-view__sides">
        <section aria-labelledby="conflict-theirs">
          <Heading level={5} data-size="2xs" id="conflict-theirs">
            {t('conflict.theirs')}
          </Heading>
          <ul>
            {theirs.map((entry) => (
              <li key={entry.id}>
                <EntrySummary entry={entry} />
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="conflict-mine">
          <Heading level={5} data-size="2xs" id="conflict-mine">
            {t('conflict.mine')}
          </Heading>
          <p>{mine}</p>
        </section>
      </div>
      <div className="button-row">
        <Button onClick={onReapply}>{t('conflict.reapply')}</Button>
        <Button variant="secondary" onClick={onDiscard}>
          {t('conflict.discard')}
        </Button>
      </div>
    </Alert>
  );
}

function EntrySummary({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation(['editing', 'common']);
  const language = useLanguage();
  // What people wrote is isolated for direction (<bdi>): it never turns the words around it.
  const what =
    entry.type === 'status' ? (
      t('conflict.status', { from: t(`common:status.${entry.from}`), to: t(`common:status.${entry.to}`) })
    ) : entry.type === 'deadline' ? (
      <WithUserText sentence={(v) => t('conflict.deadline', v)} values={{ to: entry.to.stated.nb }} lang="nb" />
    ) : entry.type === 'note' ? (
      <WithUserText sentence={(v) => t('conflict.note', v)} values={{ text: entry.text }} lang={entry.language} />
    ) : entry.type === 'source' ? (
      <WithUserText sentence={(v) => t('conflict.source', v)} values={{ title: entry.added.title }} lang="nb" />
    ) : (
      t('conflict.other')
    );
  return (
    <>
      <strong>{what}</strong> — <bdi>{entry.by.name}</bdi>, {formatDateTime(entry.recordedAt, language)} ({formatDatePoint(entry.effective, language)})
      {'reason' in entry && entry.reason ? (
        <>
          : <bdi lang={entry.language}>{entry.reason}</bdi>
        </>
      ) : null}
    </>
  );
}

/** The user's pending change in one line, for the conflict view, with what they wrote isolated for direction. */
export function describeDraft(type: ChangeType, values: ChangeFormValues, t: TFunction<['editing', 'common']>): ReactNode {
  switch (type) {
    case 'status': {
      const to = values.to ? t(`common:status.${values.to as 'planned'}`) : '–';
      return <WithUserText sentence={(v) => t('conflict.mineStatus', { to, ...v })} values={{ reason: values.reason }} />;
    }
    case 'deadline':
      return <WithUserText sentence={(v) => t('conflict.mineDeadline', v)} values={{ to: values.deadlineStated, reason: values.reason }} />;
    case 'note':
      return <WithUserText sentence={(v) => t('conflict.mineNote', v)} values={{ text: values.text }} />;
    case 'source':
      return <WithUserText sentence={(v) => t('conflict.mineSource', v)} values={{ title: values.sourceTitle, reason: values.reason }} />;
  }
}
