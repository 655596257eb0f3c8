import { describe, expect, it } from 'vitest';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Deadline, DeadlineKind } from '@/domain/deadline';
import type { Language } from '@/domain/localized-text';
import type { Measure } from '@/domain/measure';
import { toMeasureSummary } from '@/domain/measure-summary';
import type { Status } from '@/domain/status';
import { deadlineCalendar, deadlineCalendarFileName, deadlineEventUid, type DeadlineCalendarContext } from '@/features/measures/utils/deadline-calendar';
import { makeMeasure } from '../../support/measure-factory';

function deadline(point: DatePoint, kind: DeadlineKind = 'by', stated = 'innen 1. mars 2027'): Deadline {
  return { point, kind, stated: { nb: stated, en: `en: ${stated}` } };
}

function measure(overrides: Partial<Measure>) {
  return toMeasureSummary(makeMeasure({ planId: 'meld-st-26-2014-2015', title: { nb: 'Et tiltak', en: 'A measure' }, ...overrides }));
}

function context(language: Language = 'nb'): DeadlineCalendarContext {
  return {
    language,
    plans: new Map([['meld-st-26-2014-2015', { reference: 'Meld. St. 26 (2014–2015)' }]]),
    measureUrl: (id) => `http://localhost:3000/tiltak/${id}`,
    texts: {
      title: (kind, text) => `${kind}: ${text}`,
      stated: 'Fristen i planen',
      responsible: 'Ansvarlig',
      status: (status) => `Status: ${status}`,
    },
  };
}

describe('deadlineCalendar: which deadlines become events', () => {
  it.each<[string, Status, Deadline | null, 'event' | 'left out' | 'closed' | 'no deadline']>([
    ['an open measure with a day', 'in_progress', deadline(dayPoint('2027-03-01')), 'event'],
    ['a planned one with a day', 'planned', deadline(dayPoint('2027-03-01')), 'event'],
    ['one at risk with a day', 'at_risk', deadline(dayPoint('2027-03-01')), 'event'],
    ['«i 2016»: a year is not a day', 'in_progress', deadline(yearPoint(2016), 'by', 'i 2016'), 'left out'],
    ['a month is not a day', 'planned', deadline(monthPoint(2027, 3), 'by', 'mars 2027'), 'left out'],
    ['a completed measure', 'completed', deadline(dayPoint('2027-03-01')), 'closed'],
    ['a cancelled one', 'cancelled', deadline(dayPoint('2027-03-01')), 'closed'],
    ['a replaced one', 'replaced', deadline(dayPoint('2027-03-01')), 'closed'],
    ['an open measure without a deadline', 'planned', null, 'no deadline'],
  ])('%s', (_, status, due, expected) => {
    const calendar = deadlineCalendar([measure({ status, deadline: due })], context());
    expect({
      events: calendar.events.length,
      leftOut: calendar.leftOut.length,
      closed: calendar.closed,
      withoutDeadline: calendar.withoutDeadline,
    }).toEqual({
      events: expected === 'event' ? 1 : 0,
      leftOut: expected === 'left out' ? 1 : 0,
      closed: expected === 'closed' ? 1 : 0,
      withoutDeadline: expected === 'no deadline' ? 1 : 0,
    });
  });

  it('keeps the order of the view, and says what is known of the deadlines left out', () => {
    const early = measure({ status: 'planned', deadline: deadline(dayPoint('2027-03-01')) });
    const year = measure({ status: 'planned', deadline: deadline(yearPoint(2016), 'by', 'i 2016') });
    const late = measure({ status: 'planned', deadline: deadline(dayPoint('2026-12-31')) });
    const calendar = deadlineCalendar([early, year, late], context());
    expect(calendar.events.map((event) => [event.uid, event.date])).toEqual([
      [deadlineEventUid(early.id), '2027-03-01'],
      [deadlineEventUid(late.id), '2026-12-31'],
    ]);
    expect(calendar.leftOut).toEqual([{ item: year, point: yearPoint(2016) }]);
  });
});

describe('deadlineCalendar: what an event says', () => {
  it.each<[DeadlineKind]>([['by'], ['from'], ['earliest'], ['until']])('a deadline of kind %s is titled by its kind, with the measure', (kind) => {
    const one = measure({ status: 'planned', number: 7, deadline: deadline(dayPoint('2027-03-01'), kind) });
    expect(deadlineCalendar([one], context()).events[0]?.title).toBe(`${kind}: Meld. St. 26 (2014–2015) #7 Et tiltak`);
  });

  it.each<[Language, string, string]>([
    ['nb', 'Et tiltak', '«innen 1. mars 2027»'],
    ['en', 'A measure', '«en: innen 1. mars 2027»'],
  ])('in %s: the measure, the plan’s own words for the deadline, who is responsible, the status and the link', (language, title, stated) => {
    const one = measure({ id: 'ms26-07', status: 'at_risk', deadline: deadline(dayPoint('2027-03-01')) });
    const [event] = deadlineCalendar([one], context(language)).events;
    expect(event?.uid).toBe('frist-ms26-07@tiltaksmonitor');
    expect(event?.url).toBe('http://localhost:3000/tiltak/ms26-07');
    expect(event?.description.split('\n')).toEqual([
      title,
      `Fristen i planen: ${stated}`,
      `Ansvarlig: ${language === 'en' ? 'Ministry of Health and Care Services' : 'Helse- og omsorgsdepartementet'}`,
      'Status: at_risk',
      'http://localhost:3000/tiltak/ms26-07',
    ]);
  });

  it.each([
    [{ exportedOn: '2026-11-23', asOf: null, synthetic: false }, 'frister-2026-11-23.ics'],
    [{ exportedOn: '2026-11-23', asOf: '2016-01-01', synthetic: false }, 'frister-per-2016-01-01-2026-11-23.ics'],
    [{ exportedOn: '2026-11-23', asOf: null, synthetic: true }, 'frister-syntetiske-testdata-2026-11-23.ics'],
  ])('the file of %j is %s', (meta, name) => {
    expect(deadlineCalendarFileName(meta)).toBe(name);
  });
});
