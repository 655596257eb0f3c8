import { comparePlans, outcomesBy } from '@/domain/analysis';
import type { IsoDate } from '@/domain/date-point';
import type { Plan } from '@/domain/plan';
import { planExtent, planGoals, type PlanExtent, type PlanGoal } from '@/domain/plan-extent';
import type { AnalysisMeasure } from './analysis-data';

/**
 * Why a plan's timeliness cannot be shown:
 * - `noMeasures`: no measures are registered for the plan yet
 * - `noTargets`: its measures state no target year
 * - `nothingJudged`: they have targets, but none is done or overdue yet
 */
export type PlanGap = 'noMeasures' | 'noTargets' | 'nothingJudged';

export interface PlanComparisonRow {
  planId: string;
  reference: string;
  total: number;
  completed: number;
  completedShare: number | null;
  withTarget: number;
  judged: number;
  onTime: number;
  onTimeShare: number | null;
  medianSlippage: number | null;
  gap: PlanGap | null;
  /** «5 av 17 tiltak er registrert», where the plan's list is known only in part; null otherwise. */
  extent: PlanExtent | null;
  /** The goals the plan states: shown as goals, never in the counts. */
  goals: PlanGoal[];
}

/** The plans side by side, in the catalogue's order. */
export function planComparisonRows(
  measures: readonly AnalysisMeasure[],
  plans: readonly (Pick<Plan, 'id' | 'reference'> & Partial<Pick<Plan, 'measuresInPlan' | 'goals'>>)[],
  today: IsoDate,
): PlanComparisonRow[] {
  const ids = plans.map((plan) => plan.id);
  const outcomes = new Map(outcomesBy(measures, (measure) => measure.planId, today, ids).map((outcome) => [outcome.key, outcome]));
  return comparePlans(measures, ids, today).map((comparison, index) => {
    const outcome = outcomes.get(comparison.planId);
    const plan = plans[index];
    const judged = (outcome?.doneSlippage.length ?? 0) + (outcome?.openLate.length ?? 0);
    const gap: PlanGap | null = comparison.total === 0 ? 'noMeasures' : comparison.withTarget === 0 ? 'noTargets' : judged === 0 ? 'nothingJudged' : null;
    return {
      planId: comparison.planId,
      reference: plan?.reference ?? comparison.planId,
      total: comparison.total,
      completed: comparison.completed,
      completedShare: comparison.total === 0 ? null : comparison.completedShare,
      withTarget: comparison.withTarget,
      judged,
      onTime: outcome?.doneSlippage.filter((years) => years <= 0).length ?? 0,
      onTimeShare: comparison.onTimeShare,
      medianSlippage: comparison.medianSlippage,
      gap,
      extent: plan ? planExtent(plan, comparison.total) : null,
      goals: plan ? planGoals(plan) : [],
    };
  });
}

export interface PlanComparisonFacts {
  plans: number;
  withMeasures: number;
  judgedPlans: number;
}

export function planComparisonFacts(rows: readonly PlanComparisonRow[]): PlanComparisonFacts {
  return { plans: rows.length, withMeasures: rows.filter((row) => row.total > 0).length, judgedPlans: rows.filter((row) => row.gap === null).length };
}

/** The plans with measures registered, and those without any yet (a row that says so, with no figures). */
export function splitRegistered<R extends Pick<PlanComparisonRow, 'total'>>(rows: readonly R[]): { registered: R[]; unregistered: R[] } {
  return { registered: rows.filter((row) => row.total > 0), unregistered: rows.filter((row) => row.total === 0) };
}

/**
 * One table row per plan, in the catalogue's order: a plan with measures gets its figures; a plan with none gets
 * no figures at all (no zeros, no dashes), only the words that none is registered.
 */
export type PlanTableRow = { kind: 'figures'; row: PlanComparisonRow } | { kind: 'none'; row: PlanComparisonRow };

export function planTableRows(rows: readonly PlanComparisonRow[]): PlanTableRow[] {
  return rows.map((row) => (row.total > 0 ? { kind: 'figures', row } : { kind: 'none', row }));
}

/** The plans that state goals, for the goals shown under the table. */
export function plansWithGoals(rows: readonly PlanComparisonRow[]): PlanComparisonRow[] {
  return rows.filter((row) => row.goals.length > 0);
}
