import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '@/domain/date-point';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import type { ViewIssue } from '../utils/list-view';
import './measures.css';

/** A titled notice above a view: what is special about what it shows, and what to do about it. */
function Notice({ color, title, children }: { color: 'warning' | 'info'; title: string; children: ReactNode }) {
  return (
    <Alert data-color={color} className="notice">
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      {children}
    </Alert>
  );
}

/** Says that the list shows an earlier date, and offers today's. */
export function AsOfNotice({ date, onLeave }: { date: IsoDate; onLeave: () => void }) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  return (
    <Notice color="info" title={t('list.asOf.title', { date: formatDate(date, language) })}>
      <Paragraph>{t('list.asOf.body')}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onLeave}>
        {t('list.asOf.leave')}
      </Button>
    </Notice>
  );
}

/** What in the address could not be used, in words, and a way to drop it. */
export function ViewIssues({ issues, onFix }: { issues: readonly ViewIssue[]; onFix: () => void }) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  const param = (name: string) => t(`list.params.${name}`, { defaultValue: name });
  const describe = (issue: ViewIssue): string => {
    switch (issue.kind) {
      case 'unknown':
        return t('list.issues.unknown', { param: issue.param });
      case 'invalid':
        return t('list.issues.invalid', { value: issue.value, param: param(issue.param) });
      case 'repeated':
        return t('list.issues.repeated', { param: param(issue.param) });
      case 'range':
        return t('list.issues.range', { from: issue.from, to: issue.to });
      case 'future':
        return t('list.issues.future', { date: formatDate(issue.date, language) });
    }
  };
  return (
    <Notice color="warning" title={t('list.issues.title')}>
      <ul className="notice__list">
        {issues.map((issue, index) => (
          <li key={index}>{describe(issue)}</li>
        ))}
      </ul>
      <Paragraph>{t('list.issues.intro')}</Paragraph>
      <Button variant="secondary" data-size="sm" onClick={onFix}>
        {t('list.issues.fix')}
      </Button>
    </Notice>
  );
}
