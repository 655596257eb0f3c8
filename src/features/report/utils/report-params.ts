import { dateParamProblem, earliestPlanDay, singleParam, type DateProblem } from '@/domain/date-params';
import { addMonths, type IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';

export interface ReportParams {
  /** One plan, or null for every plan. */
  plan: string | null;
  /** The reporting date: the address's, or today. Null when the address's cannot be used. */
  asOf: IsoDate | null;
  /**
   * The previous reporting date: the address's, or one year before the reporting date (not before the plan was
   * presented). Null when it cannot be used.
   */
  compareTo: IsoDate | null;
  /** What the address said, as written, for the messages and the form. */
  raw: { plan: string | null; asOf: string | null; compareTo: string | null };
  problems: { plan?: 'unknown'; asOf?: Exclude<DateProblem, 'notBeforeAsOf'>; compareTo?: DateProblem };
}

export interface ReportParamsContext {
  today: IsoDate;
  /** Known once the plans have loaded; until then the dates are not checked against them. */
  plans?: readonly Pick<Plan, 'id' | 'published'>[];
}

/** How far back the previous reporting date lies when the address names none: a year. */
export const DEFAULT_COMPARE_MONTHS = 12;

/**
 * The report's plan and dates from the address (/rapport?plan=&asOf=&compareTo=). A date that cannot be used is
 * never replaced by a default: it is named in `problems` and left out, so that the page can say what is wrong.
 * Only a date the address leaves out takes its default (today; a year before the reporting date).
 */
export function readReportParams(search: URLSearchParams, { today, plans }: ReportParamsContext): ReportParams {
  const planParam = singleParam(search, 'plan');
  const asOfParam = singleParam(search, 'asOf');
  const compareParam = singleParam(search, 'compareTo');
  const problems: ReportParams['problems'] = {};

  const knownPlan = planParam.raw !== null && !planParam.repeated && (plans === undefined || plans.some((candidate) => candidate.id === planParam.raw));
  if (planParam.raw !== null && !knownPlan) problems.plan = 'unknown';
  const plan = knownPlan ? planParam.raw : null;
  const first = plans === undefined ? null : earliestPlanDay(plans, plan);

  const asOfProblem = dateParamProblem(asOfParam, today, first);
  if (asOfProblem !== undefined) problems.asOf = asOfProblem;
  const asOf = asOfProblem === undefined ? (asOfParam.raw ?? today) : null;

  let compareTo: IsoDate | null = null;
  if (compareParam.raw === null) {
    if (asOf !== null) {
      const yearBefore = addMonths(asOf, -DEFAULT_COMPARE_MONTHS);
      compareTo = first !== null && yearBefore < first ? first : yearBefore;
    }
  } else {
    const problem = dateParamProblem(compareParam, today, first) ?? (asOf !== null && compareParam.raw >= asOf ? 'notBeforeAsOf' : undefined);
    if (problem === undefined) compareTo = compareParam.raw;
    else problems.compareTo = problem;
  }

  return { plan, asOf, compareTo, raw: { plan: planParam.raw, asOf: asOfParam.raw, compareTo: compareParam.raw }, problems };
}

/** Whether the report can be made: both dates usable (an unknown plan only widens it to every plan). */
export function reportRange(params: ReportParams): { plan: string | null; asOf: IsoDate; compareTo: IsoDate } | null {
  return params.asOf === null || params.compareTo === null ? null : { plan: params.plan, asOf: params.asOf, compareTo: params.compareTo };
}

/** The report's address; what is left out takes its default (every plan, today, a year before). */
export function reportHref(view: { plan?: string | null; asOf?: string | null; compareTo?: string | null }): string {
  const search = new URLSearchParams();
  if (view.plan) search.set('plan', view.plan);
  if (view.asOf) search.set('asOf', view.asOf);
  if (view.compareTo) search.set('compareTo', view.compareTo);
  const query = search.toString();
  return query === '' ? '/rapport' : `/rapport?${query}`;
}
