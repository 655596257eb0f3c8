import type { Plan } from './plan';
import type { Source } from './source';

/** How many of a plan's measures are registered, where the plan's list is known only in part. */
export interface PlanExtent {
  registered: number;
  total: number;
  source: Source;
}

/**
 * «5 av 17 tiltak er registrert»: for a plan whose sources give the number of its measures but not every one of
 * them. Null when the plan has no such count (every measure of it is registered). Never more registered than the
 * plan has: a count below the registered measures is the count that is wrong, and the registered number stands.
 */
export function planExtent(plan: Pick<Plan, 'measuresInPlan'>, registered: number): PlanExtent | null {
  if (plan.measuresInPlan === undefined) return null;
  return { registered, total: Math.max(plan.measuresInPlan.count, registered), source: plan.measuresInPlan.source };
}

export type PlanGoal = NonNullable<Plan['goals']>[number];

/** The goals a plan states, each with its source: shown as goals, never counted or listed as measures. */
export function planGoals(plan: Pick<Plan, 'goals'>): PlanGoal[] {
  return plan.goals ?? [];
}

/** How many measures are registered for each plan, by plan id (a plan with none is 0). */
export function registeredByPlan(measures: readonly { planId: string }[], planIds: readonly string[]): Map<string, number> {
  const counts = new Map(planIds.map((id) => [id, 0]));
  for (const measure of measures) {
    const current = counts.get(measure.planId);
    if (current !== undefined) counts.set(measure.planId, current + 1);
  }
  return counts;
}
