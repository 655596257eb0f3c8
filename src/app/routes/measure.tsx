import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import { combineQueries } from '@/components/ui/query-like';
import { useFrame } from '@/components/layouts/frame-context';
import { LoadingLine, QueryState } from '@/components/ui/query-state';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { isApiError } from '@/lib/api-client';
import { useMeasure } from '@/lib/measures/get-measure';
import { EditMeasure } from '@/features/editing/components/edit-measure';
import { MeasureDetail } from '@/features/measures/components/measure-detail';
import { MeasureHeading } from '@/features/measures/components/measure-heading';
import { measureIdentityFrom } from '@/domain/frame-subject';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { today } from '@/lib/clock';
import { useLocalized } from '@/lib/use-localized';

/** The list view the user came from (passed by the list's links), so that "back" returns to it. */
function listSearchFrom(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('listSearch' in state)) return '';
  const { listSearch } = state;
  return typeof listSearch === 'string' && listSearch.startsWith('?') ? listSearch : '';
}

export function MeasureRoute() {
  const { id = '' } = useParams();
  const state: unknown = useLocation().state;
  const { t } = useTranslation('measures');
  const pick = useLocalized();
  const measure = useMeasure(id);
  // What the page's frame knew about the measure (its number, plan and title), shown until the data is here.
  const identity = measureIdentityFrom(useFrame().subject, id);
  const title = measure.data?.title ?? identity?.title;
  useDocumentTitle(title ? pick(title).value : t('list.title'));
  const plans = usePlans();
  const data = combineQueries([measure, useAreas(), plans]);
  // A page that failed still has its heading: the measure's, as far as it is known, or that it could not be shown.
  const failed = data.isError && !(isApiError(data.error) && data.error.isNotFound);
  const known = measure.data
    ? { number: measure.data.number, plan: plans.data?.find((plan) => plan.id === measure.data.planId)?.reference ?? measure.data.planId, title: measure.data.title }
    : identity && { number: identity.number, plan: identity.planReference, title: identity.title };
  return (
    <div className="page">
      <nav aria-label={t('detail.breadcrumb')} className="breadcrumbs">
        <Link asChild>
          <RouterLink to={`/tiltak${listSearchFrom(state)}`}>← {t('detail.back')}</RouterLink>
        </Link>
      </nav>
      {failed && (
        <header className="measure-detail__header">
          {known ? (
            <MeasureHeading number={known.number} plan={known.plan} title={known.title} />
          ) : (
            <Heading level={1} data-size="lg">
              {t('detail.failedTitle')}
            </Heading>
          )}
        </header>
      )}
      <QueryState
        query={data}
        pending={
          identity && (
            <article className="measure-detail">
              <header className="measure-detail__header">
                <MeasureHeading number={identity.number} plan={identity.planReference} title={identity.title} />
              </header>
              <LoadingLine />
            </article>
          )
        }
        notFound={
          <>
            <Heading level={1} data-size="lg">
              {t('detail.notFoundTitle')}
            </Heading>
            <Paragraph>{t('detail.notFoundBody', { id })}</Paragraph>
          </>
        }
      >
        {([found, areas, plans]) => (
          <MeasureDetail
            measure={found}
            area={areas.find((area) => area.id === found.areaId)}
            plans={new Map(plans.map((plan) => [plan.id, plan]))}
            today={today()}
            actions={<EditMeasure measure={found} plan={plans.find((plan) => plan.id === found.planId)} />}
          />
        )}
      </QueryState>
    </div>
  );
}
