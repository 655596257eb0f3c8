import { Button, Checkbox, Details, Fieldset, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { Plan } from '@/domain/plan';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { analysisHref, type AnalysisParams } from '../utils/analysis-params';

/** The plans to analyse (one, several or all) and the date, kept in the address so that the view can be shared. */
export function AnalysisControls({ params, plans }: { params: AnalysisParams; plans: readonly Plan[] }) {
  const { t } = useTranslation('analysis');
  const navigate = useNavigate();
  const language = useLanguage();
  const chosen = params.plans;
  const go = (next: readonly string[]) => void navigate(analysisHref(plans.filter((plan) => next.includes(plan.id)).map((plan) => plan.id), params.asOf));
  return (
    <div className="analysis-controls">
      <Details className="analysis-plans">
        <Details.Summary>
          {t('filter.title')}: {chosen.length === 0 ? t('filter.all') : t('filter.chosen', { count: chosen.length })}
        </Details.Summary>
        <Details.Content>
          <Fieldset data-size="sm" className="analysis-plans__group">
            <Fieldset.Legend>{t('filter.legend')}</Fieldset.Legend>
            <Fieldset.Description>{t('filter.help')}</Fieldset.Description>
            {plans.map((plan) => (
              <Checkbox
                key={plan.id}
                label={plan.reference}
                value={plan.id}
                checked={chosen.includes(plan.id)}
                onChange={(event) => go(event.target.checked ? [...chosen, plan.id] : chosen.filter((id) => id !== plan.id))}
              />
            ))}
          </Fieldset>
          {chosen.length > 0 && (
            <Button variant="tertiary" data-size="sm" onClick={() => go([])}>
              {t('filter.reset')}
            </Button>
          )}
        </Details.Content>
      </Details>
      {params.asOf !== undefined && (
        <Paragraph data-size="sm" className="analysis-controls__as-of">
          {t('asOf.notice', { date: formatDate(params.asOf, language) })}{' '}
          <Link asChild>
            <RouterLink to={analysisHref(chosen)}>{t('asOf.leave')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {params.badAsOf !== undefined && (
        <Paragraph role="status" data-size="sm" className="analysis-controls__problem">
          {t('asOf.bad', { value: params.badAsOf })}
        </Paragraph>
      )}
      {params.unknownPlans.length > 0 && (
        <Paragraph role="status" data-size="sm" className="analysis-controls__problem">
          {t('filter.unknown', { plans: params.unknownPlans.join(', '), count: params.unknownPlans.length })}
        </Paragraph>
      )}
    </div>
  );
}
