import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Section } from '@/components/ui/section';
import { isMockingEnabled } from '@/lib/env';
import { storedItems } from '../utils/browser-storage';
import './about.css';

const DEADLINE_KINDS = ['by', 'from', 'earliest', 'until'] as const;
const VERIFICATIONS = ['verified', 'partial', 'unverified'] as const;

/**
 * /om: what the service is, where its facts come from and who keeps them, how statuses and dates are set, what the
 * verification marks mean, where the data is, and everything the app stores in the browser (from the code:
 * utils/browser-storage.ts).
 */
export function AboutView({ datasetVersion }: { datasetVersion: string }) {
  const { t } = useTranslation('about');
  const mocking = isMockingEnabled();
  return (
    <div className="about-text">
      <Section title={t('about.what.title')}>
        <Paragraph>{t('about.what.text')}</Paragraph>
        <Paragraph>{t('about.what.users')}</Paragraph>
      </Section>

      <Section title={t('about.sources.title')}>
        <Paragraph>{t('about.sources.plans')}</Paragraph>
        <Paragraph>{t('about.sources.outcomes')}</Paragraph>
        <Paragraph>{t('about.sources.each')}</Paragraph>
        <Paragraph>
          {t('about.sources.openData')}{' '}
          <Link asChild>
            <RouterLink to="/data">{t('about.sources.openDataLink')}</RouterLink>
          </Link>
        </Paragraph>
      </Section>

      <Section title={t('about.registered.title')} id="registrerte-planer">
        <Paragraph>{t('about.registered.plans')}</Paragraph>
        <Paragraph>{t('about.registered.withoutMeasures')}</Paragraph>
        <Paragraph>{t('about.registered.partly')}</Paragraph>
        <Paragraph>{t('about.registered.newPlans')}</Paragraph>
      </Section>

      <Section title={t('about.maintained.title')}>
        <Paragraph>{t('about.maintained.dataset', { version: datasetVersion })}</Paragraph>
        <Paragraph>{t('about.maintained.history')}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/endringer">{t('about.maintained.changesLink')}</RouterLink>
          </Link>
        </Paragraph>
      </Section>

      <Section title={t('about.status.title')}>
        <Paragraph>{t('about.status.statuses')}</Paragraph>
        <Paragraph>{t('about.status.dates')}</Paragraph>
        <Paragraph>{t('about.status.deadlinesIntro')}</Paragraph>
        <ul className="about-list">
          {DEADLINE_KINDS.map((kind) => (
            <li key={kind}>{t(`about.status.${kind}`)}</li>
          ))}
        </ul>
        <Paragraph>{t('about.status.overdue')}</Paragraph>
        <Paragraph>{t('about.status.targetYear')}</Paragraph>
        <Paragraph>
          <Link asChild>
            <RouterLink to="/analyse">{t('about.status.analysisLink')}</RouterLink>
          </Link>
        </Paragraph>
      </Section>

      <Section title={t('about.verification.title')}>
        <Paragraph>{t('about.verification.intro')}</Paragraph>
        <ul className="about-list">
          {VERIFICATIONS.map((level) => (
            <li key={level}>
              <strong>{t(`verification.${level}`, { ns: 'common' })}</strong>: {t(`about.verification.${level}`)}
            </li>
          ))}
        </ul>
        <Paragraph>{t('about.verification.weakest')}</Paragraph>
      </Section>

      <Section title={t('about.api.title')}>
        {mocking ? (
          <>
            <Paragraph>{t('about.api.mock')}</Paragraph>
            <Paragraph>{t('about.api.backend')}</Paragraph>
          </>
        ) : (
          <Paragraph>{t('about.api.thisBuildBackend')}</Paragraph>
        )}
      </Section>

      <Section title={t('about.storage.title')}>
        <Paragraph>{t('about.storage.intro')}</Paragraph>
        <ul className="about-storage" aria-label={t('about.storage.caption')}>
          {storedItems(mocking).map((item) => (
            <li key={item.id} data-storage-item={item.id}>
              <p className="about-storage__keys">
                {item.keys.map((key) => (
                  <code key={key}>{key}</code>
                ))}
              </p>
              <Paragraph>{t(`about.storage.items.${item.id}`)}</Paragraph>
              <Paragraph data-size="sm" className="about-storage__where">
                {t(`about.storage.area.${item.area}`)}
                {item.scope === 'demo' && `, ${t('about.storage.demoOnly')}`}
              </Paragraph>
            </li>
          ))}
        </ul>
        <Paragraph>{t('about.storage.noCookies')}</Paragraph>
        <Paragraph>{t('about.storage.clear')}</Paragraph>
      </Section>

      <Paragraph>
        {t('about.accessibility')}{' '}
        <Link asChild>
          <RouterLink to="/tilgjengelighet">{t('about.accessibilityLink')}</RouterLink>
        </Link>
      </Paragraph>
    </div>
  );
}
