import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/date-point';
import type { MeasureSummary } from '@/domain/measure';
import { MAX_PAGE_SIZE } from '@/domain/measure-list-query';
import { readAllPages } from '@/lib/read-all-pages';
import { getMeasurePage } from './get-measure-page';
import { measureKeys, type MeasureScope } from './measure-keys';

/** Every measure of a scope, as the server judged them. */
export interface MeasureSet {
  items: MeasureSummary[];
  /** The date the server judged "overdue" on: today, or the as-of date. */
  today: IsoDate;
}

/**
 * Every measure of a scope, in plan and number order: the API gives at most MAX_PAGE_SIZE at a time, so the
 * pages are read side by side (read-all-pages.ts). Pages that disagree on the total (the data changed while they
 * were read) are read again once, then reported as an error: a set is whole or it is not given, never silently cut.
 */
export async function getMeasureScope(scope: MeasureScope, signal?: AbortSignal): Promise<MeasureSet> {
  const base = {
    ...(scope.plan.length === 0 ? {} : { plan: scope.plan }),
    ...(scope.asOf === null ? {} : { asOf: scope.asOf }),
    sort: 'number' as const,
    pageSize: MAX_PAGE_SIZE,
  };
  const { items, first } = await readAllPages((page) => getMeasurePage({ ...base, page }, signal), {
    pageSize: MAX_PAGE_SIZE,
    changedMessage: 'The measures changed while they were read; try again.',
  });
  return { items, today: first.today };
}

export const measureScopeQueryOptions = (scope: MeasureScope) =>
  queryOptions({
    queryKey: measureKeys.scope(scope),
    queryFn: ({ signal }) => getMeasureScope(scope, signal),
  });

interface MeasureScopeOptions<T> {
  /** False while the page cannot ask yet (an unusable date in the address, a picker not opened). */
  enabled?: boolean;
  /** What the caller needs from the set (e.g. the candidates a replaced measure can point to). */
  select?: (set: MeasureSet) => T;
}

/** The one way a page reads many measures: every measure of the scope, shared by every page that asks for it. */
export function useMeasureScope<T>(scope: MeasureScope, options: MeasureScopeOptions<T> & { select: (set: MeasureSet) => T }): UseQueryResult<T>;
export function useMeasureScope(scope: MeasureScope, options?: { enabled?: boolean }): UseQueryResult<MeasureSet>;
export function useMeasureScope<T>(scope: MeasureScope, { enabled = true, select }: MeasureScopeOptions<T> = {}): UseQueryResult<T> {
  return useQuery<MeasureSet, Error, T, ReturnType<typeof measureKeys.scope>>({
    queryKey: measureKeys.scope(scope),
    queryFn: ({ signal }) => getMeasureScope(scope, signal),
    enabled,
    select,
  });
}
