import * as z from 'zod/mini';
import { addMonths, datePointSchema, endOf, yearOf, type IsoDate } from './date-point';
import { localizedTextSchema } from './localized-text';

/**
 * How the white paper words its target:
 * - `by`: done by then ("i 2016", "– 2015")
 * - `from`: in force or in place from then ("fra 2017", "trer i kraft i 2020")
 * - `earliest`: not before then, and no promise after ("tidligst fra 2017")
 * - `until`: something that runs until then ("frem til 2020")
 */
export const DEADLINE_KINDS = ['by', 'from', 'earliest', 'until'] as const;
export const deadlineKindSchema = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const deadlineSchema = z.strictObject({
  /** The white paper's own words, e.g. "tidligst fra 2017". */
  stated: localizedTextSchema,
  point: datePointSchema,
  kind: deadlineKindSchema,
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** The target year, used for slippage and for grouping by year. */
export function targetYear(deadline: Deadline): number {
  return yearOf(deadline.point.date);
}

/**
 * The last day on which the target is still met, or null when the deadline is not a promise that
 * can be missed. "tidligst fra 2017" only says "not before 2017", and "frem til 2020" says how long
 * something runs, so neither can be overdue. "fra 2017" is met by anything in force during 2017.
 */
export function lastDayOnTarget(deadline: Deadline): IsoDate | null {
  if (deadline.kind === 'earliest' || deadline.kind === 'until') return null;
  return endOf(deadline.point);
}

/** Whether a deadline falls due after `today` and no later than `months` from it (both ends inclusive of the window). */
export function isDueWithin(deadline: Deadline, today: IsoDate, months: number): boolean {
  const lastDay = lastDayOnTarget(deadline);
  if (lastDay === null) return false;
  return lastDay >= today && lastDay <= addMonths(today, months);
}

/** Whether two deadlines say the same thing, in the same words. */
export function sameDeadline(a: Deadline | null, b: Deadline | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.kind === b.kind &&
    a.point.date === b.point.date &&
    a.point.precision === b.point.precision &&
    a.stated.nb === b.stated.nb &&
    a.stated.nn === b.stated.nn &&
    a.stated.en === b.stated.en
  );
}
