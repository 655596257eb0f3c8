import type { IsoDate } from '@/domain/date-point';
import type { MeasureListParams } from './get-measure-page';

/**
 * Which measures, on which day: the plans (none for every plan) and the date they are shown as of (null for
 * today). The explorer, the overview's charts, the analysis and the replacement picker all read a scope.
 */
export interface MeasureScope {
  plan: readonly string[];
  asOf: IsoDate | null;
}

/**
 * A scope in one canonical form, so that the same measures are one cache entry whichever way they were asked
 * for: plans sorted and without repeats, `undefined` and `null` alike.
 */
export function measureScope(plan: readonly string[] | string | null | undefined, asOf?: IsoDate | null): MeasureScope {
  const plans = plan === null || plan === undefined ? [] : typeof plan === 'string' ? [plan] : plan;
  return { plan: [...new Set(plans)].sort(), asOf: asOf ?? null };
}

/** The dates and plans of `/api/status-changes`: what moved between `from` and `to` (null for today). */
export interface StatusChangeRange {
  from: IsoDate;
  to: IsoDate | null;
  plan: readonly string[];
}

/**
 * Every query whose answer is made from measures, under one root: an edit invalidates `measureKeys.all`
 * (see invalidate-measure-data.ts) and nothing derived from measures is left stale.
 */
export const measureKeys = {
  all: ['measures'] as const,
  /** One page of `/api/measures` (the few measures a detail page lists beside its own). */
  lists: () => [...measureKeys.all, 'list'] as const,
  list: (params: MeasureListParams) => [...measureKeys.lists(), params] as const,
  /** Every measure of a scope, paged through (get-measure-scope.ts). */
  scopes: () => [...measureKeys.all, 'scope'] as const,
  scope: (scope: MeasureScope) => [...measureKeys.scopes(), measureScope(scope.plan, scope.asOf)] as const,
  details: () => [...measureKeys.all, 'detail'] as const,
  detail: (id: string) => [...measureKeys.details(), id] as const,
  /** `/api/summary`: the counts behind the overview's key figures. */
  summaries: () => [...measureKeys.all, 'summary'] as const,
  summary: (scope: MeasureScope) => [...measureKeys.summaries(), measureScope(scope.plan, scope.asOf)] as const,
  /** `/api/status-changes`: the measures whose status moved between two dates. */
  statusChanges: (range: StatusChangeRange) =>
    [...measureKeys.all, 'status-changes', { ...range, plan: measureScope(range.plan).plan }] as const,
};

/**
 * Queries outside `measureKeys` that carry measure data: a municipality's duties hold the status of the
 * measures behind them. Their key factories build on these roots, so that an edit reaches them too.
 */
export const dutiesRootKey = ['municipalities', 'duties'] as const;
