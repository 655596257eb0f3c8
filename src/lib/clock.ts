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

const HALF_DAY_MS = 12 * 3_600_000;

/**
 * The moment a change is recorded (an ISO timestamp). With a fixed date (tests), it is a moment of that date
 * (before noon UTC, so the same date in Norway), still moving forward, so that recorded changes keep their order
 * and never lie after the day the app believes it is.
 */
export function now(): string {
  if (fixedToday === null) return new Date().toISOString();
  return new Date(Date.parse(`${fixedToday}T00:00:00Z`) + (Date.now() % HALF_DAY_MS)).toISOString();
}
