import { isoDateSchema, type IsoDate } from '@/domain/date-point';
import type { ChangeLogQuery } from '@/domain/change-log';
import { idSchema } from '@/domain/plan';

/** How many changes a page of the log shows. */
export const CHANGE_LOG_PAGE_SIZE = 50;

/**
 * The log's view in the address (/endringer?plan=&user=&from=&to=&page=), the same names as the API's
 * parameters: one plan (or every plan), one person (or everyone), the days recorded from and to, and the page.
 * A bad value is left out of the view and named in `problems`, so that the page can say what is wrong.
 */
export interface ChangeLogParams {
  plan: string | null;
  user: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
  page: number;
  problems: { from?: 'malformed' | 'afterTo'; to?: 'malformed' };
}

function single(search: URLSearchParams, name: string): string | null {
  const values = search.getAll(name);
  return values.length === 1 && values[0] !== '' ? (values[0] ?? null) : null;
}

/** A date from the address: the date, null when none is given, or false when it is not a date. */
function date(raw: string | null): IsoDate | null | false {
  if (raw === null) return null;
  return isoDateSchema.safeParse(raw).success ? raw : false;
}

export function readChangeLogParams(search: URLSearchParams): ChangeLogParams {
  const plan = single(search, 'plan');
  const user = single(search, 'user');
  const from = date(single(search, 'from'));
  const to = date(single(search, 'to'));
  const page = Number(single(search, 'page') ?? '1');
  const problems: ChangeLogParams['problems'] = {};
  if (from === false) problems.from = 'malformed';
  if (to === false) problems.to = 'malformed';
  const fromDate = from === false ? null : from;
  const toDate = to === false ? null : to;
  const outOfOrder = fromDate !== null && toDate !== null && fromDate > toDate;
  if (outOfOrder) problems.from = 'afterTo';
  return {
    plan: plan !== null && idSchema.safeParse(plan).success ? plan : null,
    user: user !== null && user.length <= 200 ? user : null,
    // Dates in the wrong order filter nothing until they are put right.
    from: outOfOrder ? null : fromDate,
    to: outOfOrder ? null : toDate,
    page: Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1,
    problems,
  };
}

/** The address of a view of the log; what is left out is the default (every plan, everyone, any day, page 1). */
export function changeLogHref(view: Partial<Omit<ChangeLogParams, 'problems'>>): string {
  const search = new URLSearchParams();
  if (view.plan) search.set('plan', view.plan);
  if (view.user) search.set('user', view.user);
  if (view.from) search.set('from', view.from);
  if (view.to) search.set('to', view.to);
  if (view.page !== undefined && view.page > 1) search.set('page', String(view.page));
  const query = search.toString();
  return query === '' ? '/endringer' : `/endringer?${query}`;
}

/** The filters of a view as the API's query (without the page). */
export function changeLogFilters(params: ChangeLogParams): Omit<ChangeLogQuery, 'page' | 'pageSize'> {
  return {
    ...(params.plan ? { plan: [params.plan] } : {}),
    ...(params.user ? { user: params.user } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
  };
}
