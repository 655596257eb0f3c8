import type { IsoDate } from '@/domain/date-point';
import {
  measureFiltersSchema,
  measureViewShape,
  REPEATABLE_PARAMS,
  type MeasureFilters,
  type MeasureSortKey,
  type SortOrder,
} from '@/domain/measure-list-query';

/**
 * What the measure list shows, as it stands in the address (/tiltak?…). The parameter names are the
 * API's (docs/api.md), so that a link from another page, a copied link and an API request read alike.
 */
export interface ListView {
  filters: MeasureFilters;
  sort: MeasureSortKey;
  order: SortOrder;
  /** A past date: the list as it stood then. */
  asOf?: IsoDate;
}

export const DEFAULT_VIEW: ListView = { filters: {}, sort: 'number', order: 'asc' };

export type ViewParam = keyof typeof measureViewShape;
export type FilterParam = keyof MeasureFilters;

/** The filter parameters in the order a link writes them. */
export const FILTER_PARAMS = Object.keys(measureFiltersSchema.shape) as FilterParam[];
const VIEW_PARAMS = Object.keys(measureViewShape) as ViewParam[];
const REPEATABLE: ReadonlySet<string> = new Set(REPEATABLE_PARAMS);

/** Something in an address that could not be used; the rest of the view still applies. */
export type ViewIssue =
  | { kind: 'unknown'; param: string }
  | { kind: 'invalid'; param: ViewParam; value: string }
  | { kind: 'repeated'; param: ViewParam }
  | { kind: 'range'; from: number; to: number }
  | { kind: 'future'; date: string };

function isViewParam(name: string): name is ViewParam {
  return (VIEW_PARAMS as string[]).includes(name);
}

/**
 * Reads a list view from an address's query, one parameter at a time with the domain's schemas: a
 * bad value is left out and reported, never guessed at, and never stops the rest of the view. A list
 * parameter keeps its good values. A reversed deadline range and an `asOf` after `today` are left out
 * as a whole.
 */
export function parseListView(params: URLSearchParams, today: IsoDate): { view: ListView; issues: ViewIssue[] } {
  const issues: ViewIssue[] = [];
  const accepted: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    if (!isViewParam(name)) {
      issues.push({ kind: 'unknown', param: name });
      continue;
    }
    const values = params.getAll(name);
    const schema = measureViewShape[name];
    if (REPEATABLE.has(name)) {
      const good = values.filter((value) => {
        const ok = schema.safeParse([value]).success;
        if (!ok) issues.push({ kind: 'invalid', param: name, value });
        return ok;
      });
      if (good.length > 0) accepted[name] = [...new Set(good)];
      continue;
    }
    const [value = ''] = values;
    if (values.length > 1) issues.push({ kind: 'repeated', param: name });
    else if (!schema.safeParse(value).success) issues.push({ kind: 'invalid', param: name, value });
    else accepted[name] = value;
  }

  const sort = measureViewShape.sort.safeParse(accepted.sort);
  const order = measureViewShape.order.safeParse(accepted.order);
  const asOf = measureViewShape.asOf.safeParse(accepted.asOf);
  const { sort: _sort, order: _order, asOf: _asOf, ...rawFilters } = accepted;

  const from = measureViewShape.deadlineFrom.safeParse(rawFilters.deadlineFrom).data;
  const to = measureViewShape.deadlineTo.safeParse(rawFilters.deadlineTo).data;
  if (from !== undefined && to !== undefined && from > to) {
    issues.push({ kind: 'range', from, to });
    delete rawFilters.deadlineFrom;
    delete rawFilters.deadlineTo;
  }
  const filters = measureFiltersSchema.safeParse(rawFilters);
  const view: ListView = {
    // Each value passed its own schema and the range is in order, so this parses; {} is a safe floor.
    filters: filters.success ? withoutEmptySearch(filters.data) : {},
    sort: sort.success ? sort.data : DEFAULT_VIEW.sort,
    order: order.success ? order.data : DEFAULT_VIEW.order,
  };
  if (asOf.success) {
    if (asOf.data > today) issues.push({ kind: 'future', date: asOf.data });
    else view.asOf = asOf.data;
  }
  return { view, issues };
}

function withoutEmptySearch(filters: MeasureFilters): MeasureFilters {
  if (filters.q !== undefined && filters.q.trim() === '') {
    const { q, ...rest } = filters;
    return rest;
  }
  return filters;
}

/** Writes a view as query parameters in a fixed order, leaving out what is at its default. */
export function listViewToParams(view: ListView): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = view.filters[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      for (const item of value) params.append(name, item);
    } else if (typeof value === 'string') {
      if (value.trim() !== '') params.set(name, value.trim());
    } else {
      params.set(name, String(value));
    }
  }
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.order !== DEFAULT_VIEW.order) params.set('order', view.order);
  if (view.asOf !== undefined) params.set('asOf', view.asOf);
  return params;
}

/** One chosen filter value, as the list of active filters shows it (and removes it). */
export type ActiveFilter =
  | { param: (typeof REPEATABLE_PARAMS)[number]; value: string }
  | { param: 'overdue' | 'hasObligation' | 'completedLate' | 'deadlineMoved'; value: boolean }
  | { param: 'deadlineFrom' | 'deadlineTo' | 'dueWithinMonths'; value: number }
  | { param: 'q'; value: string };

export function activeFilters(filters: MeasureFilters): ActiveFilter[] {
  const active: ActiveFilter[] = [];
  for (const param of REPEATABLE_PARAMS) {
    for (const value of filters[param] ?? []) active.push({ param, value });
  }
  if (filters.overdue !== undefined) active.push({ param: 'overdue', value: filters.overdue });
  if (filters.hasObligation !== undefined) active.push({ param: 'hasObligation', value: filters.hasObligation });
  if (filters.completedLate !== undefined) active.push({ param: 'completedLate', value: filters.completedLate });
  if (filters.deadlineMoved !== undefined) active.push({ param: 'deadlineMoved', value: filters.deadlineMoved });
  for (const param of ['deadlineFrom', 'deadlineTo', 'dueWithinMonths'] as const) {
    const value = filters[param];
    if (value !== undefined) active.push({ param, value });
  }
  if (filters.q) active.push({ param: 'q', value: filters.q });
  return active;
}

/** The filters without one chosen value. */
export function withoutFilter(filters: MeasureFilters, active: ActiveFilter): MeasureFilters {
  const next: MeasureFilters = { ...filters };
  switch (active.param) {
    case 'plan':
    case 'area':
    case 'responsible': {
      const rest = (filters[active.param] ?? []).filter((value) => value !== active.value);
      next[active.param] = rest.length > 0 ? rest : undefined;
      break;
    }
    case 'status': {
      const rest = (filters.status ?? []).filter((value) => value !== active.value);
      next.status = rest.length > 0 ? rest : undefined;
      break;
    }
    case 'instrument': {
      const rest = (filters.instrument ?? []).filter((value) => value !== active.value);
      next.instrument = rest.length > 0 ? rest : undefined;
      break;
    }
    case 'verified': {
      const rest = (filters.verified ?? []).filter((value) => value !== active.value);
      next.verified = rest.length > 0 ? rest : undefined;
      break;
    }
    default:
      next[active.param] = undefined;
  }
  return compact(next);
}

/** Drops filters that are unset or empty, so that equal views compare equal. */
export function compact(filters: MeasureFilters): MeasureFilters {
  const isSet = (value: unknown) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => isSet(value)));
}
