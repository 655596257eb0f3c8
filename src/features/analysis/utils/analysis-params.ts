import { dateParamProblem, singleParam } from '@/domain/date-params';
import type { IsoDate } from '@/domain/date-point';

/**
 * The analysis page's state in the address: `plan` (repeatable; none means all plans) and `asOf` (the date the
 * analysis is made on; none means today). A plan the catalogue does not know is reported, not silently dropped,
 * and so is a date that is not one or lies in the future, so that the page can say so.
 */
export interface AnalysisParams {
  /** The plans asked for and known, in the order of the catalogue; empty for all plans. */
  plans: string[];
  /** Plans in the address that the catalogue does not know, as written. */
  unknownPlans: string[];
  /** The earlier date asked for (never after today). */
  asOf?: IsoDate;
  /** An `asOf` that is not a date, or is after today, as written. */
  badAsOf?: string;
}

export function readAnalysisParams(search: URLSearchParams, knownPlanIds: readonly string[] | undefined, today: IsoDate): AnalysisParams {
  const asked = [...new Set(search.getAll('plan').filter((plan) => plan !== ''))];
  const params: AnalysisParams =
    knownPlanIds === undefined
      ? { plans: asked, unknownPlans: [] }
      : { plans: knownPlanIds.filter((plan) => asked.includes(plan)), unknownPlans: asked.filter((plan) => !knownPlanIds.includes(plan)) };
  const asOf = singleParam(search, 'asOf');
  if (asOf.raw === null || asOf.raw === '') return params;
  if (dateParamProblem(asOf, today, null) === undefined) params.asOf = asOf.raw;
  else params.badAsOf = asOf.raw;
  return params;
}

/** The page's address for a selection of plans (and an earlier date); all plans today is plain `/analyse`. */
export function analysisHref(plans: readonly string[], asOf?: IsoDate): string {
  const params = new URLSearchParams(plans.map((plan) => ['plan', plan]));
  if (asOf !== undefined) params.set('asOf', asOf);
  const query = params.toString();
  return query === '' ? '/analyse' : `/analyse?${query}`;
}
