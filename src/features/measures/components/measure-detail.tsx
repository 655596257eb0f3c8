import { Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';
import type { Area } from '@/domain/area';
import type { IsoDate } from '@/domain/date-point';
import type { Measure } from '@/domain/measure';
import { statusSince } from '@/domain/measure-summary';
import { isOverdue } from '@/domain/overdue';
import type { Plan } from '@/domain/plan';
import { deadlineMoves, slippage } from '@/domain/slippage';
import { DeadlineText } from '@/components/ui/deadline-text';
import { Fact, Facts } from '@/components/ui/facts';
import { FeedLink } from '@/components/ui/feed-link';
import { feedPaths } from '@/components/ui/feed-link-target';
import { Localized } from '@/components/ui/localized';
import { OverdueTag } from '@/components/ui/overdue-tag';
import { Section } from '@/components/ui/section';
import { StatusTag } from '@/components/ui/status-tag';
import { VerificationTag } from '@/components/ui/verification-tag';
import { formatDatePoint } from '@/lib/format';
import { useLanguage, useLocalized } from '@/lib/use-localized';
import { slippageSentence } from '../utils/slippage-text';
import { MeasureHeading } from './measure-heading';
import { MeasureHistory } from './measure-history';
import { MeasureObligations } from './measure-obligations';
import { MeasureSources } from './measure-sources';
import { MeasureTools } from './measure-tools';
import { RelatedMeasures } from './related-measures';
import './measures.css';

// Its own file, as on the other pages that cite their view: shared, it would load on every page.
const CiteView = lazy(() => import('@/components/ui/cite-view').then((module) => ({ default: module.CiteView })));

interface MeasureDetailProps {
  measure: Measure;
  plans: ReadonlyMap<string, Plan>;
  area: Area | undefined;
  today: IsoDate;
  /** Shown right under the heading, e.g. the editing controls for editors. */
  actions?: ReactNode;
}

export function MeasureDetail({ measure, plans, area, today, actions }: MeasureDetailProps) {
  const { t } = useTranslation(['measures', 'common']);
  const language = useLanguage();
  const plan = plans.get(measure.planId);
  const moves = deadlineMoves(measure);
  const planned = slippageSentence(slippage(measure, today));
  const pick = useLocalized();
  const address = `${window.location.origin}${useHref(`/tiltak/${measure.id}`)}`;
  return (
    <article className="measure-detail">
      <header className="measure-detail__header">
        <MeasureHeading number={measure.number} plan={plan?.reference ?? measure.planId} title={measure.title} />
        <div className="tag-row">
          <StatusTag status={measure.status} />
          {isOverdue(measure, today) && <OverdueTag />}
          <VerificationTag verified={measure.verified} />
        </div>
        <MeasureTools id={measure.id} />
        <FeedLink path={feedPaths.measure(measure.id)} title={t('detail.feed', { number: measure.number, plan: plan?.reference ?? measure.planId })} />
      </header>

      {actions}

      <Section title={t('detail.facts')}>
        <Facts>
          <Fact label={t('detail.description')}>
            <Localized text={measure.description} />
          </Fact>
          <Fact label={t('detail.area')}>
            {area ? <Localized text={area.name} /> : measure.areaId}
            {measure.topic && (
              <>
                {' – '}
                <Localized text={measure.topic} />
              </>
            )}
          </Fact>
          <Fact label={t('detail.responsible')}>
            <Localized text={measure.responsible} />
          </Fact>
          <Fact label={t('detail.instrument')}>{t(`common:instrument.${measure.instrument}`)}</Fact>
          <Fact label={t('detail.deadline')}>
            <DeadlineText deadline={measure.originalDeadline} />
          </Fact>
          <Fact label={t('detail.currentDeadline')}>
            <DeadlineText deadline={measure.deadline} />
          </Fact>
          <Fact label={t('detail.deadlineMoved')}>
            {moves === 0 ? t('detail.deadlineNotMoved') : t('detail.deadlineMovedTimes', { count: moves })}
          </Fact>
          <Fact label={t('detail.slippage.label')}>{t(`detail.slippage.${planned.key}`, planned.values)}</Fact>
          <Fact label={t('detail.status')}>
            {t(`common:status.${measure.status}`)}, {t('detail.statusSince', { date: formatDatePoint(statusSince(measure), language) })}
          </Fact>
          {measure.status === 'completed' && (
            <Fact label={t('detail.completedOn')}>
              {measure.completedOn ? formatDatePoint(measure.completedOn, language) : t('detail.dateUnknown')}
            </Fact>
          )}
        </Facts>
      </Section>

      <Section title={t('detail.outcome')}>
        {measure.outcome ? (
          <>
            <Paragraph>
              <Localized text={measure.outcome.summary} />
            </Paragraph>
            <Facts compact>
              {measure.outcome.implementedThrough && (
                <Fact label={t('detail.implementedThrough')} lang="nb">
                  {measure.outcome.implementedThrough}
                </Fact>
              )}
              <Fact label={t('common:verification.label')}>
                <VerificationTag verified={measure.outcome.verified} />
              </Fact>
              {measure.outcome.note && (
                <Fact label={t('detail.note')}>
                  <Localized text={measure.outcome.note} />
                </Fact>
              )}
            </Facts>
          </>
        ) : (
          <Paragraph>{t('detail.outcomeNone')}</Paragraph>
        )}
      </Section>

      <MeasureObligations obligations={measure.obligations} />
      <MeasureSources sources={measure.sources} />
      <MeasureHistory history={measure.history} />
      <RelatedMeasures measure={measure} area={area} plans={plans} />
      {/*
       * The measure's page has no earlier dates: the citation names the version (its history says how it got there).
       * Last on the page: it loads after the rest, and moves nothing when it comes.
       */}
      <Suspense fallback={null}>
        <CiteView
          view={t('detail.citeView', { number: measure.number, plan: plan?.reference ?? measure.planId, title: pick(measure.title).value, version: measure.version })}
          address={address}
          date={today}
          fixDate={false}
        />
      </Suspense>
    </article>
  );
}
