import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePlans } from '@/lib/catalog/get-plans';
import { isMockingEnabled } from '@/lib/env';

/**
 * Says on every page, not only in the list, that what is shown is generated test data: the plans
 * the API serves say so themselves (`synthetic`), so this holds for a real backend too. With the
 * embedded mock it offers the way back: the mock reads `?dataset=real` when the page loads, so this
 * is a plain link (a full load), not an in-app one. A synthetic measure's page has no real
 * counterpart, so from there the way back leads to the list.
 */
export function SyntheticDataBanner() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const plans = usePlans();
  if (!plans.data?.some((plan) => plan.synthetic)) return null;
  const back = pathname.startsWith('/tiltak/') ? '/tiltak' : pathname;
  return (
    <Alert data-color="warning" className="synthetic-banner">
      <Heading level={2} data-size="xs">
        {t('synthetic.title')}
      </Heading>
      <Paragraph>{t('synthetic.body')}</Paragraph>
      {isMockingEnabled() && (
        <Paragraph>
          <a href={`${back}?dataset=real`}>{t('synthetic.back')}</a>
        </Paragraph>
      )}
    </Alert>
  );
}
