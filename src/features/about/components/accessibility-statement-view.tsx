import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Section } from '@/components/ui/section';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import {
  ACCESSIBILITY_CHECKS,
  ACCESSIBILITY_GAPS,
  CONFORMANCE_STATUS,
  CRITERIA,
  STATEMENT_CREATED,
  STATEMENT_REVIEWED,
  UUTILSYNET_URL,
  type AccessibilityGap,
} from '../utils/accessibility-statement';
import './about.css';

/**
 * /tilgjengelighet: the accessibility statement, in the order of Uutilsynet's form: the solution, its status, what
 * is tested, what does not conform or is not tested, feedback, the right to complain, and the dates. Its content
 * is data (utils/accessibility-statement.ts), so that a test can hold it to the tests it names.
 */
export function AccessibilityStatementView({ datasetVersion }: { datasetVersion: string }) {
  const { t } = useTranslation('about');
  const language = useLanguage();
  return (
    <div className="about-text">
      <Section title={t('accessibility.solution.title')}>
        <Paragraph>{t('accessibility.solution.text')}</Paragraph>
      </Section>

      <Section title={t('accessibility.status.title')}>
        <Paragraph data-conformance={CONFORMANCE_STATUS}>
          <strong>{t(`accessibility.status.${CONFORMANCE_STATUS}`)}</strong>
        </Paragraph>
        <Paragraph>{t('accessibility.status.basis')}</Paragraph>
      </Section>

      <Section title={t('accessibility.gaps.title')}>
        <ul className="about-storage" aria-label={t('accessibility.gaps.caption')}>
          {ACCESSIBILITY_GAPS.map((gap) => (
            <li key={gap.id} data-gap={gap.id}>
              <p className="about-storage__keys">
                {t(`accessibility.gaps.kind.${gap.kind}`)}: <CriteriaNames gap={gap} />
              </p>
              <Paragraph>{t(`accessibility.gaps.${gap.id}`)}</Paragraph>
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t('accessibility.checks.title')}>
        <Paragraph>{t('accessibility.checks.intro')}</Paragraph>
        <ul className="about-list">
          {ACCESSIBILITY_CHECKS.map((check) => (
            <li key={check.id} data-check={check.id}>
              {t(`accessibility.checks.${check.id}`)}
            </li>
          ))}
        </ul>
      </Section>

      <Section title={t('accessibility.feedback.title')}>
        <Paragraph>{t('accessibility.feedback.text')}</Paragraph>
      </Section>

      <Section title={t('accessibility.complain.title')}>
        <Paragraph>
          {t('accessibility.complain.text')} <Link href={UUTILSYNET_URL}>www.uutilsynet.no</Link>
        </Paragraph>
      </Section>

      <Section title={t('accessibility.dates.title')}>
        <Paragraph>{t('accessibility.dates.created', { date: formatDate(STATEMENT_CREATED, language) })}</Paragraph>
        <Paragraph>{t('accessibility.dates.reviewed', { date: formatDate(STATEMENT_REVIEWED, language) })}</Paragraph>
        <Paragraph>{t('accessibility.dates.tests', { version: datasetVersion })}</Paragraph>
      </Section>

      <Paragraph>
        <Link asChild>
          <RouterLink to="/om">{t('accessibility.aboutLink')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}

function CriteriaNames({ gap }: { gap: AccessibilityGap }) {
  const { t } = useTranslation('about');
  if (gap.criteria.length === 0) return <>{t('accessibility.gaps.regulation')}</>;
  return <>{gap.criteria.map((number) => t('accessibility.criterion', { number, name: t(`accessibility.criteria.${CRITERIA[number]}`) })).join('; ')}</>;
}
