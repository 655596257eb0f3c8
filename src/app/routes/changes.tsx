import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CHANGE_LOG_DEFAULT_PAGE_SIZE } from '@/domain/change-log';
import { PageHeader } from '@/components/layouts/page-header';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { useChangeLog } from '@/features/changes/api/get-change-log';
import { ChangeLogFilters } from '@/features/changes/components/change-log-filters';
import { ChangeLogView } from '@/features/changes/components/change-log-view';
import { useResultFocus } from '@/components/ui/use-result-focus';
import { changeLogFilters, readChangeLogParams } from '@/features/changes/utils/change-log-params';
import { usePlans } from '@/lib/catalog/get-plans';
import { today } from '@/lib/clock';

/**
 * The log of changes across all measures (/endringer): who changed what, when and why, on what source, newest
 * recorded first, a page at a time; filtered by plan, person and the days recorded, all in the address.
 */
export function ChangesRoute() {
  const { t } = useTranslation('changes');
  const [search] = useSearchParams();
  const params = readChangeLogParams(search);
  const address = search.toString();
  // After paging or filtering, focus goes to what is shown now (the count, or that nothing matches).
  const resultRef = useResultFocus(address);
  const plans = usePlans();
  const log = useChangeLog({ ...changeLogFilters(params), page: params.page, pageSize: CHANGE_LOG_DEFAULT_PAGE_SIZE });
  const query = combineQueries([log, plans]);

  return (
    <div className="page changes">
      <PageHeader title={t('title')} intro={t('intro')} />
      {/* A new address (Back, a link) starts the form from what it says. */}
      <ChangeLogFilters key={address} params={params} plans={plans.data ?? []} people={log.data?.people ?? []} />
      <QueryState query={query} isEmpty={([page]) => page.total === 0} empty={
          <span ref={resultRef} tabIndex={-1} className="change-log__result">
            {t('results.empty')}
          </span>
        }
      >
        {([page, allPlans]) => (
          <ChangeLogView page={page} plans={allPlans} params={params} updating={log.isPlaceholderData} exportedOn={today()} countRef={resultRef} />
        )}
      </QueryState>
    </div>
  );
}
