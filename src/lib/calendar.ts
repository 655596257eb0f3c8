import type { DatePoint, IsoDate } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import type { ExportFile } from './export-file';

/**
 * Calendar files (iCalendar, RFC 5545) of dates the app knows: duties' in-force dates, measures' deadlines. What
 * goes into a calendar is decided here and in the features' utils, as pure functions; the file itself is written
 * by `ics` in calendar-ics.ts, loaded only when a file is asked for.
 */

export const CALENDAR_TYPE = 'text/calendar;charset=utf-8';

/** One all-day event on a day that is known to the day. */
export interface CalendarEvent {
  /** Stable for the same thing, so that a calendar that imports the file again updates the event instead of adding one. */
  uid: string;
  date: IsoDate;
  title: string;
  description: string;
  /** The app's page about it. */
  url: string;
}

/** Something whose date is known only to a month or a year: a calendar would have to make up the day. */
export interface LeftOut<Item> {
  item: Item;
  point: DatePoint;
}

export interface DaySplit<Item> {
  /** The items whose date is known to the day, with that day. */
  days: { item: Item; date: IsoDate }[];
  leftOut: LeftOut<Item>[];
}

/**
 * The calendar's rule: only a date known to the day becomes an event. A year-precise date is stored as 1 January
 * and a month-precise one as the 1st (src/domain/date-point.ts); put in a calendar, either would read as that
 * very day, so they are left out, and the page says which.
 */
export function splitByDay<Item>(items: readonly Item[], pointOf: (item: Item) => DatePoint): DaySplit<Item> {
  const split: DaySplit<Item> = { days: [], leftOut: [] };
  for (const item of items) {
    const point = pointOf(item);
    if (point.precision === 'day') split.days.push({ item, date: point.date });
    else split.leftOut.push({ item, point });
  }
  return split;
}

/** The day after an ISO date: an all-day event ends (exclusive) the next day. */
export function nextDay(date: IsoDate): IsoDate {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** The PRODID of every calendar the app writes: who made it, and the language of its text. */
export function productId(language: Language): string {
  return `-//Tiltaksmonitor//Tiltaksmonitor//${language.toUpperCase()}`;
}

export interface CalendarHeader {
  /** The calendar's name, as a calendar app shows it (X-WR-CALNAME). */
  name: string;
  language: Language;
}

/** A calendar file to download; `ics` is loaded, and the file written, only when its contents are asked for. */
export function calendarFile(fileName: string, events: readonly CalendarEvent[], header: CalendarHeader): ExportFile {
  return {
    name: fileName,
    type: CALENDAR_TYPE,
    contents: async () => (await import('./calendar-ics')).writeCalendar(events, header),
  };
}
