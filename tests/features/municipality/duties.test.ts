import { describe, expect, it } from 'vitest';
import type { MunicipalityDuties } from '@/domain/municipality';
import { dutiesHref, readDutiesParams } from '@/features/municipality/utils/duties-params';
import { dutiesFileName, dutyGroups, dutySources, dutySourceUrls, toDutyRows } from '@/features/municipality/utils/duty-rows';
import { datasetObligation as obligation } from '@mocks/fixtures/checked';

const CARER_SUPPORT_2017 = obligation('hol-3-6-parorendestotte-2017');
const CORE_COMPETENCE_2020 = obligation('hol-3-2-kjernekompetanse-2020');

const TODAY = '2026-11-23';

describe('readDutiesParams', () => {
  it.each([
    ['4601', '', { numberValid: true, asOf: null, rawAsOf: null }],
    ['4601', 'asOf=2017-06-30', { numberValid: true, asOf: '2017-06-30', rawAsOf: '2017-06-30' }],
    ['4601', `asOf=${TODAY}`, { numberValid: true, asOf: TODAY, rawAsOf: TODAY }],
    ['4601', 'asOf=2026-11-24', { numberValid: true, asOf: null, rawAsOf: '2026-11-24', asOfProblem: 'future' }],
    ['4601', 'asOf=2017-13-01', { numberValid: true, asOf: null, rawAsOf: '2017-13-01', asOfProblem: 'malformed' }],
    ['4601', 'asOf=30.06.2017', { numberValid: true, asOf: null, rawAsOf: '30.06.2017', asOfProblem: 'malformed' }],
    ['4601', 'asOf=2017-06-30&asOf=2018-01-01', { numberValid: true, asOf: null, rawAsOf: '2017-06-30', asOfProblem: 'malformed' }],
    ['46x1', '', { numberValid: false }],
    ['123', '', { numberValid: false }],
    ['46011', '', { numberValid: false }],
  ])('/kommune/%s?%s', (number, search, expected) => {
    expect(readDutiesParams(number, new URLSearchParams(search), TODAY)).toMatchObject({ number, ...expected });
  });

  it.each([
    ['4601', null, '/kommune/4601'],
    ['4601', '2017-06-30', '/kommune/4601?asOf=2017-06-30'],
  ])('dutiesHref(%s, %s) = %s', (number, asOf, href) => {
    expect(dutiesHref(number, asOf)).toBe(href);
  });
});

const SOURCE = { title: 'Lovdata', url: 'https://lovdata.no/x' };
const DUTIES: MunicipalityDuties = {
  municipality: { number: '4601', name: 'Bergen', county: { number: '46', name: 'Vestland' } },
  source: { title: 'SSB', url: 'https://www.ssb.no/klass/klassifikasjoner/131', validFrom: '2024-01-01' },
  asOf: '2017-06-30',
  appliesToAllMunicipalities: true,
  inForce: [
    {
      obligation: CARER_SUPPORT_2017,
      uncertain: false,
      measures: [{ id: 'ms26-24', planId: 'meld-st-26-2014-2015', number: 24, status: 'in_progress', title: { nb: 'Pårørende' }, sources: [SOURCE] }],
    },
  ],
  coming: [
    {
      obligation: { ...CORE_COMPETENCE_2020, inForce: { date: '2020-01-01', precision: 'year' } },
      uncertain: false,
      measures: [
        { id: 'ms26-01', planId: 'meld-st-26-2014-2015', number: 1, status: 'completed', title: { nb: 'Liste', en: 'List' }, sources: [SOURCE, { title: 'Uten adresse', url: null }] },
        { id: 'ms26-15', planId: 'ukjent-plan', number: 15, status: 'planned', title: { nb: 'Psykolog' }, sources: [{ ...SOURCE, url: 'https://lovdata.no/y' }] },
      ],
    },
  ],
};

const CONTEXT = {
  language: 'en' as const,
  plans: new Map([['meld-st-26-2014-2015', { reference: 'Meld. St. 26 (2014–2015)' }]]),
  statusLabel: (status: string) => status.toUpperCase(),
  origin: 'https://example.org',
};

describe('the duties as rows', () => {
  it('groups in force before coming', () => {
    expect(dutyGroups(DUTIES).map(({ group, items }) => [group, items.length])).toEqual([
      ['in_force', 1],
      ['coming', 1],
    ]);
  });

  it('lists each source once for the card, by its address or, without one, by its title', () => {
    const [duty] = DUTIES.coming;
    const [first] = duty?.measures ?? [];
    if (!duty || !first) throw new Error('no duty');
    const twice = { ...duty, measures: [...duty.measures, { ...first, id: 'ms26-24' }] };
    expect(dutySources(twice)).toEqual([SOURCE, { title: 'Uten adresse', url: null }, { ...SOURCE, url: 'https://lovdata.no/y' }]);
  });

  it('lists each source address once, leaving out sources without one', () => {
    const [duty] = DUTIES.coming;
    if (!duty) throw new Error('no duty');
    expect(dutySourceUrls(duty)).toEqual(['https://lovdata.no/x', 'https://lovdata.no/y']);
  });

  it.each([
    ['group', ['in_force', 'coming']],
    ['in_force', ['2017-10-01', '2020']],
    ['in_force_precision', ['day', 'year']],
    ['verified', ['partial', 'verified']],
    ['plain_language', [CARER_SUPPORT_2017.plainLanguage.en, CORE_COMPETENCE_2020.plainLanguage.en]],
    ['measures', ['Meld. St. 26 (2014–2015) #24: Pårørende', 'Meld. St. 26 (2014–2015) #1: List | ukjent-plan #15: Psykolog']],
    ['measure_statuses', ['IN_PROGRESS', 'COMPLETED | PLANNED']],
    ['measure_urls', ['https://example.org/tiltak/ms26-24', 'https://example.org/tiltak/ms26-01 | https://example.org/tiltak/ms26-15']],
    ['source_urls', ['https://lovdata.no/x', 'https://lovdata.no/x | https://lovdata.no/y']],
    ['note', [CARER_SUPPORT_2017.note?.en, CORE_COMPETENCE_2020.note?.en]],
    ['municipality_number', ['4601', '4601']],
    ['as_of', ['2017-06-30', '2017-06-30']],
    ['applies_to_all_municipalities', [true, true]],
  ] as const)('column %s', (column, values) => {
    expect(toDutyRows(DUTIES, CONTEXT).map((row) => row[column])).toEqual(values);
  });

  it.each([
    [',', 'plikter-kommune-4601-2017-06-30.csv'],
    [';', 'plikter-kommune-4601-2017-06-30-semikolon.csv'],
  ] as const)('file name with %s', (delimiter, name) => {
    expect(dutiesFileName('4601', '2017-06-30', delimiter)).toBe(name);
  });
});
