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

/** Open measures whose deadline falls due from today up to `months` months ahead, soonest first. */
export function upcomingDeadlines<T extends DeadlineAndStatus>(
  measures: readonly T[],
  today: IsoDate,
  months = 12,
): T[] {
  const due: { measure: T; lastDay: IsoDate }[] = [];
  for (const measure of measures) {
    if (measure.deadline === null || isClosed(measure.status)) continue;
    if (!isDueWithin(measure.deadline, today, months)) continue;
    const lastDay = lastDayOnTarget(measure.deadline);
    if (lastDay !== null) due.push({ measure, lastDay });
  }
  return due.sort((a, b) => a.lastDay.localeCompare(b.lastDay)).map((entry) => entry.measure);
}
