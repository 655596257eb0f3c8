import type { IsoDate } from './date-point';
import type { Measure } from './measure';
import { slippage, type Slippage } from './slippage';
import { hasTargetYear } from './target-year';

/**
 * Targets against outcomes, for researchers: shaped here, drawn and tabulated elsewhere. Only
 * measures whose plan stated a target year take part; the rest are counted so that the views can
 * say how many were left out and why.
 */

type Analysable = Pick<Measure, 'id' | 'planId' | 'areaId' | 'number' | 'title' | 'originalDeadline' | 'status' | 'completedOn'>;

export interface TargetActualRow extends Slippage {
  id: string;
  planId: string;
  areaId: string;
  number: number;
  title: Measure['title'];
}

/** One row per measure with a target year: planned year, actual year (or still open), slippage. */
export function targetVsActual(measures: readonly Analysable[], today: IsoDate): TargetActualRow[] {
  return measures
    .map((measure) => ({ measure, result: slippage(measure, today) }))
    .filter(({ result }) => hasTargetYear(result))
    .sort((a, b) => (a.result.targetYear ?? 0) - (b.result.targetYear ?? 0) || a.measure.planId.localeCompare(b.measure.planId) || a.measure.number - b.measure.number)
    .map(({ measure, result }) => ({
      id: measure.id,
      planId: measure.planId,
      areaId: measure.areaId,
      number: measure.number,
      title: measure.title,
      ...result,
    }));
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface GroupOutcome {
  key: string;
  /** Measures in the group with a target year the analysis can use. */
  withTarget: number;
  /** Done: slippage in years of each (0 or less is on time). */
  doneSlippage: number[];
  /** Still open and past the target: years behind so far (at least). */
  openLate: number[];
  /** Open and not yet due, or done without a known date, or closed without being done. */
  notJudged: number;
  /** Done on time among those that can be judged (done, or open past the target); null when none can. */
  onTimeShare: number | null;
  /** Median slippage of the done ones, in years. */
  medianSlippage: number | null;
}

/** Slippage and share on time for groups of measures (by area, by plan …). */
export function outcomesBy(measures: readonly Analysable[], keyOf: (measure: Analysable) => string, today: IsoDate, keys: readonly string[] = []): GroupOutcome[] {
  const groups = new Map<string, GroupOutcome>(keys.map((key) => [key, emptyOutcome(key)]));
  for (const measure of measures) {
    const row = slippage(measure, today);
    if (!hasTargetYear(row)) continue;
    const key = keyOf(measure);
    let group = groups.get(key);
    if (group === undefined) {
      group = emptyOutcome(key);
      groups.set(key, group);
    }
    group.withTarget += 1;
    if (row.state === 'done' && row.years !== null) group.doneSlippage.push(row.years);
    else if (row.state === 'open_late' && row.years !== null) group.openLate.push(row.years);
    else group.notJudged += 1;
  }
  return [...groups.values()].map((group) => {
    const onTime = group.doneSlippage.filter((years) => years <= 0).length;
    const judged = group.doneSlippage.length + group.openLate.length;
    return { ...group, onTimeShare: judged === 0 ? null : onTime / judged, medianSlippage: median(group.doneSlippage) };
  });
}

function emptyOutcome(key: string): GroupOutcome {
  return { key, withTarget: 0, doneSlippage: [], openLate: [], notJudged: 0, onTimeShare: null, medianSlippage: null };
}

export interface PlanComparison {
  planId: string;
  total: number;
  completed: number;
  completedShare: number;
  withTarget: number;
  onTimeShare: number | null;
  medianSlippage: number | null;
}

/** Plans side by side: how many measures, how many done, and how late the done ones were. */
export function comparePlans(measures: readonly Analysable[], planIds: readonly string[], today: IsoDate): PlanComparison[] {
  const outcomes = new Map(outcomesBy(measures, (measure) => measure.planId, today, planIds).map((outcome) => [outcome.key, outcome]));
  return planIds.map((planId) => {
    const inPlan = measures.filter((measure) => measure.planId === planId);
    const completed = inPlan.filter((measure) => measure.status === 'completed').length;
    const outcome = outcomes.get(planId) ?? emptyOutcome(planId);
    return {
      planId,
      total: inPlan.length,
      completed,
      completedShare: inPlan.length === 0 ? 0 : completed / inPlan.length,
      withTarget: outcome.withTarget,
      onTimeShare: outcome.onTimeShare,
      medianSlippage: outcome.medianSlippage,
    };
  });
}
