import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useFrame } from '@/components/layouts/frame-context';
import { combineQueries } from '@/components/ui/query-like';
import { QueryState } from '@/components/ui/query-state';
import { PageLoading } from '@/components/ui/page-loading';
import { useDocumentTitle } from '@/components/ui/use-document-title';
import { earliestPlanDay } from '@/domain/date-params';
import { EMBED_CHARTS, embedChartOf, embedLanguage, type EmbedChart } from '@/domain/embed';
import type { Plan } from '@/domain/plan';
import { useSummary } from '@/features/overview/api/get-summary';
import { AsOfNote } from '@/features/overview/components/as-of-note';
import { overviewHref, readOverviewParams } from '@/features/overview/utils/overview-params';
import { useAreas } from '@/lib/catalog/get-areas';
import { usePlans } from '@/lib/catalog/get-plans';
import { today as clockToday } from '@/lib/clock';
import { formatDate } from '@/lib/format';
import { useMeasureScope } from '@/lib/measures/get-measure-scope';
import { measureScope } from '@/lib/measures/measure-keys';
import { useLanguage } from '@/lib/use-localized';

// The same panels as the overview (one chunk, shared with it), each with its chart loaded when it comes near.
const loadChartSections = () => import('@/features/overview/components/chart-sections');
const AreaProgressSection = lazy(() => loadChartSections().then((module) => ({ default: module.AreaProgressSection })));
const DeadlineSection = lazy(() => loadChartSections().then((module) => ({ default: module.DeadlineSection })));
const BurnUpSection = lazy(() => loadChartSections().then((module) => ({ default: module.BurnUpSection })));

/** Each chart's title in the overview's texts. */
const TITLE_KEYS = { omraader: 'byArea.title', frister: 'deadlines.title', 'fullfort-over-tid': 'burnUp.title' } as const satisfies Record<EmbedChart, string>;

/**
 * `/embed/:chart?plan=&asOf=&lang=`: one of the overview's charts for an iframe on another site, with its summary,
 * its table toggle, where the figures come from and a link to the full view. The address is checked as the
 * overview checks it; what is wrong is said in the frame, never replaced silently.
 */
export function EmbedRoute() {
  const { chart: name } = useParams();
  const [search] = useSearchParams();
  const { prerendering } = useFrame();
  // One frame serves every chart, language and date: it shows only that something loads.
  if (prerendering) return <PageLoading />;
  const chart = embedChartOf(name);
  if (chart === null) return <UnknownChart name={name ?? ''} />;
  return <EmbeddedChart chart={chart} search={search} />;
}

function UnknownChart({ name }: { name: string }) {
  const { t } = useTranslation('embed');
  useDocumentTitle(t('problems.chartTitle'));
  return (
    <Problems title={t('problems.chartTitle')} messages={[t('problems.chart', { value: name, charts: EMBED_CHARTS.join(', ') })]}>
      <Paragraph>
        <Link href="/" target="_blank" rel="noopener">
          {t('backLink')}
        </Link>
      </Paragraph>
    </Problems>
  );
}

function EmbeddedChart({ chart, search }: { chart: EmbedChart; search: URLSearchParams }) {
  const { t } = useTranslation(['embed', 'overview']);
  const language = useLanguage();
  const today = clockToday();
  const plans = usePlans();
  const params = readOverviewParams(search, { today, ...(plans.data ? { plans: plans.data } : {}) });
  const scope = { plan: params.plan, asOf: params.asOf };
  const title = t(`overview:${TITLE_KEYS[chart]}`);
  useDocumentTitle(title);
  const dateUsable = params.problems.asOf === undefined && params.problems.plan === undefined;
  const inScope = measureScope(params.plan, params.asOf);
  const summary = combineQueries([useSummary(inScope, dateUsable), useAreas(), plans]);
  const measures = combineQueries([useMeasureScope(inScope, { enabled: dateUsable && chart !== 'omraader' }), plans]);
  const back = (
    <Paragraph>
      <Link href={overviewHref({ plan: params.plan, asOf: params.asOf })} target="_blank" rel="noopener">
        {t('embed:backLink')}
      </Link>
    </Paragraph>
  );

  const date = (value: string | null) => (value === null ? '' : formatDate(value, language));
  const earliest = plans.data ? earliestPlanDay(plans.data, params.plan) : null;
  const messages = [
    embedLanguage(search).problem && t('embed:problems.lang', { value: search.getAll('lang').join(', ') }),
    params.problems.plan && t('embed:problems.plan', { value: params.raw.plan }),
    params.problems.asOf &&
      t(`embed:problems.asOf.${params.problems.asOf}`, { value: params.raw.asOf, date: params.problems.asOf === 'malformed' ? '' : date(params.raw.asOf), earliest: date(earliest) }),
  ].filter((message): message is string => typeof message === 'string');
  if (messages.length > 0) {
    return (
      <Problems title={title} messages={messages}>
        {back}
      </Problems>
    );
  }

  const pending = (
    <>
      <Heading level={1} data-size="sm">
        {title}
      </Heading>
      <PageLoading />
    </>
  );
  return (
    <QueryState query={summary} pending={pending}>
      {([data, areas, allPlans]) => (
        <>
          <Suspense fallback={pending}>
            {chart === 'omraader' ? (
              <AreaProgressSection summary={data} areas={areas} scope={scope} headingLevel={1} />
            ) : (
              <QueryState query={measures} pending={pending}>
                {([set]) =>
                  chart === 'frister' ? (
                    <DeadlineSection measures={set.items} today={set.today} scope={scope} headingLevel={1} />
                  ) : (
                    <BurnUpSection measures={set.items} plans={allPlans} asOf={set.today} headingLevel={1} />
                  )
                }
              </QueryState>
            )}
          </Suspense>
          <AsOfNote summary={data} historical={params.asOf !== null && params.asOf !== today} plans={allPlans} />
          <SourceLine plans={allPlans.filter((plan) => data.planIds.includes(plan.id))} />
          {back}
        </>
      )}
    </QueryState>
  );
}

/** Where the figures come from: the dataset and its release, the plans they count, and whether they are test data. */
function SourceLine({ plans }: { plans: readonly Plan[] }) {
  const { t } = useTranslation('embed');
  const synthetic = plans.some((plan) => plan.synthetic);
  return (
    <Paragraph data-size="sm" className="embed-source">
      {t('source', { version: __DATASET_VERSION__, plans: plans.map((plan) => plan.reference).join('; ') })}
      {synthetic && ` ${t('synthetic')}`}
    </Paragraph>
  );
}

function Problems({ title, messages, children }: { title: string; messages: readonly string[]; children: ReactNode }) {
  const { t } = useTranslation('embed');
  return (
    <>
      <Heading level={1} data-size="sm">
        {title}
      </Heading>
      <Alert data-color="warning" role="alert">
        <Heading level={2} data-size="xs">
          {t('problems.title')}
        </Heading>
        {messages.map((message) => (
          <Paragraph key={message}>{message}</Paragraph>
        ))}
      </Alert>
      {children}
    </>
  );
}
