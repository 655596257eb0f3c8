import { yearOf, type IsoDate } from './date-point';
import { lastDayOnTarget, targetYear } from './deadline';
import type { Measure } from './measure';

/**
 * - `no_target`: the plan named no year
 * - `done`: completed; `years` is the completion year minus the target year (negative = early)
 * - `done_date_unknown`: completed, but when is not known
 * - `closed`: cancelled or replaced, so never done as planned
 * - `open_late`: still open and past its target; `years` is how far behind it is so far (at least)
 * - `open`: still open and not yet past its target (or the target is no promise, as "tidligst")
 * - `not_a_deadline`: the plan's date says how long something runs ("frem til 2020"), not when it is due
 */
export type SlippageState = 'no_target' | 'done' | 'done_date_unknown' | 'closed' | 'open_late' | 'open' | 'not_a_deadline';

export interface Slippage {
  state: SlippageState;
  targetYear: number | null;
  actualYear: number | null;
  years: number | null;
}

/** Planned year (the plan's original deadline) against the year it was done. */
export function slippage(
  measure: Pick<Measure, 'originalDeadline' | 'status' | 'completedOn'>,
  today: IsoDate,
): Slippage {
  const deadline = measure.originalDeadline;
  if (deadline === null) return { state: 'no_target', targetYear: null, actualYear: null, years: null };
  const target = targetYear(deadline);
  if (deadline.kind === 'until') {
    const actual = measure.status === 'completed' && measure.completedOn !== null ? yearOf(measure.completedOn.date) : null;
    return { state: 'not_a_deadline', targetYear: target, actualYear: actual, years: null };
  }
  if (measure.status === 'completed') {
    if (measure.completedOn === null) {
      return { state: 'done_date_unknown', targetYear: target, actualYear: null, years: null };
    }
    const actual = yearOf(measure.completedOn.date);
    return { state: 'done', targetYear: target, actualYear: actual, years: actual - target };
  }
  if (measure.status === 'cancelled' || measure.status === 'replaced') {
    return { state: 'closed', targetYear: target, actualYear: null, years: null };
  }
  const lastDay = lastDayOnTarget(deadline);
  if (lastDay !== null && today > lastDay) {
    return { state: 'open_late', targetYear: target, actualYear: null, years: yearOf(today) - target };
  }
  return { state: 'open', targetYear: target, actualYear: null, years: null };
}

/**
 * Completed in a later year than the plan's own target year («fullført for sent»): slippage's `done` with at least
 * one year, so that the list's filter and the analysis count the same measures. A deadline that only says how
 * long something runs ("frem til 2020") is never missed, and a completion with no known date is not judged.
 */
export function isCompletedLate(measure: Pick<Measure, 'originalDeadline' | 'status' | 'completedOn'>): boolean {
  if (measure.status !== 'completed' || measure.completedOn === null || measure.originalDeadline === null) return false;
  const { state, years } = slippage(measure, measure.completedOn.date);
  return state === 'done' && years !== null && years > 0;
}

/** How many times the deadline has been moved since the plan set it. */
export function deadlineMoves(measure: Pick<Measure, 'history'>): number {
  return measure.history.filter((entry) => entry.type === 'deadline').length;
}
