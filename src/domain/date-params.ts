import { isoDateSchema, type IsoDate } from './date-point';
import { planStart, type Plan } from './plan';

/**
 * What can be wrong with a date in a page's address (the overview, the analysis, the status report):
 * - `malformed`: not a calendar date written YYYY-MM-DD (or given twice)
 * - `future`: after today; nothing is known about it yet
 * - `beforePlans`: before the (earliest) plan in view was presented, so there is nothing to show
 * - `notBeforeAsOf`: an earlier date to compare with is not before the date the page shows (judged by the page)
 */
export type DateProblem = 'malformed' | 'future' | 'beforePlans' | 'notBeforeAsOf';

/** A parameter the address should give once: its first value, and whether it was given more than once. */
export interface SingleParam {
  raw: string | null;
  repeated: boolean;
}

export function singleParam(search: URLSearchParams, name: string): SingleParam {
  const values = search.getAll(name);
  return { raw: values[0] ?? null, repeated: values.length > 1 };
}

/** The problem with a date the address gives, if any: none when it gives none (`notBeforeAsOf` is the page's). */
export function dateParamProblem({ raw, repeated }: SingleParam, today: IsoDate, earliest: IsoDate | null): Exclude<DateProblem, 'notBeforeAsOf'> | undefined {
  if (raw === null) return undefined;
  if (repeated || !isoDateSchema.safeParse(raw).success) return 'malformed';
  if (raw > today) return 'future';
  if (earliest !== null && raw < earliest) return 'beforePlans';
  return undefined;
}

/** The day the earliest plan in view (one, or all for null) was presented; null when none has a date. */
export function earliestPlanDay(plans: readonly Pick<Plan, 'id' | 'published'>[], plan: string | null): IsoDate | null {
  const inView = plan === null ? plans : plans.filter((candidate) => candidate.id === plan);
  return inView.reduce<IsoDate | null>((earliest, candidate) => {
    const start = planStart(candidate);
    return start !== null && (earliest === null || start < earliest) ? start : earliest;
  }, null);
}
