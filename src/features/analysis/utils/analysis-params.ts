/**
 * The analysis page's state in the address: `plan` (repeatable; none means all plans). A plan the
 * catalogue does not know is reported, not silently dropped, so that the page can say so.
 */
export interface AnalysisParams {
  /** The plans asked for and known, in the order of the catalogue; empty for all plans. */
  plans: string[];
  /** Plans in the address that the catalogue does not know, as written. */
  unknownPlans: string[];
}

export function readAnalysisParams(search: URLSearchParams, knownPlanIds?: readonly string[]): AnalysisParams {
  const asked = [...new Set(search.getAll('plan').filter((plan) => plan !== ''))];
  if (knownPlanIds === undefined) return { plans: asked, unknownPlans: [] };
  return {
    plans: knownPlanIds.filter((plan) => asked.includes(plan)),
    unknownPlans: asked.filter((plan) => !knownPlanIds.includes(plan)),
  };
}

/** The page's address for a selection of plans; all plans is plain `/analyse`. */
export function analysisHref(plans: readonly string[]): string {
  const params = new URLSearchParams(plans.map((plan) => ['plan', plan]));
  const query = params.toString();
  return query === '' ? '/analyse' : `/analyse?${query}`;
}
