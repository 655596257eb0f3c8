import { Heading, Link } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { DeadlineText } from '@/components/ui/deadline-text';
import { OverdueTag } from '@/components/ui/overdue-tag';
import { SourceLink } from '@/components/ui/source-link';
import { StatusTag } from '@/components/ui/status-tag';
import { VerificationTag } from '@/components/ui/verification-tag';
import { formatDatePoint } from '@/lib/format';
import type { ReportChange, ReportEntry, ReportModel, ReportState } from '../utils/report-model';
import { changeHeadline, changeSource, date, entryLabel, recordedLine, titleOf, type ReportWords } from '../utils/report-text';

function State({ state, words }: { state: ReportState | null; words: ReportWords }) {
  if (state === null) return <>{words.t('entry.notYet')}</>;
  const parts = [
    <StatusTag key="status" status={state.status} />,
    state.overdue && <OverdueTag key="overdue" />,
    state.uncertain && (
      <span key="uncertain" className="report-entry__uncertain">
        ({words.t('entry.uncertainDate')})
      </span>
    ),
  ].filter(Boolean);
  // A space between the parts (and none after the last), so that the text reads as words.
  return <>{parts.flatMap((part, index) => (index === 0 ? [part] : [' ', part]))}</>;
}

/** What someone wrote (a reason, a note), with its label, in the language it was written in. */
function Written({ label, text, language }: { label: string; text: string; language: string }) {
  return (
    <p>
      <span className="report-change__label">{label}:</span>{' '}
      <bdi lang={language} dir="auto">
        {text}
      </bdi>
    </p>
  );
}

/** One change between the dates: when, what, why, who recorded it and on what source. */
function ChangeItem({ change, words }: { change: ReportChange; words: ReportWords }) {
  const { t, language } = words;
  const { entry } = change;
  const source = changeSource(change);
  return (
    <li className="report-change">
      <p className="report-change__head">
        <time dateTime={entry.effective.date}>{formatDatePoint(entry.effective, language)}</time>: {changeHeadline(words, change)}
      </p>
      {entry.type === 'note' && <Written label={t('change.text')} text={entry.text} language={entry.language} />}
      {entry.reason !== undefined && <Written label={t('change.reason')} text={entry.reason} language={entry.language} />}
      <p className="report-change__meta">
        {recordedLine(words, change)}. {t('change.sourceLabel')}: {source === null ? t('change.noSource') : <SourceLink source={source} />}
      </p>
    </li>
  );
}

/**
 * A measure's entry in the report: its state on both dates, its deadline and how well its facts are backed, and
 * every change between the dates, oldest first. Printed on one page (report.css).
 */
export function ReportEntryBlock({ entry, model, words }: { entry: ReportEntry; model: ReportModel; words: ReportWords }) {
  const { t } = words;
  const headingId = useId();
  const title = titleOf(words, entry);
  const facts: [string, ReactNode][] = [
    [t('entry.statusOn', { date: date(words, model.asOf) }), <State state={entry.now} words={words} />],
    [t('entry.statusOn', { date: date(words, model.compareTo) }), <State state={entry.before} words={words} />],
    [t('entry.deadline'), <DeadlineText deadline={entry.measure.deadline} />],
    [t('entry.verified'), <VerificationTag verified={entry.measure.verified} />],
  ];
  return (
    <div className="report-entry" data-measure={entry.measure.id}>
      <Heading level={4} data-size="2xs" id={headingId} className="report-entry__heading">
        <Link asChild>
          <RouterLink to={`/tiltak/${entry.measure.id}`}>{entryLabel(words, model, entry)}</RouterLink>
        </Link>
        : <span lang={title.isFallback ? title.language : undefined}>{title.value}</span>
      </Heading>
      <dl className="report-entry__facts">
        {facts.map(([term, value], index) => (
          <div key={index}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {entry.changes.length === 0 ? (
        <p className="report-entry__none">{t('entry.noChanges')}</p>
      ) : (
        <>
          <p className="report-entry__changes-title" id={`${headingId}-changes`}>
            {t('entry.changes')}
          </p>
          <ul className="report-changes" aria-labelledby={`${headingId}-changes`}>
            {entry.changes.map((change) => (
              <ChangeItem key={change.entry.id} change={change} words={words} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
