import { isoDateInOslo, type IsoDate } from '@/domain/date-point';

/**
 * The one place that reads the real date. Domain functions take "today" as an argument; the app
 * and the mock API ask here, and tests fix the date so that "overdue" never depends on when they run.
 */
let fixedToday: IsoDate | null = null;

export function today(): IsoDate {
  return fixedToday ?? isoDateInOslo(new Date());
}

export function fixToday(date: IsoDate | null): void {
  fixedToday = date;
}

/** With a fixed date, recorded moments fall between 12:00 and 21:00 UTC: the same date in Norway, summer or winter. */
const NOON_UTC_MS = 12 * 3_600_000;
const NINE_HOURS_MS = 9 * 3_600_000;

/**
 * The moment a change is recorded (an ISO timestamp). With a fixed date (tests), it is a moment of that date in
 * the afternoon (after the dataset's own entries of that day, and the same date in Norway), still moving forward,
 * so that recorded changes keep their order and never lie after the day the app believes it is.
 */
export function now(): string {
  if (fixedToday === null) return new Date().toISOString();
  return new Date(Date.parse(`${fixedToday}T00:00:00Z`) + NOON_UTC_MS + (Date.now() % NINE_HOURS_MS)).toISOString();
}
