import type { IsoDate } from '@/domain/date-point';
import type { Status } from '@/domain/status';

/** What the overview is showing: one plan or all, today or an earlier date. Links carry it along. */
export interface OverviewScope {
  plan: string | null;
  asOf: IsoDate | null;
}

/** Filters of the measures list, with the names its URL (and the API) uses. */
export interface ListFilters {
  area?: string;
  status?: Status;
  overdue?: boolean;
  deadlineFrom?: number;
  deadlineTo?: number;
  dueWithinMonths?: number;
}

/**
 * The address of the measures list filtered to exactly the measures a figure or a chart segment
 * counts, in the same scope (plan, as-of date) as the overview. Parameters come in a fixed order, so
 * that the same filters always give the same address.
 */
export function measuresListHref(filters: ListFilters, scope: OverviewScope): string {
  const params = new URLSearchParams();
  if (scope.plan !== null) params.set('plan', scope.plan);
  if (filters.area !== undefined) params.set('area', filters.area);
  if (filters.status !== undefined) params.set('status', filters.status);
  if (filters.overdue !== undefined) params.set('overdue', String(filters.overdue));
  if (filters.deadlineFrom !== undefined) params.set('deadlineFrom', String(filters.deadlineFrom));
  if (filters.deadlineTo !== undefined) params.set('deadlineTo', String(filters.deadlineTo));
  if (filters.dueWithinMonths !== undefined) params.set('dueWithinMonths', String(filters.dueWithinMonths));
  if (scope.asOf !== null) params.set('asOf', scope.asOf);
  const query = params.toString();
  return query === '' ? '/tiltak' : `/tiltak?${query}`;
}

/** The measures list for one target year (and status), as the deadline chart's segments link to it. */
export function targetYearFilters(year: number, status?: Status): ListFilters {
  return { deadlineFrom: year, deadlineTo: year, ...(status === undefined ? {} : { status }) };
}
