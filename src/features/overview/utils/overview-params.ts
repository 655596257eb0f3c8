import { dateParamProblem, earliestPlanDay, singleParam, type DateProblem } from '@/domain/date-params';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';

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

/**
 * Reads the overview's state from the address: `asOf` (the date shown), `compareTo` (an earlier date
 * to compare with) and `plan`. A bad value is never silently replaced: it is reported in `problems`
 * and left out of the state, so that the page can say what is wrong.
 */
export function readOverviewParams(search: URLSearchParams, { today, plans }: ParamsContext): OverviewParams {
  const asOf = singleParam(search, 'asOf');
  const compareTo = singleParam(search, 'compareTo');
  const plan = singleParam(search, 'plan');
  const problems: OverviewParams['problems'] = {};

  let planId: string | null = plan.raw;
  if (plan.raw !== null && (plan.repeated || (plans !== undefined && !plans.some((candidate) => candidate.id === plan.raw)))) {
    problems.plan = 'unknown';
    planId = null;
  }
  const earliest = plans === undefined ? null : earliestPlanDay(plans, planId);

  const asOfProblem = dateParamProblem(asOf, today, earliest);
  if (asOfProblem) problems.asOf = asOfProblem;
  const validAsOf = asOfProblem === undefined ? asOf.raw : null;

  let compareProblem: DateProblem | undefined = dateParamProblem(compareTo, today, earliest);
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
