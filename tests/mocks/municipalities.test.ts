import { describe, expect, it } from 'vitest';
import { municipalityDetailSchema, municipalityDutiesSchema, municipalityListSchema } from '@/domain/municipality';
import { expectProblem, get } from '../support/api';
import { DUTY_IDS_BY_DATE } from '../support/duties';

async function list(query = '') {
  const response = await get(`/api/municipalities${query}`);
  expect(response.status).toBe(200);
  return municipalityListSchema.parse(response.body);
}

async function duties(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  return municipalityDutiesSchema.parse(response.body);
}

const ids = (items: { obligation: { id: string } }[]) => items.map((item) => item.obligation.id);

describe('GET /api/municipalities', () => {
  it('lists the 357 municipalities of 2024 by number, with their county and the SSB source', async () => {
    const result = await list();
    expect(result.total).toBe(357);
    expect(result.items).toHaveLength(357);
    expect(result.items[0]).toEqual({ number: '0301', name: 'Oslo - Oslove', county: { number: '03', name: 'Oslo' } });
    expect(result.items.find((item) => item.number === '4601')).toEqual({
      number: '4601',
      name: 'Bergen',
      county: { number: '46', name: 'Vestland' },
      formerNumbers: [
        {
          number: '1201',
          name: 'Bergen',
          replacedOn: { date: '2020-01-01', precision: 'year' },
          source: {
            title: 'SSB: Hvordan ivareta historikken med ny kommune- og fylkesstruktur',
            url: 'https://www.ssb.no/statbank/hvordan-bruke-statistikkbanken/hvordan-ivareta-historikken-med-ny-kommune-og-fylkesstruktur',
          },
        },
      ],
    });
    expect(result.source).toEqual({
      title: 'SSB: Standard for kommuneinndeling (KLASS 131), gyldig fra 1.1.2024',
      url: 'https://www.ssb.no/klass/klassifikasjoner/131',
      validFrom: '2024-01-01',
    });
  });

  it.each([
    ['Ber', ['Bergen', 'Berlevåg']],
    ['4601', ['Bergen']],
    ['1201', ['Bergen']],
    ['1507', ['Ålesund', 'Haram']],
    ['bærum', ['Bærum']],
    ['BAERUM', ['Bærum']],
    ['tromsø', ['Tromsø']],
    ['Tromso', ['Tromsø']],
  ])('q=%s finds %j first', async (q, names) => {
    const result = await list(`?q=${encodeURIComponent(q)}`);
    expect(result.items.slice(0, names.length).map((item) => item.name)).toEqual(names);
    expect(result.total).toBe(result.items.length);
  });

  it('q=Ås puts Ås first, and a county number lists its municipalities', async () => {
    expect((await list('?q=%C3%85s')).items[0]?.name).toBe('Ås');
    const vestland = await list('?q=46');
    expect(vestland.items.every((item) => item.county.name === 'Vestland')).toBe(true);
    expect(vestland.items[0]?.number).toBe('4601');
  });

  it('finds nothing for a name no municipality has', async () => {
    expect(await list('?q=Atlantis')).toMatchObject({ items: [], total: 0 });
  });

  it.each([
    ['?county=46', ['(root)']],
    ['?q=a&q=b', ['q']],
    [`?q=${'x'.repeat(101)}`, ['q']],
  ])('rejects %s with a 400', async (query, fields) => {
    await expectProblem(`/api/municipalities${query}`, 400, fields);
  });
});

describe('GET /api/municipalities/:nr', () => {
  it('gives one municipality and the source', async () => {
    const response = await get('/api/municipalities/5501');
    expect(response.status).toBe(200);
    expect(municipalityDetailSchema.parse(response.body).municipality).toEqual({ number: '5501', name: 'Tromsø', county: { number: '55', name: 'Troms' } });
  });

  it.each(['46x1', '123', '46011'])('a malformed number (%s) is a 400', async (nr) => {
    await expectProblem(`/api/municipalities/${nr}`, 400, ['nr']);
  });

  it('a well-formed unknown number is a 404', async () => {
    await expectProblem('/api/municipalities/9999', 404);
  });
});

describe('GET /api/municipalities/:nr/duties', () => {
  it('today (2026-11-23) every duty in the plans is in force, in order of date, with the measures behind it', async () => {
    const result = await duties('/api/municipalities/4601/duties');
    expect(result).toMatchObject({ asOf: '2026-11-23', appliesToAllMunicipalities: true, municipality: { number: '4601', name: 'Bergen' } });
    expect(ids(result.inForce)).toEqual(DUTY_IDS_BY_DATE);
    expect(result.coming).toEqual([]);
    const psychologist = result.inForce.find((duty) => duty.obligation.id === 'hol-3-2-kjernekompetanse-2020');
    expect(psychologist?.measures.map((measure) => measure.id)).toEqual(['ms26-01', 'ms26-15', 'ms26-24']);
    expect(psychologist?.measures[0]?.sources.length).toBeGreaterThan(0);
  });

  it('on 2017-06-30 three duties were in force and five coming', async () => {
    const result = await duties('/api/municipalities/0301/duties?asOf=2017-06-30');
    expect(result.asOf).toBe('2017-06-30');
    // In force from 1 July 2016, 1 January 2017 and 1 March 2017; the rest from 1 July 2017 on.
    expect(ids(result.inForce)).toEqual(DUTY_IDS_BY_DATE.slice(0, 3));
    expect(ids(result.coming)).toEqual(DUTY_IDS_BY_DATE.slice(3));
    // Measure #1 (the list of professions in law) was under way from 31 March 2017.
    expect(result.coming[2]?.measures[0]).toMatchObject({ id: 'ms26-01', status: 'in_progress' });
  });

  it('the duties are the same for every municipality', async () => {
    const bergen = await duties('/api/municipalities/4601/duties?asOf=2019-06-30');
    const vardo = await duties('/api/municipalities/5634/duties?asOf=2019-06-30');
    expect(vardo.inForce).toEqual(bergen.inForce);
    expect(vardo.coming).toEqual(bergen.coming);
  });

  it.each([
    ['/api/municipalities/4601/duties?asOf=2017-13-01', 400, ['asOf']],
    ['/api/municipalities/4601/duties?asOf=2027-01-01', 400, ['asOf']],
    ['/api/municipalities/4601/duties?plan=x', 400, ['(root)']],
    ['/api/municipalities/46x1/duties', 400, ['nr']],
    ['/api/municipalities/9999/duties', 404, []],
  ] as const)('%s is a %i', async (path, status, fields) => {
    await expectProblem(path, status, [...fields]);
  });
});
