import { Button, Details, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { lazy, Suspense, useCallback, useDeferredValue, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useHref } from 'react-router';
import type { Area } from '@/domain/area';
import { INSTRUMENTS, type Instrument } from '@/domain/measure';
import type { MeasureFilters as Filters, MeasureSortKey } from '@/domain/measure-list-query';
import { buildCollationIndex } from '@/domain/measure-sort';
import type { Plan } from '@/domain/plan';
import { planExtent, planGoals, registeredByPlan } from '@/domain/plan-extent';
import { canRegisterPlans } from '@/domain/user';
import { FeedLink } from '@/components/ui/feed-link';
import { feedPaths } from '@/components/ui/feed-link-target';
import { Localized } from '@/components/ui/localized';
import { PlanExtentText, PlanGoals } from '@/components/ui/plan-extent';
import { Spinner } from '@/components/ui/spinner';
import { today as clockToday } from '@/lib/clock';
import { formatNumber } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import type { MeasureSet } from '@/lib/measures/get-measure-scope';
import { useRole } from '@/stores/ui-store';
import { useDebouncedValue } from '../hooks/use-debounced';
import type { ListViewState } from '../hooks/use-list-view';
import { useSearchDraft } from '../hooks/use-search-draft';
import { applyListView, filterChoices, instrumentOrder, type ListContext } from '../utils/explore';
import type { ExportContext } from '../utils/export-rows';
import { activeFilters, compact, listViewToParams, withoutFilter, type ListView } from '../utils/list-view';
import { ActiveFilters } from './active-filters';
import { MeasureFilters } from './measure-filters';
import { MeasureList } from './measure-list';
import { SortControls } from './sort-controls';
import './measures.css';

const loadSharePanel = () => import('./share-panel');
const SharePanel = lazy(() => loadSharePanel().then((module) => ({ default: module.SharePanel })));

/** How long the result count waits after the last change before a screen reader hears it. */
const ANNOUNCE_AFTER_MS = 800;

interface MeasureExplorerProps {
  set: MeasureSet;
  areas: Area[];
  plans: Plan[];
  listView: ListViewState;
  caption: string;
}

/**
 * Search, filters, sorting, sharing and export over every measure, all kept in the address. The
 * measures are filtered and sorted here, in the browser, on every keystroke: the search box answers at
 * once (React defers the list while it renders), and the address follows when typing pauses.
 */
export function MeasureExplorer({ set, areas, plans, listView, caption }: MeasureExplorerProps) {
  const { t } = useTranslation(['measures', 'common']);
  const language = useLanguage();
  const { view, update } = listView;
  const captionId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const [shareOpened, setShareOpened] = useState(false);

  const setFilters = useCallback(
    (change: (filters: Filters) => Filters, replace = false) => update((current) => ({ ...current, filters: compact(change(current.filters)) }), { replace }),
    [update],
  );
  const search = useSearchDraft(view.filters.q ?? '', (q) => setFilters((filters) => ({ ...filters, q }), true));
  const query = useDeferredValue(search.draft);

  const areaById = useMemo(() => new Map(areas.map((area) => [area.id, area])), [areas]);
  const planById = useMemo(() => new Map(plans.map((plan) => [plan.id, plan])), [plans]);
  const context = useListContext(set, areas, plans, language);
  const q = query.trim() === '' ? undefined : query;
  const shown = useMemo(
    () => applyListView(set.items, { ...view.filters, q }, view.sort, view.order, context),
    [set.items, view.filters, q, view.sort, view.order, context],
  );
  const choices = useMemo(() => filterChoices(set.items, plans.map((plan) => plan.id), view.filters), [set.items, plans, view.filters]);

  // The view as the user sees it (with the search as typed), for links and exports.
  const seen: ListView = { ...view, filters: compact({ ...view.filters, q }) };
  const viewSearch = listViewToParams(seen).toString();
  const viewPath = useHref(`/tiltak${viewSearch ? `?${viewSearch}` : ''}`);
  const viewUrl = `${window.location.origin}${viewPath}`;

  const countText = t('list.showing', {
    count: set.items.length,
    shown: formatNumber(shown.length, language),
    total: formatNumber(set.items.length, language),
  });
  const announced = useDebouncedValue(countText, ANNOUNCE_AFTER_MS);

  const exportContext: ExportContext = {
    today: set.today,
    language,
    plans: planById,
    areas: areaById,
    statusLabel: (status) => t(`common:status.${status}`),
    instrumentLabel: (instrument) => t(`common:instrument.${instrument}`),
  };

  const clearFilters = () => {
    search.reset();
    update((current) => ({ ...current, filters: {} }));
  };
  // One plan chosen: its feed of changes can be subscribed to.
  const onePlan = view.filters.plan?.length === 1 ? view.filters.plan[0] : undefined;
  const sortBy = (sort: MeasureSortKey) =>
    update((current) => ({ ...current, sort, order: current.sort === sort && current.order === 'asc' ? 'desc' : 'asc' }));

  return (
    <div className="explorer">
      <form
        role="search"
        className="explorer__search"
        onSubmit={(event) => {
          event.preventDefault();
          search.flush();
        }}
      >
        <Textfield
          ref={searchRef}
          type="search"
          label={t('list.search.label')}
          description={t('list.search.hint')}
          value={search.draft}
          maxLength={200}
          autoComplete="off"
          onChange={(event) => search.change(event.target.value)}
        />
      </form>
      <MeasureFilters
        filters={view.filters}
        choices={choices}
        areas={areas}
        plans={planById}
        onChange={(next) => setFilters((current) => ({ ...next, q: current.q }))}
        asOf={view.asOf}
        today={clockToday()}
        onAsOf={(asOf) => update((current) => ({ ...current, asOf }))}
      />
      <ActiveFilters
        active={activeFilters(view.filters)}
        areas={areaById}
        plans={planById}
        responsible={choices.responsible}
        onRemove={(active) => {
          if (active.param === 'q') search.reset();
          setFilters((current) => withoutFilter(current, active));
        }}
        onClear={clearFilters}
        onEmptied={() => searchRef.current?.focus()}
      />
      {onePlan !== undefined && <FeedLink path={feedPaths.plan(onePlan)} title={t('list.feed', { plan: planById.get(onePlan)?.reference ?? onePlan })} />}
      {onePlan !== undefined && <OnePlanFacts plan={planById.get(onePlan)} items={set.items} />}
      <div className="explorer__toolbar">
        <Paragraph className="explorer__count" aria-hidden="true">
          {countText}
        </Paragraph>
        <SortControls sort={view.sort} order={view.order} onChange={(sort, order) => update((current) => ({ ...current, sort, order }))} />
      </div>
      {/* Downloads and the link are one click away, so that on a phone the first measures are near the top. */}
      <Details
        className="explorer__share"
        onToggle={(event) => {
          if ((event.target as HTMLDetailsElement).open) setShareOpened(true);
        }}
      >
        <Details.Summary onPointerEnter={() => void loadSharePanel()} onFocus={() => void loadSharePanel()}>
          {t('list.share.title')}
        </Details.Summary>
        <Details.Content>
          {shareOpened && (
            <Suspense fallback={<Spinner aria-label={t('list.share.loading')} data-size="sm" />}>
              <SharePanel measures={shown} context={exportContext} meta={{ view: viewUrl, exportedOn: clockToday(), asOf: view.asOf ?? null }} url={viewUrl} />
            </Suspense>
          )}
        </Details.Content>
      </Details>
      <p role="status" className="visually-hidden">
        {announced}
      </p>
      <Paragraph id={captionId} className="explorer__caption">
        {caption}
      </Paragraph>
      {shown.length === 0 ? (
        <div className="explorer__empty">
          <Heading level={2} data-size="xs">
            {t('list.noMatch.title')}
          </Heading>
          <Paragraph>{t('list.noMatch.body')}</Paragraph>
          <Button variant="secondary" data-size="sm" onClick={clearFilters}>
            {t('list.active.clearAll')}
          </Button>
        </div>
      ) : (
        <MeasureList
          measures={shown}
          labelledBy={captionId}
          sort={view.sort}
          order={view.order}
          onSort={sortBy}
          today={set.today}
          areas={areaById}
          plans={planById}
          linkState={{ listSearch: viewSearch ? `?${viewSearch}` : '' }}
        />
      )}
    </div>
  );
}

/** What sorting needs besides the measures, prepared once per dataset and language (not per keystroke). */
function useListContext(set: MeasureSet, areas: readonly Area[], plans: readonly Plan[], language: ReturnType<typeof useLanguage>): ListContext {
  const { t } = useTranslation('common');
  const collation = useMemo(() => buildCollationIndex(set.items, language), [set.items, language]);
  const instruments = useMemo(() => {
    const labels = Object.fromEntries(
      INSTRUMENTS.map((instrument) => [instrument, t(`instrument.${instrument}`)]),
    ) as Record<Instrument, string>;
    return instrumentOrder(labels, language);
  }, [t, language]);
  const areaOrder = useMemo(() => new Map(areas.map((area) => [area.id, area.order])), [areas]);
  const planOrder = useMemo(() => new Map(plans.map((plan, position) => [plan.id, position])), [plans]);
  return useMemo(
    () => ({ today: set.today, language, areaOrder, planOrder, instrumentOrder: instruments, collation }),
    [set.today, language, areaOrder, planOrder, instruments, collation],
  );
}

/**
 * One plan chosen: its name (an admin's link to its edit page beside it), how many of its measures are registered
 * (where its list is known only in part), and its goals.
 */
function OnePlanFacts({ plan, items }: { plan: Plan | undefined; items: MeasureSet['items'] }) {
  const { t } = useTranslation('measures');
  const admin = canRegisterPlans(useRole());
  if (plan === undefined) return null;
  const extent = planExtent(plan, registeredByPlan(items, [plan.id]).get(plan.id) ?? 0);
  return (
    <>
      <Paragraph className="explorer__plan">
        {plan.reference}: <Localized text={plan.title} />
        {admin && !plan.synthetic && (
          <>
            {' '}
            <Link asChild>
              <RouterLink to={`/planer/${encodeURIComponent(plan.id)}/rediger`}>{t('list.editPlan')}</RouterLink>
            </Link>
          </>
        )}
      </Paragraph>
      {extent && (
        <Paragraph data-size="sm">
          <PlanExtentText extent={extent} />
        </Paragraph>
      )}
      <PlanGoals goals={planGoals(plan)} level={2} />
    </>
  );
}
