import { Link, Paragraph } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { AnalysisControls } from '@/features/analysis/components/analysis-controls';
import { AnalysisView } from '@/features/analysis/components/analysis-view';
import { analysisHref, readAnalysisParams } from '@/features/analysis/utils/analysis-params';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { today as clockToday } from '@/lib/clock';
import { useMeasureScope } from '@/lib/measures/get-measure-scope';
import { measureScope } from '@/lib/measures/measure-keys';

/**
 * The analysis, for researchers: planned year against actual year per measure, slippage and the
 * share on time by area, and the plans side by side, for all plans or those in `?plan=` (repeatable), today or
 * on an earlier date (`?asOf=`).
 */
export function AnalysisRoute() {
  const { t } = useTranslation('analysis');
  const [search] = useSearchParams();
  const plans = usePlans();
  const params = readAnalysisParams(search, plans.data?.map((plan) => plan.id), clockToday());
  const query = combineQueries([useMeasureScope(measureScope(params.plans, params.asOf)), plans, useAreas()]);

  return (
    <div className="page analysis">
      <PageHeader title={t('title')} intro={t('intro')}>
        <Paragraph data-size="sm">
          <Link asChild>
            <RouterLink to="/data">{t('openData')}</RouterLink>
          </Link>
        </Paragraph>
      </PageHeader>
      {plans.data && <AnalysisControls params={params} plans={plans.data} />}
      <QueryState query={query}>
        {([set, allPlans, areas]) => (
          <AnalysisView
            data={{
              measures: set.items,
              plans: params.plans.length === 0 ? allPlans : allPlans.filter((plan) => params.plans.includes(plan.id)),
              areas,
              today: set.today,
              meta: { exportedOn: clockToday(), judgedOn: set.today, plans: params.plans, link: `${window.location.origin}${analysisHref(params.plans, params.asOf)}` },
              synthetic: set.items.some((measure) => measure.synthetic),
            }}
          />
        )}
      </QueryState>
    </div>
  );
}
