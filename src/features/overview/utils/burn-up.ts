import { yearOf, type IsoDate } from '@/domain/date-point';
import { targetYear, type Deadline } from '@/domain/deadline';
import type { MeasureSummary } from '@/domain/measure';
import { isSaneYear, YEAR_MAX, YEAR_MIN } from '@/domain/year-range';
import type { Plan } from '@/domain/plan';

export interface BurnUpRow {
  year: number;
  /** Completed during the year; null for years after the date shown. */
  completedInYear: number | null;
  /** Completed by the end of the year (or by the date shown, in its own year); null after it. */
  completed: number | null;
  /** Measures whose plan said they would be done by the end of the year. */
  targets: number;
  /** Measures in the plans presented by then. */
  scope: number;
}

export interface BurnUp {
  rows: BurnUpRow[];
  total: number;
  completed: number;
  /** Completed, but when is not known: not in the line. */
  completedDateUnknown: number;
  /** The plan stated a deadline of some kind. */
  withDeadline: number;
  /** The deadline is a year to be done by ("i 2016", "fra 2017"): these make the targets line. */
  withTarget: number;
  /** "tidligst fra 2017" or "frem til 2020": a year, but no promise to be done by then. */
  withNonPromiseDeadline: number;
  withoutDeadline: number;
  /** Of those with a target, completed in or before the target year. */
  metOnTime: number;
  /** With a target year outside YEAR_MIN–YEAR_MAX (input-rules.ts): counted in withTarget, not in the line. */
  targetOutOfRange: number;
}

type BurnUpFields = Pick<MeasureSummary, 'planId' | 'status' | 'completedOn' | 'originalDeadline'>;

/** A deadline the plan meant as a promise to be done by the end of its year. */
function isTarget(deadline: Deadline): boolean {
  return deadline.kind === 'by' || deadline.kind === 'from';
}

/**
 * Completed measures over time against the plan's targets, year by year. Years are the finest
 * grain every date here is known to, so no point claims more precision than its source. Targets are
 * the plan's own (original) deadlines; measures without one are not in the targets line, and the
 * facts say how many that is. The years run from YEAR_MIN to YEAR_MAX at most, whatever dates arrive:
 * a target outside them is counted, not drawn.
 */
export function burnUpSeries(
  measures: readonly BurnUpFields[],
  plans: readonly Pick<Plan, 'id' | 'published'>[],
  asOf: IsoDate,
): BurnUp {
  const lastShownYear = yearOf(asOf);
  const publishedYear = new Map(plans.flatMap((plan) => (plan.published === null ? [] : [[plan.id, yearOf(plan.published.date)] as const])));
  const startYears = measures.map((measure) => publishedYear.get(measure.planId)).filter((year) => year !== undefined);
  const firstYear = Math.max(YEAR_MIN, startYears.length > 0 ? Math.min(...startYears) : lastShownYear);

  const completedIn = new Map<number, number>();
  const targetsIn = new Map<number, number>();
  const scopeFrom = new Map<number, number>();
  const add = (map: Map<number, number>, year: number) => map.set(year, (map.get(year) ?? 0) + 1);
  const facts = { completed: 0, completedDateUnknown: 0, withDeadline: 0, withTarget: 0, withNonPromiseDeadline: 0, metOnTime: 0, targetOutOfRange: 0 };

  for (const measure of measures) {
    add(scopeFrom, Math.max(publishedYear.get(measure.planId) ?? firstYear, firstYear));
    const doneYear = measure.status === 'completed' && measure.completedOn !== null ? yearOf(measure.completedOn.date) : null;
    if (measure.status === 'completed') {
      facts.completed += 1;
      if (doneYear === null) facts.completedDateUnknown += 1;
      else add(completedIn, Math.max(doneYear, firstYear));
    }
    const deadline = measure.originalDeadline;
    if (deadline === null) continue;
    facts.withDeadline += 1;
    if (isTarget(deadline)) {
      facts.withTarget += 1;
      const year = targetYear(deadline);
      if (isSaneYear(year)) add(targetsIn, Math.max(year, firstYear));
      else facts.targetOutOfRange += 1;
      if (doneYear !== null && doneYear <= year) facts.metOnTime += 1;
    } else {
      facts.withNonPromiseDeadline += 1;
    }
  }

  const rows: BurnUpRow[] = [];
  if (measures.length > 0) {
    const lastYear = Math.min(YEAR_MAX, Math.max(lastShownYear, ...targetsIn.keys()));
    let completed = 0;
    let targets = 0;
    let scope = 0;
    for (let year = firstYear; year <= lastYear; year += 1) {
      const completedInYear = completedIn.get(year) ?? 0;
      completed += completedInYear;
      targets += targetsIn.get(year) ?? 0;
      scope += scopeFrom.get(year) ?? 0;
      const shown = year <= lastShownYear;
      rows.push({ year, completedInYear: shown ? completedInYear : null, completed: shown ? completed : null, targets, scope });
    }
  }
  return { rows, total: measures.length, withoutDeadline: measures.length - facts.withDeadline, ...facts };
}
