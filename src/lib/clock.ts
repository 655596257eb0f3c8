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
