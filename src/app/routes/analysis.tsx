import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { useAnalysisMeasures } from '@/features/analysis/api/get-analysis-measures';
import { AnalysisControls } from '@/features/analysis/components/analysis-controls';
import { AnalysisView } from '@/features/analysis/components/analysis-view';
import { analysisHref, readAnalysisParams } from '@/features/analysis/utils/analysis-params';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { today as clockToday } from '@/lib/clock';

/**
 * The analysis, for researchers: planned year against actual year per measure, slippage and the
 * share on time by area, and the plans side by side, for all plans or those in `?plan=` (repeatable).
 */
export function AnalysisRoute() {
  const { t } = useTranslation('analysis');
  const [search] = useSearchParams();
  const plans = usePlans();
  const params = readAnalysisParams(search, plans.data?.map((plan) => plan.id));
  const query = combineQueries([useAnalysisMeasures({ plan: params.plans }), plans, useAreas()]);

  return (
    <div className="page analysis">
      <PageHeader title={t('title')} intro={t('intro')} />
      {plans.data && <AnalysisControls params={params} plans={plans.data} />}
      <QueryState query={query}>
        {([page, allPlans, areas]) => (
          <AnalysisView
            data={{
              measures: page.items,
              plans: params.plans.length === 0 ? allPlans : allPlans.filter((plan) => params.plans.includes(plan.id)),
              areas,
              today: page.today,
              meta: { exportedOn: clockToday(), judgedOn: page.today, plans: params.plans, link: `${window.location.origin}${analysisHref(params.plans)}` },
              synthetic: page.items.some((measure) => measure.synthetic),
            }}
            truncated={page.total > page.items.length ? { shown: page.items.length, total: page.total } : null}
          />
        )}
      </QueryState>
    </div>
  );
}
