import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Area } from '@/domain/area';
import type { Measure, MeasureSummary } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { Localized } from '@/components/ui/localized';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { Section } from '@/components/ui/section';
import { StatusTag } from '@/components/ui/status-tag';
import { pickText } from '@/domain/localized-text';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import { measureQueryOptions } from '@/lib/measures/get-measure';
import { useMeasurePage } from '@/lib/measures/get-measure-page';
import { DEFAULT_VIEW, listViewToParams } from '../utils/list-view';

/** How many measures of the same area the page lists; the rest are a link away. */
const SAME_AREA_SHOWN = 8;

interface RelatedMeasuresProps {
  measure: Measure;
  area: Area | undefined;
  plans: ReadonlyMap<string, Plan>;
}

/** Other measures in the same area, and the measures in later plans that follow this one up. */
export function RelatedMeasures({ measure, area, plans }: RelatedMeasuresProps) {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  const sameArea = useMeasurePage({ area: [measure.areaId], pageSize: SAME_AREA_SHOWN + 1, sort: 'number' });
  const followUps = combineQueries(useQueries({ queries: measure.followedUpBy.map((id) => measureQueryOptions(id)) }));
  const areaName = area ? pickText(area.name, language).value : measure.areaId;
  const areaList = `/tiltak?${listViewToParams({ ...DEFAULT_VIEW, filters: { area: [measure.areaId] } }).toString()}`;

  return (
    <Section title={t('detail.related.title')}>
      <Heading level={3} data-size="2xs" className="related-heading">
        {t('detail.related.sameArea', { area: areaName })}
      </Heading>
      <QueryState query={sameArea}>
        {(page) => {
          const others = page.items.filter((item) => item.id !== measure.id).slice(0, SAME_AREA_SHOWN);
          if (others.length === 0) return <Paragraph>{t('detail.related.sameAreaNone')}</Paragraph>;
          // The measure itself is in its own area: the rest of the area is everything but it.
          return (
            <>
              <RelatedList measures={others} plans={plans} />
              {page.total - 1 > others.length && (
                <Paragraph>
                  <Link asChild>
                    <RouterLink to={areaList}>{t('detail.related.showAll', { count: page.total, number: formatNumber(page.total, language), area: areaName })}</RouterLink>
                  </Link>
                </Paragraph>
              )}
            </>
          );
        }}
      </QueryState>
      <Heading level={3} data-size="2xs" className="related-heading">
        {t('detail.related.followUps')}
      </Heading>
      {measure.followedUpBy.length === 0 ? (
        <Paragraph>{t('detail.related.followUpsNone')}</Paragraph>
      ) : (
        <QueryState query={followUps}>{(found) => <RelatedList measures={found} plans={plans} />}</QueryState>
      )}
    </Section>
  );
}

function RelatedList({ measures, plans }: { measures: readonly (Measure | MeasureSummary)[]; plans: ReadonlyMap<string, Plan> }) {
  const { t } = useTranslation('measures');
  return (
    <ul className="related-list">
      {measures.map((related) => (
        <li key={related.id} className="related-list__item">
          <Link asChild>
            <RouterLink to={`/tiltak/${related.id}`}>
              <Localized text={related.title} />
            </RouterLink>
          </Link>
          <span className="related-list__plan">
            {t('detail.numberInPlan', { number: related.number, plan: plans.get(related.planId)?.reference ?? related.planId })}
          </span>
          <StatusTag status={related.status} />
        </li>
      ))}
    </ul>
  );
}
