import { yearOf, type IsoDate } from './date-point';
import type { Measure } from './measure';
import type { MeasureFilters } from './measure-list-query';
import { textMatcher } from './measure-search';
import { isOpenAndDueWithin, isOverdue } from './overdue';
import { deadlineMoves, isCompletedLate } from './slippage';

/**
 * What the filters read: a measure as a list holds it (a summary, with `deadlineMoves`) or as the server
 * holds it (with its history, from which the moves are counted).
 */
export type Filterable = Pick<
  Measure,
  'planId' | 'areaId' | 'status' | 'instrument' | 'responsible' | 'deadline' | 'originalDeadline' | 'completedOn' | 'verified' | 'obligations' | 'title' | 'description'
> &
  ({ deadlineMoves: number } | Pick<Measure, 'history'>);

/** How many times a measure's deadline was moved: from its summary, or counted in its history. */
function movesOf(measure: { deadlineMoves: number } | Pick<Measure, 'history'>): number {
  return 'deadlineMoves' in measure ? measure.deadlineMoves : deadlineMoves(measure);
}

/**
 * Turns filters into one predicate, doing once what does not depend on the measure (the search
 * words above all): a list of 10,000 is filtered on every keystroke.
 */
export function compileFilters(filters: MeasureFilters, today: IsoDate): (measure: Filterable) => boolean {
  const matchesQuery = textMatcher(filters.q);
  const { plan, area, status, instrument, responsible, verified, overdue, hasObligation, completedLate, deadlineMoved, deadlineFrom, deadlineTo, dueWithinMonths } = filters;
  return (measure) => {
    if (plan?.length && !plan.includes(measure.planId)) return false;
    if (area?.length && !area.includes(measure.areaId)) return false;
    if (status?.length && !status.includes(measure.status)) return false;
    if (instrument?.length && !instrument.includes(measure.instrument)) return false;
    if (responsible?.length && !responsible.includes(measure.responsible.nb)) return false;
    if (verified?.length && !verified.includes(measure.verified)) return false;
    if (overdue !== undefined && isOverdue(measure, today) !== overdue) return false;
    if (hasObligation !== undefined && measure.obligations.length > 0 !== hasObligation) return false;
    if (completedLate !== undefined && isCompletedLate(measure) !== completedLate) return false;
    if (deadlineMoved !== undefined && movesOf(measure) > 0 !== deadlineMoved) return false;
    if (deadlineFrom !== undefined || deadlineTo !== undefined) {
      if (measure.deadline === null) return false;
      const year = yearOf(measure.deadline.point.date);
      if (deadlineFrom !== undefined && year < deadlineFrom) return false;
      if (deadlineTo !== undefined && year > deadlineTo) return false;
    }
    if (dueWithinMonths !== undefined && !isOpenAndDueWithin(measure, today, dueWithinMonths)) return false;
    return matchesQuery(measure);
  };
}

export function filterMeasures<T extends Filterable>(measures: readonly T[], filters: MeasureFilters, today: IsoDate): T[] {
  return measures.filter(compileFilters(filters, today));
}
