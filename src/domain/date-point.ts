import * as z from 'zod/mini';

/** An ISO calendar date, YYYY-MM-DD. Dates are compared as strings, which sorts them correctly. */
export const isoDateSchema = z.iso.date();
export type IsoDate = string;

export const PRECISIONS = ['year', 'month', 'day'] as const;
export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

/**
 * A date known to a given precision. For `year` the date is the first of January, for `month` the
 * first of the month: the precision says how much of the date is known, never more.
 */
export const datePointSchema = z
  .strictObject({
    date: isoDateSchema,
    precision: precisionSchema,
  })
  .check(
    z.refine((point) => isCanonical(point), {
      message: 'A year-precision date must be YYYY-01-01 and a month-precision date YYYY-MM-01',
      path: ['date'],
    }),
  );
export type DatePoint = z.infer<typeof datePointSchema>;

function isCanonical(point: { date: string; precision: Precision }): boolean {
  if (point.precision === 'year') return point.date.endsWith('-01-01');
  if (point.precision === 'month') return point.date.endsWith('-01');
  return true;
}

/** A date no more precise than it is known, for files: "2017", "2017-09" or "2017-09-13"; empty for none. */
export function datePointText(point: DatePoint | null): string {
  if (point === null) return '';
  if (point.precision === 'year') return point.date.slice(0, 4);
  if (point.precision === 'month') return point.date.slice(0, 7);
  return point.date;
}

/**
 * A date written as datePointText writes it («2017», «2017-09», «2017-09-13») and known to be one of them (the
 * dataset's files are checked with datePointOf before they are read), read by its length alone.
 */
export function pointOfDateText(text: string): DatePoint {
  if (text.length === 4) return { date: `${text}-01-01`, precision: 'year' };
  if (text.length === 7) return { date: `${text}-01`, precision: 'month' };
  return { date: text, precision: 'day' };
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** The first day the point can refer to. */
export function startOf(point: DatePoint): IsoDate {
  return point.date;
}

/** The last day the point can refer to: 31 December for a year, the last of the month for a month. */
export function endOf(point: DatePoint): IsoDate {
  if (point.precision === 'day') return point.date;
  if (point.precision === 'year') return `${point.date.slice(0, 4)}-12-31`;
  const year = yearOf(point.date);
  const month = Number(point.date.slice(5, 7));
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${point.date.slice(0, 7)}-${String(lastDay).padStart(2, '0')}`;
}

export function yearPoint(year: number): DatePoint {
  return { date: `${year}-01-01`, precision: 'year' };
}

export function monthPoint(year: number, month: number): DatePoint {
  return { date: `${year}-${String(month).padStart(2, '0')}-01`, precision: 'month' };
}

export function dayPoint(date: IsoDate): DatePoint {
  return { date, precision: 'day' };
}

/** Adds whole months to an ISO date, clamping to the end of the month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const clamped = Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(clamped).padStart(2, '0')}`;
}

/** The last Sunday of a month (0-based), at 01:00 UTC: when Norway's summer time starts (March) and ends (October). */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/**
 * The calendar date of a timestamp in Norway's time zone, as YYYY-MM-DD. Norway keeps UTC+1, and UTC+2 in
 * summer from the last Sunday of March to the last Sunday of October at 01:00 UTC (the EU's rule, which Norway
 * has followed since 1996). Computed rather than asked of Intl: a formatter with a time zone costs tens of
 * milliseconds to create on a phone, on the first page's critical path.
 */
export function isoDateInOslo(instant: Date): IsoDate {
  const time = instant.getTime();
  const year = instant.getUTCFullYear();
  const summer = time >= lastSundayAt0100Utc(year, 2) && time < lastSundayAt0100Utc(year, 9);
  return new Date(time + (summer ? 2 : 1) * 3_600_000).toISOString().slice(0, 10);
}
