import { Alert, Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { IsoDate } from '@/domain/date-point';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { reportHref, type ReportParams } from '../utils/report-params';

/**
 * What is wrong with the plan or dates in the address, in the reader's language, and a way to the report for
 * today. Nothing is replaced by a default without saying so.
 */
export function ReportProblems({ params, earliest, focusRef }: { params: ReportParams; earliest: IsoDate | null; focusRef?: (element: HTMLElement | null) => void }) {
  const { t } = useTranslation('report');
  const language = useLanguage();
  const { problems, raw } = params;
  const day = (value: string | null) => (value === null ? '' : formatDate(value, language));
  // A date that is no date is quoted as written; any other is written out in the reader's language.
  const shown = (problem: string, value: string | null) => ({ value, date: problem === 'malformed' ? '' : day(value), earliest: day(earliest), asOf: day(params.asOf) });
  const messages: string[] = [];
  if (problems.plan) messages.push(t('problems.plan', { value: raw.plan }));
  if (problems.asOf) messages.push(t(`problems.asOf.${problems.asOf}`, shown(problems.asOf, raw.asOf)));
  if (problems.compareTo) messages.push(t(`problems.compareTo.${problems.compareTo}`, shown(problems.compareTo, raw.compareTo)));
  if (messages.length === 0) return null;
  return (
    <Alert ref={focusRef} tabIndex={-1} data-color="warning" role="alert" className="report-problems">
      <Heading level={2} data-size="xs">
        {t('problems.title')}
      </Heading>
      <ul className="report-problems__list">
        {messages.map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      <Link asChild>
        <RouterLink to={reportHref({ plan: params.plan })}>{t('problems.today')}</RouterLink>
      </Link>
    </Alert>
  );
}
