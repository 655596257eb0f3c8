import { yearOf, type IsoDate } from '@/domain/date-point';
import { targetYear } from '@/domain/deadline';
import type { MeasureSummary } from '@/domain/measure';
import { countTargets, isTargetDeadline, type TargetCounts } from '@/domain/target-year';
import { isSaneYear, YEAR_MAX, YEAR_MIN } from '@/domain/year-range';
import type { Plan } from '@/domain/plan';

export interface BurnUpRow {
  year: number;
  /** Measures with a target year of this year or earlier: the plan said they would be done by its end. */
  targets: number;
  /** Of the measures with a target year, completed by the end of the year (or by the date shown); null after it. */
  completedWithTarget: number | null;
  /** Completed by then among the measures without a target year, drawn apart; null after the date shown. */
  completedWithoutTarget: number | null;
}

export interface BurnUp {
  rows: BurnUpRow[];
  total: number;
  /** Every completed measure, with or without a target year. */
  completed: number;
  /** Target years, the one definition (src/domain/target-year.ts): the same figures as the analysis. */
  targets: TargetCounts;
  /** Completed among those with a target year (on time, late, or when not known). */
  completedWithTarget: number;
  /** Measures without a target year (none in the plan, or "frem til"), and how many of them are completed. */
  withoutTarget: number;
  completedWithoutTarget: number;
  /** Completed, but when is not known: not in the lines. */
  completedDateUnknown: number;
  /** With a target year outside YEAR_MIN–YEAR_MAX (input-rules.ts): counted in targets, not in the line. */
  targetOutOfRange: number;
}

type BurnUpFields = Pick<MeasureSummary, 'planId' | 'status' | 'completedOn' | 'originalDeadline'>;

/**
 * Completed measures over time against the plan's targets, year by year, like with like: the targets line and
 * the completed line count the same measures (those with a target year), and the completed measures without a
 * target year are a line of their own. Years are the finest grain every date here is known to, so no point
 * claims more precision than its source. The years run from YEAR_MIN to YEAR_MAX at most, whatever dates
 * arrive: a target outside them is counted, not drawn.
 */
export function burnUpSeries(measures: readonly BurnUpFields[], plans: readonly Pick<Plan, 'id' | 'published'>[], asOf: IsoDate): BurnUp {
  const lastShownYear = yearOf(asOf);
  const publishedYear = new Map(plans.flatMap((plan) => (plan.published === null ? [] : [[plan.id, yearOf(plan.published.date)] as const])));
  const startYears = measures.map((measure) => publishedYear.get(measure.planId)).filter((year) => year !== undefined);
  const firstYear = Math.max(YEAR_MIN, startYears.length > 0 ? Math.min(...startYears) : lastShownYear);

  const withTargetDoneIn = new Map<number, number>();
  const withoutTargetDoneIn = new Map<number, number>();
  const targetsIn = new Map<number, number>();
  const add = (map: Map<number, number>, year: number) => map.set(year, (map.get(year) ?? 0) + 1);
  const facts = { completed: 0, completedWithTarget: 0, completedWithoutTarget: 0, completedDateUnknown: 0, targetOutOfRange: 0 };

  for (const measure of measures) {
    const deadline = measure.originalDeadline;
    const hasTarget = isTargetDeadline(deadline);
    if (hasTarget) {
      const year = targetYear(deadline);
      if (isSaneYear(year)) add(targetsIn, Math.max(year, firstYear));
      else facts.targetOutOfRange += 1;
    }
    if (measure.status !== 'completed') continue;
    facts.completed += 1;
    if (hasTarget) facts.completedWithTarget += 1;
    else facts.completedWithoutTarget += 1;
    if (measure.completedOn === null) facts.completedDateUnknown += 1;
    else add(hasTarget ? withTargetDoneIn : withoutTargetDoneIn, Math.max(yearOf(measure.completedOn.date), firstYear));
  }

  const rows: BurnUpRow[] = [];
  if (measures.length > 0) {
    const lastYear = Math.min(YEAR_MAX, Math.max(lastShownYear, ...targetsIn.keys()));
    let withTarget = 0;
    let withoutTarget = 0;
    let targets = 0;
    for (let year = firstYear; year <= lastYear; year += 1) {
      withTarget += withTargetDoneIn.get(year) ?? 0;
      withoutTarget += withoutTargetDoneIn.get(year) ?? 0;
      targets += targetsIn.get(year) ?? 0;
      const shown = year <= lastShownYear;
      rows.push({ year, targets, completedWithTarget: shown ? withTarget : null, completedWithoutTarget: shown ? withoutTarget : null });
    }
  }
  const targets = countTargets(measures, asOf);
  return { rows, total: measures.length, targets, withoutTarget: targets.noTarget + targets.notATarget, ...facts };
}
