import { isoDateSchema, pointOfDateText, type DatePoint } from './date-point';

/*
 * On its own, not in date-point.ts: only the plan's form and the check of the dataset's files read dates written out
 * by hand, so it stays off the start-up of every page.
 */

/** «2015», «2015-05» or «2015-05-07» as a date of that precision (what datePointText writes); null when it is none of them. */
export function datePointOf(text: string): DatePoint | null {
  const value = text.trim();
  const written = /^\d{4}(-(0[1-9]|1[0-2]))?$/u.test(value) || (/^\d{4}-\d{2}-\d{2}$/u.test(value) && isoDateSchema.safeParse(value).success);
  return written ? pointOfDateText(value) : null;
}
