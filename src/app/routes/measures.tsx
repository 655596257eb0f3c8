import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/layouts/page-header';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { RegisteredPlanNotice } from '@/components/ui/registered-plan-notice';
import { useMeasureScope } from '@/lib/measures/get-measure-scope';
import { measureScope } from '@/lib/measures/measure-keys';
import { AsOfNotice, ViewIssues } from '@/features/measures/components/list-notices';
import { MeasureExplorer } from '@/features/measures/components/measure-explorer';
import { useListView } from '@/features/measures/hooks/use-list-view';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { formatDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';

/** Every measure, searched, filtered and sorted as the address says (issue 5). */
export function MeasuresRoute() {
  const { t } = useTranslation('measures');
  const language = useLanguage();
  const listView = useListView();
  const { view, issues, update } = listView;
  const data = combineQueries([useMeasureScope(measureScope(null, view.asOf)), useAreas(), usePlans()]);
  return (
    <div className="page">
      <PageHeader title={t('list.title')} intro={t('list.intro')} />
      <RegisteredPlanNotice />
      {issues.length > 0 && <ViewIssues issues={issues} onFix={() => update((current) => current, { replace: true })} />}
      {view.asOf !== undefined && <AsOfNotice date={view.asOf} onLeave={() => update((current) => ({ ...current, asOf: undefined }))} />}
      <QueryState
        query={data}
        loadingLabel={t('list.loading')}
        isEmpty={([set]) => set.items.length === 0}
        empty={view.asOf === undefined ? t('list.empty') : t('list.emptyAsOf', { date: formatDate(view.asOf, language) })}
      >
        {([set, areas, plans]) => (
          <MeasureExplorer
            set={set}
            areas={areas}
            plans={plans}
            listView={listView}
            caption={t('list.caption', { plan: plans.map((plan) => plan.reference).join(', ') })}
          />
        )}
      </QueryState>
    </div>
  );
}
