import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { PlanGoals } from '@/components/ui/plan-extent';
import { PrintButton } from '@/components/ui/print-button';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { useSummary } from '@/features/overview/api/get-summary';
import { AsOfNote } from '@/features/overview/components/as-of-note';
import { DateProblems } from '@/features/overview/components/date-problems';
import { KeyFigures } from '@/features/overview/components/key-figures';
import { OverviewControls } from '@/features/overview/components/overview-controls';
import { OverviewPrintHeader } from '@/features/overview/components/print-header';
import { earliestPlanDay } from '@/domain/date-params';
import { planGoals } from '@/domain/plan-extent';
import { readOverviewParams } from '@/features/overview/utils/overview-params';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { today as clockToday } from '@/lib/clock';
import { formatDate } from '@/lib/format';
import { useMeasureScope } from '@/lib/measures/get-measure-scope';
import { measureScope } from '@/lib/measures/measure-keys';
import { useLanguage } from '@/lib/use-localized';

const ComparisonSection = lazy(() =>
  import('@/features/overview/components/comparison-section').then((module) => ({ default: module.ComparisonSection })),
);
// The chart panels come as one chunk after the figures (see chart-sections.ts), the charts after them.
const loadChartSections = () => import('@/features/overview/components/chart-sections');
const AreaProgressSection = lazy(() => loadChartSections().then((module) => ({ default: module.AreaProgressSection })));
const DeadlineSection = lazy(() => loadChartSections().then((module) => ({ default: module.DeadlineSection })));
const BurnUpSection = lazy(() => loadChartSections().then((module) => ({ default: module.BurnUpSection })));
const BriefingSection = lazy(() => loadChartSections().then((module) => ({ default: module.BriefingSection })));
const CountingNote = lazy(() => loadChartSections().then((module) => ({ default: module.OverviewCountingNote })));
const EmbedTool = lazy(() => loadChartSections().then((module) => ({ default: module.EmbedTool })));

/**
 * The overview: key figures, progress by area, deadlines and completed-against-targets, on today or
 * an earlier date (`?asOf=`), for all plans or one (`?plan=`), optionally against a second, earlier
 * date (`?compareTo=`).
 */
export function OverviewRoute() {
  const { t } = useTranslation('overview');
  const language = useLanguage();
  const [search] = useSearchParams();
  const today = clockToday();
  const plans = usePlans();
  const params = readOverviewParams(search, { today, ...(plans.data ? { plans: plans.data } : {}) });
  const scope = { plan: params.plan, asOf: params.asOf };
  const dateUsable = params.problems.asOf === undefined;
  const measuresInScope = measureScope(params.plan, params.asOf);

  const summary = combineQueries([useSummary(measuresInScope, dateUsable), useAreas(), plans]);
  const measures = combineQueries([useMeasureScope(measuresInScope, { enabled: dateUsable }), plans]);

  return (
    <div className="page overview">
      <PageHeader title={t('title')} intro={t('intro')} />
      <OverviewControls params={params} plans={plans.isError ? [] : plans.data} today={today} />
      <DateProblems params={params} today={today} earliest={plans.data ? earliestPlanDay(plans.data, params.plan) : null} />
      {dateUsable && (
        <>
          <QueryState query={summary}>
            {([data, areas, allPlans]) => (
              <>
                <OverviewPrintHeader plan={allPlans.find((plan) => plan.id === params.plan) ?? null} asOf={data.asOf} compareTo={params.compareTo} />
                <div className="page-status">
                  <AsOfNote summary={data} historical={params.asOf !== null && params.asOf !== today} plans={allPlans} />
                  <PrintButton label={t('print.button')} />
                </div>
                {/* The goals of the one plan shown, as goals: they are not in the figures. */}
                <PlanGoals goals={planGoals(allPlans.find((plan) => plan.id === params.plan) ?? {})} level={2} />
                <KeyFigures summary={data} scope={scope} />
                {/* Up front, in space kept for it while the measures and its code load, so that nothing below jumps. */}
                {measures.data ? (
                  <Suspense fallback={<SectionPlaceholder kind="briefing" />}>
                    <BriefingSection measures={measures.data[0].items} asOf={measures.data[0].today} plans={allPlans} scope={scope} />
                  </Suspense>
                ) : (
                  !measures.isError && <SectionPlaceholder kind="briefing" />
                )}
                {params.compareTo !== null && (
                  <Suspense fallback={null}>
                    <ComparisonSection from={params.compareTo} to={params.asOf} plan={params.plan} />
                  </Suspense>
                )}
                <Suspense fallback={<SectionPlaceholder />}>
                  <AreaProgressSection summary={data} areas={areas} scope={scope} tools={<EmbedTool chart="omraader" title={t('byArea.title')} scope={scope} />} />
                </Suspense>
              </>
            )}
          </QueryState>
          <QueryState query={measures}>
            {([set, allPlans]) => (
              <Suspense fallback={<SectionPlaceholder />}>
                <DeadlineSection measures={set.items} today={set.today} scope={scope} tools={<EmbedTool chart="frister" title={t('deadlines.title')} scope={scope} />} />
                <BurnUpSection measures={set.items} plans={allPlans} asOf={set.today} tools={<EmbedTool chart="fullfort-over-tid" title={t('burnUp.title')} scope={scope} />} />
                <CountingNote />
              </Suspense>
            )}
          </QueryState>
          <p className="print-only">{t('print.footer', { date: formatDate(params.asOf ?? today, language) })}</p>
        </>
      )}
    </div>
  );
}

/** Holds a chart panel's place while its code loads, so that the page does not jump. */
function SectionPlaceholder({ kind }: { kind?: 'briefing' }) {
  return <div className={`chart-panel chart-panel--placeholder${kind ? ` chart-panel--${kind}` : ''}`} aria-hidden="true" />;
}
