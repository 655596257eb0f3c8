import { describe, expect, it } from 'vitest';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import type { Obligation } from '@/domain/measure';
import type { MunicipalDutyItem } from '@/domain/municipality';
import { dutyCalendar, dutyCalendarFileName, dutyEventUid, type DutyCalendarContext } from '@/features/municipality/utils/duty-calendar';
import { datasetObligation as obligation } from '@mocks/fixtures/checked';

const CARER_SUPPORT_2017 = obligation('hol-3-6-parorendestotte-2017');
const CORE_COMPETENCE_2018 = obligation('hol-3-2-kjernekompetanse-2018');
const CORE_COMPETENCE_2020 = obligation('hol-3-2-kjernekompetanse-2020');

const PLANS = new Map([['meld-st-26-2014-2015', { reference: 'Meld. St. 26 (2014–2015)' }]]);

function duty(obligation: Obligation, inForce: DatePoint = obligation.inForce): MunicipalDutyItem {
  return {
    obligation: { ...obligation, inForce },
    uncertain: false,
    measures: [{ id: 'ms26-24', planId: 'meld-st-26-2014-2015', number: 24, status: 'in_progress', title: { nb: 'Pårørende', en: 'Carers' }, sources: [] }],
  };
}

function context(language: Language = 'nb'): DutyCalendarContext {
  return {
    language,
    plans: PLANS,
    pageUrl: 'http://localhost:3000/kommune/4601',
    texts: {
      title: (text) => `Plikt: ${text}`,
      legalBasis: 'Lovgrunnlag',
      measures: 'Kommer fra',
      note: 'Merknad',
      verification: (verified) => `Verifisering: ${verified}`,
      appliesToAll: 'Gjelder alle.',
    },
  };
}

describe('dutyCalendar: which duties become events', () => {
  it.each<[string, DatePoint, number, number]>([
    ['a day', dayPoint('2017-10-01'), 1, 0],
    ['a month: no day to put it on', monthPoint(2017, 10), 0, 1],
    ['a year: not 1 January', yearPoint(2017), 0, 1],
  ])('in force on %s', (_, inForce, events, leftOut) => {
    const calendar = dutyCalendar({ inForce: [duty(CARER_SUPPORT_2017, inForce)], coming: [] }, context());
    expect(calendar.events).toHaveLength(events);
    expect(calendar.leftOut.map((left) => [left.item.obligation.id, left.point])).toEqual(leftOut === 0 ? [] : [[CARER_SUPPORT_2017.id, inForce]]);
  });

  it('takes the duties in force and the coming ones, in force first, and leaves out what is known only to a year', () => {
    const calendar = dutyCalendar(
      { inForce: [duty(CARER_SUPPORT_2017)], coming: [duty(CORE_COMPETENCE_2018), duty(CORE_COMPETENCE_2020, yearPoint(2020))] },
      context(),
    );
    expect(calendar.events.map((event) => [event.uid, event.date])).toEqual([
      [dutyEventUid(CARER_SUPPORT_2017.id), '2017-10-01'],
      [dutyEventUid(CORE_COMPETENCE_2018.id), '2018-01-01'],
    ]);
    expect(calendar.leftOut.map((left) => left.item.obligation.id)).toEqual([CORE_COMPETENCE_2020.id]);
  });
});

describe('dutyCalendar: what an event says', () => {
  it.each<[Language, string, string]>([
    ['nb', 'Plikt: Kommunen må ha tilgang til disse fem yrkesgruppene, ansatt eller gjennom avtale.', 'Kommunen skal ha knyttet til seg lege'],
    ['en', 'Plikt: The municipality must have these five professions available, employed or by agreement.', 'The municipality must have a doctor'],
  ])('in %s: the title and the requirement in that language', (language, title, requires) => {
    const [event] = dutyCalendar({ inForce: [duty(CORE_COMPETENCE_2018)], coming: [] }, context(language)).events;
    expect(event?.title).toBe(title);
    expect(event?.description.split('\n')[0]).toMatch(new RegExp(`^${requires}`));
  });

  it('has the legal basis, the measures, the note, the page with the duty’s card, and a stable UID', () => {
    const [event] = dutyCalendar({ inForce: [duty(CORE_COMPETENCE_2018)], coming: [] }, context('en')).events;
    expect(event?.uid).toBe('plikt-hol-3-2-kjernekompetanse-2018@tiltaksmonitor');
    expect(event?.url).toBe('http://localhost:3000/kommune/4601#plikt-hol-3-2-kjernekompetanse-2018');
    expect(event?.description.split('\n').slice(1)).toEqual([
      'Lovgrunnlag: helse- og omsorgstjenesteloven § 3-2',
      'Kommer fra: Meld. St. 26 (2014–2015) #24 Carers',
      'Merknad: The sources cite § 3-2 but do not say which subsection holds the list.',
      'Gjelder alle.',
      'http://localhost:3000/kommune/4601#plikt-hol-3-2-kjernekompetanse-2018',
    ]);
  });

  it.each([
    ['verified', null],
    ['partial', 'Verifisering: partial'],
    ['unverified', 'Verifisering: unverified'],
  ] as const)('a %s duty says so (or nothing, when verified)', (verified, line) => {
    const [event] = dutyCalendar({ inForce: [duty({ ...CARER_SUPPORT_2017, verified, note: undefined })], coming: [] }, context()).events;
    const lines = event?.description.split('\n') ?? [];
    if (line === null) expect(lines.some((text) => text.startsWith('Verifisering'))).toBe(false);
    else expect(lines).toContain(line);
  });

  it('gives the same UID for a duty in every file', () => {
    const first = dutyCalendar({ inForce: [duty(CARER_SUPPORT_2017)], coming: [] }, context('nb')).events[0]?.uid;
    const second = dutyCalendar({ inForce: [], coming: [duty(CARER_SUPPORT_2017)] }, { ...context('en'), pageUrl: 'http://localhost:3000/kommune/0301' }).events[0]?.uid;
    expect(first).toBe(second);
  });

  it.each([
    ['4601', 'plikter-4601.ics'],
    ['0301', 'plikter-0301.ics'],
  ])('the file of %s is %s', (number, name) => {
    expect(dutyCalendarFileName(number)).toBe(name);
  });
});
