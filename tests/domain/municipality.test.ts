import { describe, expect, it } from 'vitest';
import { municipalityMatchRank, searchMunicipalities } from '@/domain/municipality';

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
    ['46', 'Bergen', 1],
    ['4602', 'Bergen', null],
    ['bergen', 'Bergen', 0],
    ['Ber', 'Bergen', 1],
    ['oslove', 'Oslo - Oslove', 0],
    ['kåfjord', 'Gáivuotna - Kåfjord - Kaivuono', 0],
    ['gen', 'Bergen', 3],
    ['x', 'Bergen', null],
    ['', 'Bergen', 3],
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
