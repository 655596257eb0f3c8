import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layouts/page-header';
import { earliestPlanDay } from '@/domain/date-params';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { useResultFocus } from '@/components/ui/use-result-focus';
import { useReportData } from '@/features/report/api/get-report-data';
import { ReportControls } from '@/features/report/components/report-controls';
import { ReportProblems } from '@/features/report/components/report-problems';
import { ReportView } from '@/features/report/components/report-view';
import { readReportParams, reportRange } from '@/features/report/utils/report-params';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { today as clockToday } from '@/lib/clock';

/**
 * The status report (/rapport?plan=&asOf=&compareTo=): a plan (or every plan) on a reporting date against the
 * previous one, as a document to print, to open in Word or to take as data. The dates are checked against the
 * plans once they are known; until then, and while a date is unusable, nothing is asked for.
 */
export function ReportRoute() {
  const { t } = useTranslation('report');
  const [search] = useSearchParams();
  const today = clockToday();
  const plans = usePlans();
  const areas = useAreas();
  const params = readReportParams(search, { today, ...(plans.data ? { plans: plans.data } : {}) });
  const earliest = plans.data ? earliestPlanDay(plans.data, params.plan) : null;
  const range = plans.data ? reportRange(params) : null;
  const report = useReportData(range);
  const query = combineQueries([report, plans, areas]);
  // After the form is sent, focus goes to what answers it: what is wrong with the address, or the report.
  const focusRef = useResultFocus(search.toString());
  const wrong = Object.keys(params.problems).length > 0;
  return (
    <div className="page report">
      <PageHeader title={t('title')} intro={t('intro')} />
      {/* A new address (Back, a link) starts the form from what it says. */}
      <ReportControls key={search.toString()} params={params} plans={plans.isError ? [] : plans.data} today={today} earliest={earliest} />
      <ReportProblems params={params} earliest={earliest} focusRef={wrong ? focusRef : undefined} />
      {(range !== null || !plans.data) && (
        <QueryState
          query={query}
          // A plan without measures (on either date) has nothing to report: it says so, not a document of empty sections.
          isEmpty={([data]) => data.now.measures.items.length === 0 && data.before.measures.items.length === 0}
          empty={
            <span ref={wrong ? undefined : focusRef} tabIndex={-1}>
              {t('empty')}
            </span>
          }
        >
          {([data, allPlans, allAreas]) => <ReportView data={data} plans={allPlans} areas={allAreas} plan={params.plan} headingRef={wrong ? undefined : focusRef} />}
        </QueryState>
      )}
    </div>
  );
}
