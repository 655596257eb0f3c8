import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { Area } from '@/domain/area';
import type { IsoDate } from '@/domain/date-point';
import type { Measure } from '@/domain/measure';
import { statusSince } from '@/domain/measure-summary';
import { isOverdue } from '@/domain/overdue';
import type { Plan } from '@/domain/plan';
import { DeadlineText } from '@/components/ui/deadline-text';
import { Localized } from '@/components/ui/localized';
import { OverdueTag } from '@/components/ui/overdue-tag';
import { StatusTag } from '@/components/ui/status-tag';
import { VerificationTag } from '@/components/ui/verification-tag';
import { formatDatePoint } from '@/lib/format';
import { useLanguage, useLocalized } from '@/lib/use-localized';
import { MeasureHistory } from './measure-history';
import { MeasureObligations } from './measure-obligations';
import { MeasureSources } from './measure-sources';

interface MeasureDetailProps {
  measure: Measure;
  plan: Plan | undefined;
  area: Area | undefined;
  today: IsoDate;
}

export function MeasureDetail({ measure, plan, area, today }: MeasureDetailProps) {
  const { t } = useTranslation(['measures', 'common']);
  const language = useLanguage();
  const pick = useLocalized();
  const title = pick(measure.title);
  const deadlineMoved = JSON.stringify(measure.deadline) !== JSON.stringify(measure.originalDeadline);
  return (
    <article className="measure-detail">
      <header className="measure-detail__header">
        <Paragraph data-size="sm" className="eyebrow">
          {t('detail.numberInPlan', { number: measure.number, plan: plan?.reference ?? measure.planId })}
        </Paragraph>
        <Heading level={1} data-size="lg" lang={title.isFallback ? title.language : undefined}>
          {title.value}
        </Heading>
        {title.isFallback && <Paragraph data-size="xs">{t('detail.translated')}</Paragraph>}
        <div className="tag-row">
          <StatusTag status={measure.status} />
          {isOverdue(measure, today) && <OverdueTag />}
          <VerificationTag verified={measure.verified} />
        </div>
      </header>

      <section aria-labelledby="facts-heading" className="measure-section">
        <Heading level={2} data-size="sm" id="facts-heading">
          {t('detail.facts')}
        </Heading>
        <dl className="facts">
          <div>
            <dt>{t('detail.description')}</dt>
            <dd>
              <Localized text={measure.description} />
            </dd>
          </div>
          <div>
            <dt>{t('detail.area')}</dt>
            <dd>
              {area ? <Localized text={area.name} /> : measure.areaId}
              {measure.topic && (
                <>
                  {' – '}
                  <Localized text={measure.topic} />
                </>
              )}
            </dd>
          </div>
          <div>
            <dt>{t('detail.responsible')}</dt>
            <dd lang="nb">{measure.responsible}</dd>
          </div>
          <div>
            <dt>{t('detail.instrument')}</dt>
            <dd>{t(`common:instrument.${measure.instrument}`)}</dd>
          </div>
          <div>
            <dt>{t('detail.deadline')}</dt>
            <dd>
              <DeadlineText deadline={measure.originalDeadline} />
            </dd>
          </div>
          {deadlineMoved && (
            <div>
              <dt>{t('detail.currentDeadline')}</dt>
              <dd>
                <DeadlineText deadline={measure.deadline} />
              </dd>
            </div>
          )}
          <div>
            <dt>{t('detail.status')}</dt>
            <dd>
              {t(`common:status.${measure.status}`)}, {t('detail.statusSince', { date: formatDatePoint(statusSince(measure), language) })}
            </dd>
          </div>
          {measure.status === 'completed' && (
            <div>
              <dt>{t('detail.completedOn')}</dt>
              <dd>{measure.completedOn ? formatDatePoint(measure.completedOn, language) : t('detail.dateUnknown')}</dd>
            </div>
          )}
        </dl>
      </section>

      <section aria-labelledby="outcome-heading" className="measure-section">
        <Heading level={2} data-size="sm" id="outcome-heading">
          {t('detail.outcome')}
        </Heading>
        {measure.outcome ? (
          <>
            <Paragraph>
              <Localized text={measure.outcome.summary} />
            </Paragraph>
            <dl className="facts facts--compact">
              {measure.outcome.implementedThrough && (
                <div>
                  <dt>{t('detail.implementedThrough')}</dt>
                  <dd lang="nb">{measure.outcome.implementedThrough}</dd>
                </div>
              )}
              <div>
                <dt>{t('detail.verified')}</dt>
                <dd>
                  <VerificationTag verified={measure.outcome.verified} />
                </dd>
              </div>
              {measure.outcome.note && (
                <div>
                  <dt>{t('detail.note')}</dt>
                  <dd>
                    <Localized text={measure.outcome.note} />
                  </dd>
                </div>
              )}
            </dl>
          </>
        ) : (
          <Paragraph>{t('detail.outcomeNone')}</Paragraph>
        )}
      </section>

      <MeasureObligations obligations={measure.obligations} />
      <MeasureSources sources={measure.sources} />
      <MeasureHistory history={measure.history} />
    </article>
  );
}
