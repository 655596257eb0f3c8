import { Card, Heading, Link } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { Fact, Facts } from '@/components/ui/facts';
import { Localized } from '@/components/ui/localized';
import { StatusTag } from '@/components/ui/status-tag';
import { VerificationTag } from '@/components/ui/verification-tag';
import type { MunicipalDutyItem } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import { formatDatePoint } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import type { DutyGroup } from '../utils/duty-rows';

interface DutyItemProps {
  duty: MunicipalDutyItem;
  group: DutyGroup;
  plans: ReadonlyMap<string, Plan>;
}

/** One duty: what it requires, in plain words, on what legal basis, since or from when, and where it comes from. */
export function DutyItem({ duty, group, plans }: DutyItemProps) {
  const { t } = useTranslation('municipality');
  const language = useLanguage();
  const { obligation } = duty;
  const sources = duty.measures.flatMap((measure) => measure.sources);
  const precision = obligation.inForce.precision;
  return (
    <Card data-color="neutral" className="duty">
      <span className="duty__check" aria-hidden="true" />
      <div className="duty__body">
        <Heading level={3} data-size="2xs">
          <Localized text={obligation.plainLanguage} />
        </Heading>
        <Facts compact>
          <Fact label={t('duties.duty.requires')}>
            <Localized text={obligation.requires} />
          </Fact>
          <Fact label={t('duties.duty.legalBasis')} lang="nb">
            {obligation.legalReference}
          </Fact>
          <Fact label={t(group === 'in_force' ? 'duties.duty.inForceSince' : 'duties.duty.comingFrom')}>
            <time dateTime={obligation.inForce.date}>{formatDatePoint(obligation.inForce, language)}</time>
            {duty.uncertain && precision !== 'day' && <span className="duty__uncertain"> {t(`duties.duty.uncertain_${precision}`)}</span>}
          </Fact>
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
          {obligation.verified !== 'verified' && (
            <Fact label={t('duties.duty.verified')}>
              <VerificationTag verified={obligation.verified} />
            </Fact>
          )}
          {obligation.note && (
            <Fact label={t('duties.duty.note')}>
              <Localized text={obligation.note} />
            </Fact>
          )}
          {sources.length > 0 && (
            <Fact label={t('duties.duty.sources')}>
              <ul className="duty__sources">
                {[...new Map(sources.map((source) => [source.url ?? source.title, source])).values()].map((source) => (
                  <li key={source.url ?? source.title} lang="nb">
                    {source.url === null ? source.title : <Link href={source.url}>{source.title}</Link>}
                  </li>
                ))}
              </ul>
            </Fact>
          )}
        </Facts>
      </div>
    </Card>
  );
}
