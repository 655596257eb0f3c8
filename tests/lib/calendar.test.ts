import { describe, expect, it } from 'vitest';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import { CALENDAR_TYPE, calendarFile, nextDay, productId, splitByDay, type CalendarEvent } from '@/lib/calendar';
import { foldLines, writeCalendar } from '@/lib/calendar-ics';
import { parseCalendar } from '../support/calendar';
import { TEST_TODAY } from '../test-date';

describe('splitByDay: only a date known to the day becomes an event', () => {
  it.each<[string, DatePoint, 'day' | 'left out']>([
    ['a day', dayPoint('2017-07-01'), 'day'],
    ['1 January known to the day', dayPoint('2020-01-01'), 'day'],
    ['a month (stored as the 1st)', monthPoint(2017, 3), 'left out'],
    ['a year (stored as 1 January)', yearPoint(2016), 'left out'],
  ])('%s', (_, point, expected) => {
    const split = splitByDay([{ id: 'a', point }], (item) => item.point);
    if (expected === 'day') {
      expect(split).toEqual({ days: [{ item: { id: 'a', point }, date: point.date }], leftOut: [] });
    } else {
      expect(split).toEqual({ days: [], leftOut: [{ item: { id: 'a', point }, point }] });
    }
  });

  it('keeps the order of each part', () => {
    const items = [dayPoint('2019-01-01'), yearPoint(2015), dayPoint('2016-07-01'), monthPoint(2020, 5)];
    const split = splitByDay(items, (point) => point);
    expect(split.days.map((day) => day.date)).toEqual(['2019-01-01', '2016-07-01']);
    expect(split.leftOut.map((left) => left.point.date)).toEqual(['2015-01-01', '2020-05-01']);
  });
});

describe('nextDay: where an all-day event ends', () => {
  it.each([
    ['2017-07-01', '2017-07-02'],
    ['2017-01-31', '2017-02-01'],
    ['2016-02-28', '2016-02-29'],
    ['2017-02-28', '2017-03-01'],
    ['2019-12-31', '2020-01-01'],
  ])('%s → %s', (date, expected) => {
    expect(nextDay(date)).toBe(expected);
  });
});

const EVENTS: CalendarEvent[] = [
  {
    uid: 'plikt-a@tiltaksmonitor',
    date: '2017-07-01',
    title: 'Plikt trer i kraft: venteliste, vedtak; og «rett»',
    description: 'Lovgrunnlag: pasient- og brukerrettighetsloven § 2-1 e\nPliktene gjelder alle kommuner likt. Æ, ø og å i en lang linje som må brettes over flere linjer i filen.',
    url: 'http://localhost:3000/kommune/4601#plikt-a',
  },
  { uid: 'plikt-b@tiltaksmonitor', date: '2019-12-31', title: 'Plikt b', description: 'b', url: 'http://localhost:3000/kommune/4601#plikt-b' },
];

describe('writeCalendar: the file, as an independent parser reads it', () => {
  it('is a VCALENDAR 2.0 named by Tiltaksmonitor, with one all-day event per day', () => {
    const parsed = parseCalendar(writeCalendar(EVENTS, { name: 'Lovpålagte plikter for Bergen kommune', language: 'nb' }));
    expect(parsed).toMatchObject({ name: 'vcalendar', version: '2.0', prodId: '-//Tiltaksmonitor//Tiltaksmonitor//NB', calName: 'Lovpålagte plikter for Bergen kommune' });
    expect(parsed.events).toHaveLength(2);
    const [first, second] = parsed.events;
    expect(first).toMatchObject({
      uid: 'plikt-a@tiltaksmonitor',
      summary: EVENTS[0]?.title,
      description: EVENTS[0]?.description,
      url: 'http://localhost:3000/kommune/4601#plikt-a',
      start: '2017-07-01',
      startType: 'date',
      end: '2017-07-02',
      endType: 'date',
    });
    expect(second).toMatchObject({ start: '2019-12-31', startType: 'date', end: '2020-01-01', endType: 'date' });
    // DTSTAMP: when the file was made, by the app's clock (fixed in tests).
    expect(first?.stamp.slice(0, 10)).toBe(TEST_TODAY);
  });

  it('marks the events as free time and keeps the lines within 75 octets', () => {
    const contents = writeCalendar(EVENTS, { name: 'x', language: 'en' });
    expect(contents).toContain('DTSTART;VALUE=DATE:20170701\r\n');
    expect(contents).toContain('TRANSP:TRANSPARENT\r\n');
    expect(contents).toContain('PRODID:-//Tiltaksmonitor//Tiltaksmonitor//EN\r\n');
    for (const line of contents.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('writes a calendar with no events when there are none', () => {
    expect(parseCalendar(writeCalendar([], { name: 'x', language: 'nn' })).events).toEqual([]);
  });
});

describe('foldLines: lines of at most 75 octets (RFC 5545 3.1), never split inside a character', () => {
  const octets = (line: string) => new TextEncoder().encode(line).length;
  it.each([
    ['a short line', 'SUMMARY:kort', 1],
    ['75 octets exactly', `SUMMARY:${'a'.repeat(67)}`, 1],
    ['76 octets', `SUMMARY:${'a'.repeat(68)}`, 2],
    ['two-octet letters', `DESCRIPTION:${'æøå'.repeat(40)}`, 4],
    ['an emoji across the edge', `SUMMARY:${'a'.repeat(66)}😀b`, 2],
  ])('%s', (_, line, parts) => {
    const folded = foldLines(`${line}\r\n`).split('\r\n').filter((part) => part !== '');
    expect(folded).toHaveLength(parts);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    // Unfolded again (a line break and one space removed), it is the line it was.
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('unfolds what ics folded (at 75 characters, with a tab) before folding by octets', () => {
    expect(foldLines('SUMMARY:ab\r\n\tcd\r\n')).toBe('SUMMARY:abcd\r\n');
  });
});

describe('calendarFile', () => {
  it('is a text/calendar file whose contents are made (with ics) when asked for', async () => {
    const file = calendarFile('plikter-4601.ics', EVENTS, { name: 'x', language: 'nb' });
    expect(file).toMatchObject({ name: 'plikter-4601.ics', type: CALENDAR_TYPE });
    expect(CALENDAR_TYPE).toMatch(/^text\/calendar/);
    expect(parseCalendar(await file.contents()).events.map((event) => event.uid)).toEqual(['plikt-a@tiltaksmonitor', 'plikt-b@tiltaksmonitor']);
  });

  it.each([
    ['nb', '-//Tiltaksmonitor//Tiltaksmonitor//NB'],
    ['nn', '-//Tiltaksmonitor//Tiltaksmonitor//NN'],
    ['en', '-//Tiltaksmonitor//Tiltaksmonitor//EN'],
  ] as const)('names Tiltaksmonitor and the language (%s) in PRODID', (language, expected) => {
    expect(productId(language)).toBe(expected);
  });
});
