import { describe, expect, it } from 'vitest';
import { yearPoint } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import type { Measure } from '@/domain/measure';
import { generateSyntheticMeasures } from '@mocks/fixtures/synthetic';
import { textIn, type Language } from '@/domain/localized-text';
import { compileFilters, filterMeasures } from '@/domain/measure-filter';
import { measureListQuerySchema, paginate, searchParamsToRecord, type MeasureFilters } from '@/domain/measure-list-query';
import { matchesText } from '@/domain/measure-search';
import { buildCollationIndex, sortMeasures } from '@/domain/measure-sort';
import { makeMeasure } from '../support/measure-factory';

const TODAY = '2026-11-23';
const by = (year: number): Deadline => ({ kind: 'by', point: yearPoint(year), stated: { nb: String(year) } });

const a = makeMeasure({ number: 1, areaId: 'ledelse', status: 'completed', instrument: 'lov', deadline: by(2016), title: { nb: 'Ønske om økt kompetanse', nn: 'Ønske om auka kompetanse' } });
const b = makeMeasure({ number: 2, areaId: 'kompetanse', status: 'planned', instrument: 'plan', deadline: by(2015), title: { nb: 'Ungdomshelsestrategi', en: 'Youth health strategy' } });
const c = makeMeasure({ number: 3, areaId: 'kompetanse', status: 'in_progress', instrument: 'plan', deadline: null, title: { nb: 'Åpne samarbeid' }, obligations: [] });
const all = [c, a, b];

describe('filterMeasures', () => {
  it.each<[string, MeasureFilters, Measure[]]>([
    ['no filters', {}, [c, a, b]],
    ['by area', { area: ['kompetanse'] }, [c, b]],
    ['several statuses are OR-ed', { status: ['planned', 'completed'] }, [a, b]],
    ['overdue only', { overdue: true }, [b]],
    ['not overdue', { overdue: false }, [c, a]],
    ['by instrument', { instrument: ['lov'] }, [a]],
    ['deadline range leaves out measures without a deadline', { deadlineFrom: 2016, deadlineTo: 2020 }, [a]],
    ['text, case-insensitive with æøå', { q: 'ØNSKE' }, [a]],
    ['text in nynorsk', { q: 'auka' }, [a]],
    ['text in English', { q: 'youth' }, [b]],
    ['text with å', { q: 'åpne' }, [c]],
    ['all words must match', { q: 'økt strategi' }, []],
  ])('%s', (_name, filters, expected) => {
    expect(filterMeasures(all, filters, TODAY)).toEqual(expected);
  });
});

describe('matchesText', () => {
  it.each([
    ['a composed ø', 'ønske', true],
    ['ø typed as o', 'onske', true],
    ['ø typed as ö (decomposed)', 'o\u0308nske'.normalize('NFD'), true],
    ['upper case', 'ØNSKE', true],
    ['white space around and between words', '  ønske \t  økt ', true],
    ['a word that does not occur', 'ønske strategi', false],
  ])('%s: %s → %s', (_name, query, expected) => {
    expect(matchesText(a, query)).toBe(expected);
  });
});

describe('sortMeasures', () => {
  it.each([
    ['number', 'asc', [a, b, c]],
    ['number', 'desc', [c, b, a]],
    ['deadline', 'asc', [b, a, c]],
    ['deadline', 'desc', [a, b, c]],
    ['status', 'asc', [b, c, a]],
    ['title', 'asc', [b, a, c]],
    ['overdue', 'desc', [b, a, c]],
  ] as const)('by %s %s', (key, order, expected) => {
    expect(sortMeasures(all, key, order, { today: TODAY })).toEqual(expected);
  });

  it('sorts areas in the plan order, not alphabetically', () => {
    const areaOrder = new Map([
      ['kompetanse', 1],
      ['ledelse', 2],
    ]);
    expect(sortMeasures(all, 'area', 'asc', { today: TODAY, areaOrder }).map((m) => m.areaId)).toEqual(['kompetanse', 'kompetanse', 'ledelse']);
  });

  it('does not change its input', () => {
    const input = [...all];
    sortMeasures(input, 'title', 'desc', { today: TODAY });
    expect(input).toEqual(all);
  });
});

describe('sortMeasures with a prepared collation index', () => {
  const measures = generateSyntheticMeasures(400, 7);
  /** The order the collator itself gives, compared pair by pair: what the index must reproduce. */
  const reference = (language: Language, key: 'title' | 'responsible', order: 'asc' | 'desc') => {
    const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb', { sensitivity: 'base', numeric: true });
    const text = (m: Measure) => textIn(key === 'title' ? m.title : m.responsible, language);
    return [...measures].sort(
      (x, y) => (order === 'asc' ? 1 : -1) * collator.compare(text(x), text(y)) || x.planId.localeCompare(y.planId) || x.number - y.number,
    );
  };

  it.each([
    ['nb', 'title', 'asc'],
    ['nn', 'title', 'desc'],
    ['en', 'title', 'asc'],
    ['nb', 'responsible', 'asc'],
    ['en', 'responsible', 'desc'],
  ] as const)('in %s by %s %s gives the collator’s order, with or without the index', (language, key, order) => {
    const collation = buildCollationIndex(measures, language);
    const expected = reference(language, key, order).map((m) => m.id);
    expect(sortMeasures(measures, key, order, { today: TODAY, language, collation }).map((m) => m.id)).toEqual(expected);
    expect(sortMeasures(measures, key, order, { today: TODAY, language }).map((m) => m.id)).toEqual(expected);
  });

  it('gives texts the collator finds equal one rank, and sorts æ, ø, å after z in Norwegian', () => {
    const { ranks } = buildCollationIndex(
      [
        makeMeasure({ title: { nb: 'Åpne' }, responsible: { nb: 'KS' } }),
        makeMeasure({ title: { nb: 'øke' }, responsible: { nb: 'ks' } }),
        makeMeasure({ title: { nb: 'Ære' }, responsible: { nb: 'Zeta' } }),
      ],
      'nb',
    );
    expect(ranks.get('KS')).toBe(ranks.get('ks'));
    expect([...ranks.entries()].sort((x, y) => x[1] - y[1]).map(([text]) => text)).toEqual(['KS', 'ks', 'Zeta', 'Ære', 'øke', 'Åpne']);
  });

  it('builds its own index when the prepared one lacks a title or is for another language', () => {
    const extra = makeMeasure({ title: { nb: 'Abc først' } });
    const collation = buildCollationIndex(measures, 'nb');
    const sorted = sortMeasures([...measures, extra], 'title', 'asc', { today: TODAY, language: 'nb', collation });
    expect(sorted[0]).toBe(extra);
    const english = sortMeasures(measures, 'title', 'asc', { today: TODAY, language: 'en', collation });
    expect(english.map((m) => m.id)).toEqual(reference('en', 'title', 'asc').map((m) => m.id));
  });

  it('sorts instruments in a given order, and by id without one', () => {
    const lov = makeMeasure({ instrument: 'lov' });
    const avtale = makeMeasure({ instrument: 'avtale' });
    const strategi = makeMeasure({ instrument: 'strategi' });
    const byName = new Map([['strategi', 0], ['lov', 1], ['avtale', 2]]);
    expect(sortMeasures([lov, avtale, strategi], 'instrument', 'asc', { today: TODAY, instrumentOrder: byName })).toEqual([strategi, lov, avtale]);
    expect(sortMeasures([lov, avtale, strategi], 'instrument', 'asc', { today: TODAY })).toEqual([avtale, lov, strategi]);
  });

  it('sorts by the moment of the last update, whatever the offset', () => {
    const early = makeMeasure({ updatedAt: '2026-11-23T09:00:00+02:00' });
    const late = makeMeasure({ updatedAt: '2026-11-23T08:30:00+01:00' });
    expect(sortMeasures([late, early], 'updatedAt', 'asc', { today: TODAY })).toEqual([early, late]);
  });
});

describe('compileFilters', () => {
  it('matches as matchesText does, word by word', () => {
    const matches = compileFilters({ q: '  ØNSKE   kompetanse ' }, TODAY);
    expect(all.filter(matches)).toEqual([a]);
  });
});

describe('measureListQuerySchema with searchParamsToRecord', () => {
  const parse = (query: string) => measureListQuerySchema.safeParse(searchParamsToRecord(new URLSearchParams(query)));

  it('applies defaults', () => {
    expect(parse('').data).toMatchObject({ sort: 'number', order: 'asc', page: 1, pageSize: 50, lang: 'nb' });
  });

  it('reads repeated filters as lists and booleans as booleans', () => {
    expect(parse('area=ledelse&area=kompetanse&overdue=true').data).toMatchObject({ area: ['ledelse', 'kompetanse'], overdue: true });
  });

  it.each([
    ['unknown status', 'status=done'],
    ['unknown parameter', 'colour=red'],
    ['page 0', 'page=0'],
    ['page size above the limit', 'pageSize=5000'],
    ['non-numeric page', 'page=two'],
    ['boolean that is not true/false', 'overdue=yes'],
    ['a single-valued parameter given twice', 'sort=title&sort=status'],
    ['reversed deadline range', 'deadlineFrom=2020&deadlineTo=2016'],
    ['malformed area id', 'area=Not%20An%20Id'],
  ])('rejects %s', (_name, query) => {
    expect(parse(query).success).toBe(false);
  });
});

describe('paginate', () => {
  it.each([
    [1, 2, [1, 2]],
    [2, 2, [3, 4]],
    [3, 2, [5]],
    [4, 2, []],
  ])('page %i of size %i', (page, size, expected) => {
    expect(paginate([1, 2, 3, 4, 5], page, size)).toEqual(expected);
  });
});
