import { Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Fact } from '@/components/ui/facts';
import { Localized } from '@/components/ui/localized';
import { ObligationCard } from '@/components/ui/obligation-card';
import { StatusTag } from '@/components/ui/status-tag';
import type { MunicipalDutyItem } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import { dutyAnchor } from '../utils/duties-params';
import { dutySources, type DutyGroup } from '../utils/duty-rows';

interface DutyItemProps {
  duty: MunicipalDutyItem;
  group: DutyGroup;
  plans: ReadonlyMap<string, Plan>;
}

/**
 * One duty, as a compact card the summary at the top links to: what it requires, in plain words, on what legal
 * basis, since or from when, the measures it comes from and their sources (on paper, a row of the checklist).
 */
export function DutyItem({ duty, group, plans }: DutyItemProps) {
  const { t } = useTranslation('municipality');
  const precision = duty.obligation.inForce.precision;
  return (
    <ObligationCard
      obligation={duty.obligation}
      className="duty"
      id={dutyAnchor(duty.obligation.id)}
      compact
      inForceLabel={group === 'in_force' ? t('duties.duty.inForceSince') : undefined}
      inForceNote={duty.uncertain && precision !== 'day' && <span className="duty__uncertain"> {t(`duties.duty.uncertain_${precision}`)}</span>}
      verification="doubtful"
      sources={dutySources(duty)}
    >
      <Fact label={t('duties.duty.measures')}>
        <ul className="duty__measures">
          {duty.measures.map((measure) => (
            <li key={measure.id}>
              <Link asChild>
                <RouterLink to={`/tiltak/${measure.id}`}>
                  {t('duties.duty.measure', { plan: plans.get(measure.planId)?.reference ?? measure.planId, number: measure.number })}
                </RouterLink>
              </Link>
              : <Localized text={measure.title} /> <StatusTag status={measure.status} />
            </li>
          ))}
        </ul>
      </Fact>
    </ObligationCard>
  );
}
