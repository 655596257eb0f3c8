import type { IsoDate } from '@/domain/date-point';
import { targetYear } from '@/domain/deadline';
import { isSaneYear } from '@/domain/year-range';
import type { MeasureSummary } from '@/domain/measure';
import { isOverdue } from '@/domain/overdue';
import { emptyStatusCounts, type Status } from '@/domain/status';

export interface DeadlineYearRow {
  year: number;
  counts: Record<Status, number>;
  total: number;
  /** Open measures past their deadline on the day shown. */
  overdue: number;
}

export interface DeadlineSeries {
  /**
   * Every year from the first target year to the last, years without a deadline included (as zeros); only
   * years from YEAR_MIN to YEAR_MAX (input-rules.ts), so there are never more than 111 rows whatever arrives.
   */
  rows: DeadlineYearRow[];
  total: number;
  withDeadline: number;
  withoutDeadline: number;
  /** With a deadline whose year is outside YEAR_MIN–YEAR_MAX: counted (in withDeadline too), not placed. */
  outOfRange: number;
  /** Overdue among the measures placed in the rows. */
  overdue: number;
}

type DeadlineFields = Pick<MeasureSummary, 'deadline' | 'status'>;

/**
 * Measures by the year of their deadline (as it stood on `today`), by status, with the overdue ones
 * counted apart. Measures without a stated deadline have no year, and a year outside the sane range
 * (a 0000 or 9999 that reached the data) is no year to draw: both are counted, not placed.
 */
export function deadlineSeries(measures: readonly DeadlineFields[], today: IsoDate): DeadlineSeries {
  const byYear = new Map<number, DeadlineYearRow>();
  let withoutDeadline = 0;
  let outOfRange = 0;
  let overdue = 0;
  for (const measure of measures) {
    if (measure.deadline === null) {
      withoutDeadline += 1;
      continue;
    }
    const year = targetYear(measure.deadline);
    if (!isSaneYear(year)) {
      outOfRange += 1;
      continue;
    }
    let row = byYear.get(year);
    if (row === undefined) {
      row = { year, counts: emptyStatusCounts(), total: 0, overdue: 0 };
      byYear.set(year, row);
    }
    row.counts[measure.status] += 1;
    row.total += 1;
    if (isOverdue(measure, today)) {
      row.overdue += 1;
      overdue += 1;
    }
  }
  const years = [...byYear.keys()];
  const rows: DeadlineYearRow[] = [];
  if (years.length > 0) {
    const last = Math.max(...years);
    for (let year = Math.min(...years); year <= last; year += 1) {
      rows.push(byYear.get(year) ?? { year, counts: emptyStatusCounts(), total: 0, overdue: 0 });
    }
  }
  return { rows, total: measures.length, withDeadline: measures.length - withoutDeadline, withoutDeadline, outOfRange, overdue };
}
