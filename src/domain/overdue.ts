import type { IsoDate } from './date-point';
import { isDueWithin, lastDayOnTarget } from './deadline';
import type { Measure } from './measure';
import { isClosed } from './status';

type DeadlineAndStatus = Pick<Measure, 'deadline' | 'status'>;

/**
 * A measure is overdue when it is still open and the last day on which its deadline is met has
 * passed. Measures without a deadline, with an "earliest" or "until" deadline, and closed measures
 * (completed, cancelled, replaced) are never overdue.
 */
export function isOverdue(measure: DeadlineAndStatus, today: IsoDate): boolean {
  if (measure.deadline === null || isClosed(measure.status)) return false;
  const lastDay = lastDayOnTarget(measure.deadline);
  return lastDay !== null && today > lastDay;
}

/**
 * How far ahead "due within a year" looks, in months: `/api/summary`'s `dueWithinYear` counts this
 * window, and the overview's key figure links to the list filtered by it (`dueWithinMonths`).
 */
export const DUE_WITHIN_YEAR_MONTHS = 12;

/** Whether a measure is still open and its deadline falls due from today up to `months` months ahead. */
export function isOpenAndDueWithin(measure: DeadlineAndStatus, today: IsoDate, months: number): boolean {
  return measure.deadline !== null && !isClosed(measure.status) && isDueWithin(measure.deadline, today, months);
}
