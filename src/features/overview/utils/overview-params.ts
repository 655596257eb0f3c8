import { isoDateSchema, type IsoDate } from '@/domain/date-point';
import { planStart, type Plan } from '@/domain/plan';

/**
 * What can be wrong with a date in the address:
 * - `malformed`: not a calendar date written YYYY-MM-DD (or given twice)
 * - `future`: after today; nothing is known about it yet
 * - `beforePlans`: before the (earliest) plan shown was presented, so there is nothing to show
 * - `notBeforeAsOf`: the comparison date is not before the date the page shows
 */
export type DateProblem = 'malformed' | 'future' | 'beforePlans' | 'notBeforeAsOf';
type AsOfProblem = Exclude<DateProblem, 'notBeforeAsOf'>;

export interface OverviewParams {
  /** The date the page shows; null for today. */
  asOf: IsoDate | null;
  /** An earlier date to compare with; null for no comparison. */
  compareTo: IsoDate | null;
  /** One plan, or null for all plans. */
  plan: string | null;
  /** What the address asked for, as written, to show back in messages. */
  raw: { asOf: string | null; compareTo: string | null; plan: string | null };
  problems: { asOf?: AsOfProblem; compareTo?: DateProblem; plan?: 'unknown' };
}

export interface ParamsContext {
  today: IsoDate;
  /** Known once the plans have loaded; until then dates are not checked against them. */
  plans?: readonly Pick<Plan, 'id' | 'published'>[];
}

/** The day the earliest plan in view was presented; null when there are no plans. */
export function earliestDate(plans: readonly Pick<Plan, 'id' | 'published'>[], plan: string | null): IsoDate | null {
  const inView = plan === null ? plans : plans.filter((candidate) => candidate.id === plan);
  return inView.reduce<IsoDate | null>((earliest, candidate) => {
    const start = planStart(candidate);
    return start !== null && (earliest === null || start < earliest) ? start : earliest;
  }, null);
}

function single(search: URLSearchParams, name: string): { raw: string | null; repeated: boolean } {
  const values = search.getAll(name);
  return { raw: values[0] ?? null, repeated: values.length > 1 };
}

function checkDate(raw: string | null, repeated: boolean, today: IsoDate, earliest: IsoDate | null): AsOfProblem | undefined {
  if (raw === null) return undefined;
  if (repeated || !isoDateSchema.safeParse(raw).success) return 'malformed';
  if (raw > today) return 'future';
  if (earliest !== null && raw < earliest) return 'beforePlans';
  return undefined;
}

/**
 * Reads the overview's state from the address: `asOf` (the date shown), `compareTo` (an earlier date
 * to compare with) and `plan`. A bad value is never silently replaced: it is reported in `problems`
 * and left out of the state, so that the page can say what is wrong.
 */
export function readOverviewParams(search: URLSearchParams, { today, plans }: ParamsContext): OverviewParams {
  const asOf = single(search, 'asOf');
  const compareTo = single(search, 'compareTo');
  const plan = single(search, 'plan');
  const problems: OverviewParams['problems'] = {};

  let planId: string | null = plan.raw;
  if (plan.raw !== null && (plan.repeated || (plans !== undefined && !plans.some((candidate) => candidate.id === plan.raw)))) {
    problems.plan = 'unknown';
    planId = null;
  }
  const earliest = plans === undefined ? null : earliestDate(plans, planId);

  const asOfProblem = checkDate(asOf.raw, asOf.repeated, today, earliest);
  if (asOfProblem) problems.asOf = asOfProblem;
  const validAsOf = asOfProblem === undefined ? asOf.raw : null;

  let compareProblem: DateProblem | undefined = checkDate(compareTo.raw, compareTo.repeated, today, earliest);
  if (compareProblem === undefined && compareTo.raw !== null && compareTo.raw >= (validAsOf ?? today)) compareProblem = 'notBeforeAsOf';
  if (compareProblem) problems.compareTo = compareProblem;

  return {
    asOf: validAsOf,
    compareTo: compareProblem === undefined ? compareTo.raw : null,
    plan: planId,
    raw: { asOf: asOf.raw, compareTo: compareTo.raw, plan: plan.raw },
    problems,
  };
}

/** The overview's address for a state; empty values are left out, so that today and all plans is plain `/`. */
export function overviewHref(state: { asOf?: string | null; compareTo?: string | null; plan?: string | null }): string {
  const params = new URLSearchParams();
  if (state.plan) params.set('plan', state.plan);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.compareTo) params.set('compareTo', state.compareTo);
  const query = params.toString();
  return query === '' ? '/' : `/?${query}`;
}
