import { describe, expect, it } from 'vitest';
import { municipalityMatchRank, searchMunicipalities, typingErrors } from '@/domain/municipality';
import { municipalities } from '@mocks/fixtures/municipalities';

const SAMPLE = [
  { number: '0301', name: 'Oslo - Oslove' },
  { number: '3201', name: 'Bærum' },
  { number: '3218', name: 'Ås' },
  { number: '4601', name: 'Bergen' },
  { number: '5501', name: 'Tromsø' },
  { number: '5540', name: 'Gáivuotna - Kåfjord - Kaivuono' },
  { number: '5630', name: 'Berlevåg' },
  { number: '3103', name: 'Moss' },
];

describe('municipalityMatchRank', () => {
  it.each([
    ['4601', 'Bergen', 0],
    ['46', 'Bergen', 2],
    ['4602', 'Bergen', null],
    ['bergen', 'Bergen', 0],
    ['Ber', 'Bergen', 2],
    ['oslove', 'Oslo - Oslove', 0],
    ['kåfjord', 'Gáivuotna - Kåfjord - Kaivuono', 0],
    ['kaivuo', 'Gáivuotna - Kåfjord - Kaivuono', 2],
    ['gen', 'Bergen', 4],
    // Typing errors: one from 4 letters, two from 8; the whole name before the start of one.
    ['bergn', 'Bergen', 5],
    ['bregen', 'Bergen', 5],
    ['berge', 'Bergen', 2],
    ['bergenn', 'Bergen', 5],
    ['brgn', 'Bergen', null],
    ['tromsoe', 'Tromsø', 5],
    ['barum', 'Bærum', 5],
    ['berlevg', 'Berlevåg', 5],
    ['berlvag', 'Berlevåg', 5],
    ['berelv', 'Berlevåg', 6],
    ['mos', 'Moss', 2],
    ['mas', 'Moss', null],
    ['x', 'Bergen', null],
    ['', 'Bergen', 4],
  ] as const)('%s in %s → %s', (query, name, rank) => {
    const municipality = SAMPLE.find((candidate) => candidate.name === name);
    expect(municipality && municipalityMatchRank(municipality, query)).toBe(rank);
  });
});

describe('searchMunicipalities', () => {
  it.each([
    ['Ber', ['Bergen', 'Berlevåg']],
    ['4601', ['Bergen']],
    ['bærum', ['Bærum']],
    ['Baerum', ['Bærum']],
    ['Ås', ['Ås']],
    ['tromso', ['Tromsø']],
    ['TROMSØ', ['Tromsø']],
    ['os', ['Oslo - Oslove', 'Moss']],
    ['Atlantis', []],
    ['', ['Oslo - Oslove', 'Moss', 'Bærum', 'Ås', 'Bergen', 'Tromsø', 'Gáivuotna - Kåfjord - Kaivuono', 'Berlevåg']],
  ])('%s finds %j', (query, names) => {
    expect(searchMunicipalities(SAMPLE, query).map((municipality) => municipality.name)).toEqual(names);
  });
});

describe('former numbers', () => {
  const register = municipalities();
  it.each([
    // A former number in full finds today's municipality, after a municipality that has the number now.
    ['1201', ['4601']],
    ['0219', ['3201']],
    ['3024', ['3201']],
    ['1507', ['1508', '1580']],
    // Only in full: the start of a former number is not a match (12 is still every number starting 12).
    ['120', []],
  ])('%s finds %j', (query, numbers) => {
    expect(searchMunicipalities(register, query).map((municipality) => municipality.number)).toEqual(numbers);
  });

  it('rank after a number in use: 1, between the exact number (0) and the start of one (2)', () => {
    const bergen = register.find((municipality) => municipality.number === '4601');
    expect(bergen && municipalityMatchRank(bergen, '1201')).toBe(1);
    expect(bergen && municipalityMatchRank(bergen, '4601')).toBe(0);
  });

  it('carry their source and a date no more precise than the source gives', () => {
    const baerum = register.find((municipality) => municipality.number === '3201');
    expect(baerum?.formerNumbers?.map((former) => [former.number, former.replacedOn])).toEqual([
      ['0219', { date: '2020-01-01', precision: 'year' }],
      ['3024', { date: '2024-01-01', precision: 'day' }],
    ]);
    expect(baerum?.formerNumbers?.every((former) => former.source.url?.startsWith('https://www.ssb.no/'))).toBe(true);
  });
});

describe('typingErrors', () => {
  it.each([
    ['hattfjeldal', 'hattfjelldal', 2, 0],
    ['hatfjeldal', 'hattfjelldal', 2, 2],
    ['hxtfjxlxal', 'hattfjelldal', 2, null],
    ['hatfjel', 'hattfjelldal', 1, 1],
    ['bergne', 'bergen', 1, 0],
    ['bxrgxn', 'bergen', 1, null],
    ['bxrgxn', 'bergen', 2, 2],
  ] as const)('%s against %s (at most %i) → %s', (query, candidate, limit, score) => {
    expect(typingErrors(query, candidate, limit)).toBe(score);
  });
});

describe('searching every municipality, as a reader types', () => {
  const all = municipalities();
  const names = (query: string) => searchMunicipalities(all, query).map((municipality) => municipality.name);

  it.each([
    // A typing error still finds the municipality, first.
    ['hattfjeldal', 'Aarborte - Hattfjelldal'],
    ['Hattfjeldal', 'Aarborte - Hattfjelldal'],
    ['kristiansnad', 'Kristiansand'],
    ['trondhiem', 'Trondheim - Tråante'],
    ['Lillehamer', 'Lillehammer'],
    // The whole name before names that start with it or contain it.
    ['Bø', 'Bø'],
    ['bo', 'Bø'],
    ['Os', 'Os'],
    ['Fron', 'Nord-Fron'],
  ])('«%s» finds %s first', (query, first) => {
    expect(names(query)[0]).toBe(first);
  });

  it('«Bø» lists Bø first, then the names that start with it (Bodø, Bokn), then those that only contain it', () => {
    const found = names('Bø');
    expect(found[0]).toBe('Bø');
    const starting = found.slice(1, found.findIndex((name) => !/^b(o|ø)/i.test(name)));
    expect(starting).toEqual(expect.arrayContaining(['Bodø', 'Bokn', 'Bømlo']));
    expect(found.slice(1 + starting.length).every((name) => !/^b(o|ø)/i.test(name))).toBe(true);
  });

  it('a short query is not matched loosely: «Bøx» finds nothing', () => {
    expect(names('Bøx')).toEqual([]);
  });
});
