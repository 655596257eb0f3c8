import { Heading } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PlanExtent, PlanGoal } from '@/domain/plan-extent';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { Localized } from './localized';
import { SourceLink } from './source-link';

/** «5 av 17 tiltak er registrert», with the source that gives the plan's number of measures. */
export function PlanExtentText({ extent }: { extent: PlanExtent }) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  return (
    <span className="plan-extent" data-plan-extent="">
      {t('plan.extent', { count: extent.total, registered: formatNumber(extent.registered, language), total: formatNumber(extent.total, language) })}{' '}
      ({t('plan.source')} <SourceLink source={extent.source} />)
    </span>
  );
}

interface PlanGoalsProps {
  goals: readonly PlanGoal[];
  /** The heading's level in the page around it. */
  level?: 2 | 3 | 4;
}

/** A plan's goals under the heading «Mål», each with its source; they are goals, not measures. */
export function PlanGoals({ goals, level = 3 }: PlanGoalsProps) {
  const { t } = useTranslation('common');
  if (goals.length === 0) return null;
  return (
    <div className="plan-goals">
      <Heading level={level} data-size="2xs">
        {t('plan.goals')}
      </Heading>
      <ul>
        {goals.map((goal) => (
          <li key={goal.text.nb}>
            <Localized text={goal.text} /> ({t('plan.source')} <SourceLink source={goal.source} />)
          </li>
        ))}
      </ul>
    </div>
  );
}
