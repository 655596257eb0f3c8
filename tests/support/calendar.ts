import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  /** DTSTART as ical.js reads it: "2017-07-01" for a date. */
  start: string;
  /** The value type of DTSTART: "date" for an all-day event (VALUE=DATE), "date-time" otherwise. */
  startType: string;
  end: string;
  endType: string;
  /** DTSTAMP, as "2026-11-23T…Z" (a UTC date-time). */
  stamp: string;
}

function text(component: InstanceType<typeof ICAL.Component>, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return value === null ? '' : String(value);
}

/** An iCalendar file as ical.js (an independent parser) reads it: its header and its events. */
export function parseCalendar(contents: string) {
  const calendar = new ICAL.Component(ICAL.parse(contents) as unknown[]);
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((event) => {
    const start = event.getFirstProperty('dtstart');
    const end = event.getFirstProperty('dtend');
    return {
      uid: text(event, 'uid'),
      summary: text(event, 'summary'),
      description: text(event, 'description'),
      url: text(event, 'url'),
      start: String(start?.getFirstValue() ?? ''),
      startType: start?.type ?? '',
      end: String(end?.getFirstValue() ?? ''),
      endType: end?.type ?? '',
      stamp: text(event, 'dtstamp'),
    };
  });
  return { name: calendar.name, version: text(calendar, 'version'), prodId: text(calendar, 'prodid'), calName: text(calendar, 'x-wr-calname'), events };
}
