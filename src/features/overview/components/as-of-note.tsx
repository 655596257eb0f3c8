import { Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Summary } from '@/domain/api-contract';
import type { Plan } from '@/domain/plan';
import { Localized } from '@/components/ui/localized';
import { PlanExtentText } from '@/components/ui/plan-extent';
import { planExtent } from '@/domain/plan-extent';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

interface AsOfNoteProps {
  summary: Summary;
  /** True when the page shows an earlier date than today. */
  historical: boolean;
  /** The plans the figures cover. */
  plans: readonly Plan[];
}

/**
 * The date the figures describe (announced when it changes, and printed with the page), which plan
 * they cover, and whether the replay of an earlier date rests on changes known only to a year or month.
 */
export function AsOfNote({ summary, historical, plans }: AsOfNoteProps) {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const date = formatDate(summary.asOf, language);
  const shown = plans.filter((plan) => summary.planIds.includes(plan.id));
  // «5 av 17 tiltak er registrert», when the one plan shown is known only in part.
  const extent = shown.length === 1 && shown[0] ? planExtent(shown[0], summary.totals.total) : null;
  return (
    <div className="as-of-note">
      <Paragraph role="status" className="as-of-note__date">
        {t('asOf', { date })}
      </Paragraph>
      {shown.length === 1 && shown[0] && (
        <Paragraph data-size="sm" className="as-of-note__plan">
          {t('plan.shown', { plan: shown[0].reference })} <Localized text={shown[0].title} />
          {extent && (
            <>
              {'. '}
              <PlanExtentText extent={extent} />
            </>
          )}
        </Paragraph>
      )}
      {historical && <Paragraph data-size="sm">{t('historical', { date })}</Paragraph>}
      {summary.uncertain > 0 && <Paragraph data-size="sm">{t('uncertain', { count: summary.uncertain })}</Paragraph>}
    </div>
  );
}
