import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { municipalities } from '@mocks/fixtures/municipalities';
import { allForms } from '@/domain/localized-text';
import { filterMeasures } from '@/domain/measure-filter';
import { searchMunicipalities } from '@/domain/municipality';
import { foldForSearch } from '@/domain/search-text';
import { makeMeasure } from '../support/measure-factory';

const TODAY = '2026-11-23';

describe('foldForSearch', () => {
  it.each([
    ['Bærum', 'baerum'],
    ['ÅS', 'as'],
    ['Tromsø', 'tromso'],
    ['Pårørende', 'parorende'],
    ['PASIENTFORLØP', 'pasientforlop'],
    ['Gáivuotna', 'gaivuotna'],
    ['Sjéf', 'sjef'],
    ['a decomposed é: Sj\u0065\u0301f', 'a decomposed e: sjef'],
    ['a decomposed å: ' + 'Å'.normalize('NFD'), 'a decomposed a: a'],
    ['Tromsø'.normalize('NFD'), 'tromso'],
    ['  Oslo \t  Oslove\u00a0', 'oslo oslove'],
    ['ascii stays as it is', 'ascii stays as it is'],
  ])('%j → %j', (input, folded) => {
    expect(foldForSearch(input)).toBe(folded);
  });

  it('folds the Norwegian and the ASCII spelling to the same text', () => {
    expect(foldForSearch('Blåbærsyltetøy')).toBe(foldForSearch('Blabaersyltetoy'));
  });
});

const ids = (measures: readonly { id: string }[]) => measures.map((measure) => measure.id);

describe('the measure search folds æ, ø and å both ways (the real dataset)', () => {
  const search = (q: string) => ids(filterMeasures(FIXTURES.measures, { q }, TODAY));

  it.each([
    ['pårørende', 'parorende'],
    ['PÅRØRENDE', 'parorende'],
    ['pårørande', 'parorande'],
    ['døgn omsorg', 'dogn omsorg'],
    ['heldøgns omsorgsplasser', 'heldogns omsorgsplasser'],
    ['primærhelseteam', 'primaerhelseteam'],
    ['tydeliggjøre opplæringstilbud', 'tydeliggjore opplaeringstilbud'],
    ['ø-hjelp', 'o-hjelp'],
  ])('«%s» and «%s» find the same measures', (native, ascii) => {
    const found = search(native);
    expect(found.length).toBeGreaterThan(0);
    expect(search(ascii)).toEqual(found);
  });

  it('finds the one measure with «pårørende» in its texts (no. 23), however it is typed', () => {
    const expected = ids(
      FIXTURES.measures.filter((measure) =>
        [...allForms(measure.title), ...allForms(measure.description)].some((form) => /pårørende/i.test(form)),
      ),
    );
    expect(expected).toEqual(['ms26-23']);
    expect(search('parorende')).toEqual(expected);
    expect(search('Pårørende')).toEqual(expected);
  });
});

describe('the measure search folds text it has not seen yet', () => {
  const measures = [
    makeMeasure({ title: { nb: 'Bedre pasientforløp' } }),
    makeMeasure({ title: { nb: 'Pasientforlop uten æøå' } }),
    makeMeasure({ title: { nb: 'Et annet tiltak' }, description: { nb: 'Gode pasient- og brukerforløp' } }),
  ];
  const search = (q: string) => ids(filterMeasures(measures, { q }, TODAY));

  it.each([
    ['pasientforløp', [0, 1]],
    ['pasientforlop', [0, 1]],
    ['PASIENTFORLØP', [0, 1]],
    ['pasientforlo\u0308p', [0, 1]],
    ['brukerforlop', [2]],
    ['  bedre   PASIENTFORLOP ', [0]],
    ['forløp', [0, 1, 2]],
  ])('«%s» finds %j', (query, positions) => {
    expect(search(query)).toEqual(positions.map((position) => measures[position]?.id));
  });
});

describe('the municipality search folds æ, ø and å both ways (every municipality)', () => {
  const all = municipalities();
  const numbers = (query: string) => searchMunicipalities(all, query).map((municipality) => municipality.number);

  it.each([
    ['Tromsø', 'Tromso', '5501'],
    ['Bærum', 'Baerum', '3201'],
    ['Ås', 'As', '3218'],
    ['Vardø', 'Vardo', '5634'],
    ['Båtsfjord', 'Batsfjord', '5632'],
    ['Unjárga', 'Unjarga', '5636'],
  ])('«%s» and «%s» find the same municipalities, %s first', (native, ascii, first) => {
    const found = numbers(native);
    expect(found[0]).toBe(first);
    expect(numbers(ascii)).toEqual(found);
    expect(numbers(native.toUpperCase())).toEqual(found);
  });
});
