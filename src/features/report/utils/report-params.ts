import { addMonths, isoDateSchema, type IsoDate } from '@/domain/date-point';
import { planStart, type Plan } from '@/domain/plan';

/**
 * What can be wrong with a date of the report in the address:
 * - `malformed`: not a calendar date written YYYY-MM-DD (or given twice)
 * - `future`: after today; nothing can be reported about it yet
 * - `beforePlans`: before the (earliest) plan reported on was presented
 * - `notBeforeAsOf`: the previous reporting date is not before the reporting date
 */
export type ReportDateProblem = 'malformed' | 'future' | 'beforePlans' | 'notBeforeAsOf';

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
  problems: { plan?: 'unknown'; asOf?: Exclude<ReportDateProblem, 'notBeforeAsOf'>; compareTo?: ReportDateProblem };
}

export interface ReportParamsContext {
  today: IsoDate;
  /** Known once the plans have loaded; until then the dates are not checked against them. */
  plans?: readonly Pick<Plan, 'id' | 'published'>[];
}

/** How far back the previous reporting date lies when the address names none: a year. */
export const DEFAULT_COMPARE_MONTHS = 12;

/** The day the first of the plans reported on was presented; null when none of them has a date. */
export function firstPlanDay(plans: readonly Pick<Plan, 'id' | 'published'>[], plan: string | null): IsoDate | null {
  let first: IsoDate | null = null;
  for (const candidate of plans) {
    const start = plan === null || candidate.id === plan ? planStart(candidate) : null;
    if (start !== null && (first === null || start < first)) first = start;
  }
  return first;
}

function read(search: URLSearchParams, name: string): { value: string | null; repeated: boolean } {
  const values = search.getAll(name);
  return { value: values[0] ?? null, repeated: values.length > 1 };
}

/** The problem with a date the address gives, if any (`notBeforeAsOf` is judged by the caller). */
function dateProblem(date: { value: string | null; repeated: boolean }, today: IsoDate, first: IsoDate | null) {
  if (date.value === null) return undefined;
  if (date.repeated || !isoDateSchema.safeParse(date.value).success) return 'malformed' as const;
  if (date.value > today) return 'future' as const;
  if (first !== null && date.value < first) return 'beforePlans' as const;
  return undefined;
}

/**
 * The report's plan and dates from the address (/rapport?plan=&asOf=&compareTo=). A date that cannot be used is
 * never replaced by a default: it is named in `problems` and left out, so that the page can say what is wrong.
 * Only a date the address leaves out takes its default (today; a year before the reporting date).
 */
export function readReportParams(search: URLSearchParams, { today, plans }: ReportParamsContext): ReportParams {
  const planParam = read(search, 'plan');
  const asOfParam = read(search, 'asOf');
  const compareParam = read(search, 'compareTo');
  const problems: ReportParams['problems'] = {};

  const knownPlan = planParam.value !== null && !planParam.repeated && (plans === undefined || plans.some((candidate) => candidate.id === planParam.value));
  if (planParam.value !== null && !knownPlan) problems.plan = 'unknown';
  const plan = knownPlan ? planParam.value : null;
  const first = plans === undefined ? null : firstPlanDay(plans, plan);

  const asOfProblem = dateProblem(asOfParam, today, first);
  if (asOfProblem !== undefined) problems.asOf = asOfProblem;
  const asOf = asOfProblem === undefined ? (asOfParam.value ?? today) : null;

  let compareTo: IsoDate | null = null;
  if (compareParam.value === null) {
    if (asOf !== null) {
      const yearBefore = addMonths(asOf, -DEFAULT_COMPARE_MONTHS);
      compareTo = first !== null && yearBefore < first ? first : yearBefore;
    }
  } else {
    const problem = dateProblem(compareParam, today, first) ?? (asOf !== null && compareParam.value >= asOf ? 'notBeforeAsOf' : undefined);
    if (problem === undefined) compareTo = compareParam.value;
    else problems.compareTo = problem;
  }

  return { plan, asOf, compareTo, raw: { plan: planParam.value, asOf: asOfParam.value, compareTo: compareParam.value }, problems };
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
