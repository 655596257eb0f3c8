import { describe, expect, it } from 'vitest';
import { MELD_ST_26 } from '@mocks/fixtures';
import { generateSyntheticMeasures } from '@mocks/fixtures/synthetic';
import type { LocalizedText } from '@/domain/localized-text';
import type { MeasureFilters } from '@/domain/measure-list-query';
import { buildCollationIndex } from '@/domain/measure-sort';
import { toMeasureSummary } from '@/domain/measure-summary';
import { allResources } from '@/locales';
import { applyListView, filterChoices, instrumentOrder, type ListContext } from '@/features/measures/utils/explore';

const measures = MELD_ST_26.measures.map(toMeasureSummary);
const PLAN = 'meld-st-26-2014-2015';

describe('filterChoices', () => {
  it('offers the plans, the responsible bodies in Norwegian order, and every year from first to last deadline', () => {
    expect(filterChoices(measures, [PLAN], {})).toEqual({
      plans: [PLAN],
      responsible: [
        { nb: 'Helse- og omsorgsdepartementet', nn: 'Helse- og omsorgsdepartementet', en: 'Ministry of Health and Care Services' },
        { nb: 'Helsedirektoratet', nn: 'Helsedirektoratet', en: 'Norwegian Directorate of Health' },
      ],
      years: [2015, 2016, 2017, 2018, 2019, 2020],
    });
  });

  it.each<[string, MeasureFilters, Partial<ReturnType<typeof filterChoices>>]>([
    ['a plan not in the catalogue', { plan: ['annen-plan'] }, { plans: [PLAN, 'annen-plan'] }],
    ['a responsible body no measure has', { responsible: ['Ålesund kommune'] }, { responsible: expect.arrayContaining([{ nb: 'Ålesund kommune' }]) as LocalizedText[] }],
    ['years outside the data', { deadlineFrom: 2010, deadlineTo: 2022 }, { years: Array.from({ length: 13 }, (_, i) => 2010 + i) }],
  ])('offers what the view asks for: %s', (_name, filters, expected) => {
    expect(filterChoices(measures, [PLAN], filters)).toMatchObject(expected);
  });

  it('offers no years when no measure has a deadline', () => {
    expect(filterChoices([], [], {}).years).toEqual([]);
  });
});

describe('instrumentOrder', () => {
  it.each([
    ['nb', ['avtale', 'forskrift', 'lov', 'plan', 'program', 'retningslinje', 'strategi', 'tilskudd', 'utredning']],
    ['en', ['lov', 'avtale', 'tilskudd', 'retningslinje', 'plan', 'program', 'forskrift', 'strategi', 'utredning']],
  ] as const)('orders instruments by their names in %s', (language, expected) => {
    const order = instrumentOrder(allResources[language].common.instrument, language);
    expect([...order.entries()].sort((a, b) => a[1] - b[1]).map(([instrument]) => instrument)).toEqual(expected);
  });
});

describe('applyListView', () => {
  const synthetic = generateSyntheticMeasures(1000).map(toMeasureSummary);
  const context: ListContext = {
    today: '2026-11-23',
    language: 'nb',
    areaOrder: new Map(),
    instrumentOrder: new Map(),
    planOrder: new Map(),
    collation: buildCollationIndex(synthetic, 'nb'),
  };

  it('filters, then sorts', () => {
    const result = applyListView(synthetic, { q: 'pårørende', status: ['planned'] }, 'title', 'desc', context);
    expect(result.length).toBeGreaterThan(0);
    expect(result.every((m) => m.status === 'planned' && m.title.nb.includes('pårørende'))).toBe(true);
    const titles = result.map((m) => m.title.nb);
    const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });
    expect(titles).toEqual([...titles].sort((a, b) => collator.compare(b, a)));
  });

  it('finds the real measures by nynorsk and English words, and ignores case', () => {
    const real = { ...context, collation: buildCollationIndex(measures, 'nb') };
    expect(applyListView(measures, { q: 'SJUKEHEIM' }, 'number', 'asc', real).map((m) => m.number)).toEqual([21]);
    expect(applyListView(measures, { q: 'Physiotherapist' }, 'number', 'asc', real).map((m) => m.number)).toEqual([24, 26, 27, 28]);
  });
});
