import { bench, describe } from 'vitest';
import { AREAS } from '@mocks/fixtures/areas';
import { generateSyntheticMeasures } from '@mocks/fixtures/synthetic';
import type { MeasureFilters, MeasureSortKey } from '@/domain/measure-list-query';
import { buildCollationIndex } from '@/domain/measure-sort';
import { toMeasureSummary } from '@/domain/measure-summary';
import { applyListView, instrumentOrder, type ListContext } from '@/features/measures/utils/explore';
import { allResources } from '@/locales';

/**
 * npm run bench: what the measure list computes on every keystroke in its search box (filter, then
 * sort) over 10,000 measures, as the page holds them (summaries). Target: under 16 ms, one frame.
 * Reported, never asserted.
 */
const TODAY = '2026-11-23';
const measures = generateSyntheticMeasures(10_000).map(toMeasureSummary);
const context: ListContext = {
  today: TODAY,
  language: 'nb',
  areaOrder: new Map(AREAS.map((area) => [area.id, area.order])),
  planOrder: new Map(),
  instrumentOrder: instrumentOrder(allResources.nb.common.instrument, 'nb'),
  collation: buildCollationIndex(measures, 'nb'),
};
// The search text is cached per measure after the first search, as it is in the page.
applyListView(measures, { q: 'warm up' }, 'number', 'asc', context);

const cases: [string, MeasureFilters, MeasureSortKey][] = [
  ['no filter, sorted by number', {}, 'number'],
  ['no filter, sorted by title', {}, 'title'],
  ['typing "p" (matches most), sorted by title', { q: 'p' }, 'title'],
  ['typing "pårørende øk" (two words, æøå), sorted by title', { q: 'pårørende øk' }, 'title'],
  ['typing "pårørende" with area, status and overdue, sorted by deadline', { q: 'pårørende', area: ['omsorg', 'rehabilitering'], status: ['planned', 'in_progress', 'at_risk'], overdue: true }, 'deadline'],
  ['status filter, sorted by responsible', { status: ['planned', 'completed'] }, 'responsible'],
  ['no filter, sorted by instrument name', {}, 'instrument'],
  ['completed late, deadline moved or partly verified, sorted by slippage', { completedLate: false, deadlineMoved: false, verified: ['verified', 'partial'] }, 'slippage'],
  ['no filter, sorted by last change', {}, 'lastChange'],
];

describe('the measure list per keystroke, 10,000 measures (filter + sort)', () => {
  for (const [name, filters, sort] of cases) {
    bench(name, () => {
      applyListView(measures, filters, sort, 'asc', context);
    });
  }
});
