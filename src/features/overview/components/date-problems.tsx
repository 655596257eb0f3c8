import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { IsoDate } from '@/domain/date-point';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { overviewHref, type OverviewParams } from '../utils/overview-params';

interface DateProblemsProps {
  params: OverviewParams;
  today: IsoDate;
  /** The day the earliest plan in view was presented, for "choose a date from …". */
  earliest: IsoDate | null;
}

/**
 * Says, in the reader's language, what is wrong with the dates (or plan) in the address and how to
 * fix it, with a link back to today's figures. Nothing is silently replaced by a default.
 */
export function DateProblems({ params, today, earliest }: DateProblemsProps) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const { problems, raw } = params;
  const date = (value: string | null) => (value === null ? '' : formatDate(value, language));
  const values = {
    earliest: earliest === null ? '' : formatDate(earliest, language),
    asOf: date(params.asOf ?? today),
  };
  const messages = [
    problems.plan && t(`problems.plan.${problems.plan}`, { value: raw.plan }),
    problems.asOf && t(`problems.asOf.${problems.asOf}`, { ...values, value: raw.asOf, date: problems.asOf === 'malformed' ? '' : date(raw.asOf) }),
    problems.compareTo &&
      t(`problems.compareTo.${problems.compareTo}`, { ...values, value: raw.compareTo, date: problems.compareTo === 'malformed' ? '' : date(raw.compareTo) }),
  ].filter((message): message is string => typeof message === 'string');
  if (messages.length === 0) return null;
  return (
    <Alert data-color="warning" role="alert" className="date-problems">
      <Heading level={2} data-size="xs">
        {t('problems.title')}
      </Heading>
      {messages.map((message) => (
        <Paragraph key={message}>{message}</Paragraph>
      ))}
      <Paragraph>
        <Link asChild>
          <RouterLink to={overviewHref({ plan: params.plan })}>{t('problems.showToday')}</RouterLink>
        </Link>
      </Paragraph>
    </Alert>
  );
}
