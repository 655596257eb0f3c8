import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { IsoDate } from '@/domain/date-point';
import { nextDay, productId, type CalendarEvent, type CalendarHeader } from './calendar';
import { now } from './clock';

/** Loaded only when a calendar file is made (calendar.ts): `ics` and what it needs stay out of every page's code. */

function dateArray(date: IsoDate): DateArray {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return [year, month, day];
}

/** The events as an iCalendar file: all-day events (DTSTART;VALUE=DATE), free time, stamped with when it was made. */
export function writeCalendar(events: readonly CalendarEvent[], header: CalendarHeader): string {
  const timestamp = Date.parse(now());
  const attributes = events.map((event) => {
    // `timestamp` (DTSTAMP) is an attribute `ics` reads but does not declare.
    const attribute: EventAttributes & { timestamp: number } = {
      uid: event.uid,
      start: dateArray(event.date),
      end: dateArray(nextDay(event.date)),
      title: event.title,
      description: event.description,
      url: event.url,
      transp: 'TRANSPARENT',
      busyStatus: 'FREE',
      timestamp,
    };
    return attribute;
  });
  const { error, value } = createEvents(attributes, { productId: productId(header.language), method: 'PUBLISH', calName: header.name });
  if (error !== null || value === null) throw error ?? new Error('No calendar was written');
  return foldLines(value);
}

/** The octets of a character in UTF-8. */
function utf8Length(character: string): number {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 (3.1): a line longer than 75 octets is folded, a line break and a space before each part after the
 * first. `ics` folds at 75 characters, so a line with æ, ø or å (two octets each) came out longer: unfolded, and
 * folded again here by octets, never inside a character.
 */
export function foldLines(contents: string): string {
  return contents
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const character of line) {
        const size = utf8Length(character);
        // The first part may have 75 octets; each later one starts with the space, so has 74 of its own.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
