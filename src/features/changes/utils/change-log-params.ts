import { isoDateSchema, type IsoDate } from '@/domain/date-point';
import type { ChangeLogFilters } from '@/domain/change-log';
import { idSchema } from '@/domain/plan';

/**
 * What can be wrong with the dates of the filters:
 * - `malformed`: the address holds something that is not a date (YYYY-MM-DD)
 * - `invalid`: the form's field holds a date that is not whole or not a date (typed in part, or a browser without a date picker)
 * - `afterTo`: the from date is after the to date
 */
export interface DateFilterProblems {
  from?: 'malformed' | 'invalid' | 'afterTo';
  to?: 'malformed' | 'invalid';
}

/**
 * The log's view in the address (/endringer?plan=&user=&from=&to=&page=), the same names as the API's
 * parameters: one plan (or every plan), one person (or everyone), the days recorded from and to, and the page.
 * A bad value is left out of the view and named in `problems`, so that the page can say what is wrong; the dates
 * as written stay in `raw`, so that the form shows them beside the message.
 */
export interface ChangeLogParams {
  plan: string | null;
  user: string | null;
  from: IsoDate | null;
  to: IsoDate | null;
  page: number;
  raw: { from: string | null; to: string | null };
  problems: DateFilterProblems;
}

/** The parts of a view that make its address. */
export type ChangeLogAddress = Pick<ChangeLogParams, 'plan' | 'user' | 'from' | 'to' | 'page'>;

function single(search: URLSearchParams, name: string): string | null {
  const values = search.getAll(name);
  return values.length === 1 && values[0] !== '' ? (values[0] ?? null) : null;
}

const isDate = (value: string) => isoDateSchema.safeParse(value).success;

/**
 * What is wrong with two dates of the filters (null or '' for none): `notADate` for one that is not a date,
 * `afterTo` for dates in the wrong order. The address and the form check the same way, each with its own words.
 */
export function checkDateFilters(from: string | null, to: string | null, notADate: 'malformed' | 'invalid'): DateFilterProblems {
  const problems: DateFilterProblems = {};
  const fromBad = from !== null && from !== '' && !isDate(from);
  const toBad = to !== null && to !== '' && !isDate(to);
  if (fromBad) problems.from = notADate;
  if (toBad) problems.to = notADate;
  if (!fromBad && !toBad && from && to && from > to) problems.from = 'afterTo';
  return problems;
}

export function readChangeLogParams(search: URLSearchParams): ChangeLogParams {
  const plan = single(search, 'plan');
  const user = single(search, 'user');
  const from = single(search, 'from');
  const to = single(search, 'to');
  const page = Number(single(search, 'page') ?? '1');
  const problems = checkDateFilters(from, to, 'malformed');
  // Dates in the wrong order filter nothing until they are put right.
  const outOfOrder = problems.from === 'afterTo';
  return {
    plan: plan !== null && idSchema.safeParse(plan).success ? plan : null,
    user: user !== null && user.length <= 200 ? user : null,
    from: problems.from === undefined ? from : null,
    to: problems.to === undefined && !outOfOrder ? to : null,
    page: Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1,
    raw: { from, to },
    problems,
  };
}

/** The address of a view of the log; what is left out is the default (every plan, everyone, any day, page 1). */
export function changeLogHref(view: Partial<ChangeLogAddress>): string {
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
export function changeLogFilters(params: ChangeLogParams): ChangeLogFilters {
  return {
    ...(params.plan ? { plan: [params.plan] } : {}),
    ...(params.user ? { user: params.user } : {}),
    ...(params.from ? { from: params.from } : {}),
    ...(params.to ? { to: params.to } : {}),
  };
}
