import { bench, describe } from 'vitest';
import { AREAS } from '@mocks/fixtures/areas';
import { generateSyntheticMeasures } from '@mocks/fixtures/synthetic';
import { measuresAsOf } from '@/domain/as-of';
import { filterMeasures } from '@/domain/measure-filter';
import { buildCollationIndex, sortMeasures } from '@/domain/measure-sort';
import { foldForSearch } from '@/domain/search-text';
import { allForms } from '@/domain/localized-text';
import { isOverdue } from '@/domain/overdue';
import { progressByArea } from '@/domain/progress';
import { slippage } from '@/domain/slippage';

/**
 * npm run bench: the domain functions on 10,000 generated measures. Figures are reported, never
 * asserted: a timing depends on the machine.
 */
const TODAY = '2026-11-23';
const measures = generateSyntheticMeasures(10_000);
const areaOrder = new Map(AREAS.map((area) => [area.id, area.order]));
const collation = buildCollationIndex(measures, 'nb');

describe('10,000 measures', () => {
  bench('search text built for every measure (first search only; cached after)', () => {
    for (const measure of measures) foldForSearch([...allForms(measure.title), ...allForms(measure.description)].join(' '));
  });
  bench('filter: text search (2 words, æøå), per keystroke', () => {
    filterMeasures(measures, { q: 'pårørende økonomi' }, TODAY);
  });
  bench('filter: area + status + overdue', () => {
    filterMeasures(measures, { area: ['omsorg', 'rehabilitering'], status: ['planned', 'in_progress', 'at_risk'], overdue: true }, TODAY);
  });
  bench('collation index: rank every title and responsible body (once per dataset and language)', () => {
    buildCollationIndex(measures, 'nb');
  });
  bench('sort: by title with the prepared collation index (per keystroke)', () => {
    sortMeasures(measures, 'title', 'asc', { today: TODAY, language: 'nb', collation });
  });
  bench('sort: by title without a prepared index (builds one)', () => {
    sortMeasures(measures, 'title', 'asc', { today: TODAY, language: 'nb' });
  });
  bench('sort: by number', () => {
    sortMeasures(measures, 'number', 'asc', { today: TODAY });
  });
  bench('sort: by deadline', () => {
    sortMeasures(measures, 'deadline', 'desc', { today: TODAY, areaOrder });
  });
  bench('progress by area', () => {
    progressByArea(measures, AREAS);
  });
  bench('slippage for every measure', () => {
    for (const measure of measures) slippage(measure, TODAY);
  });
  bench('overdue for every measure', () => {
    for (const measure of measures) isOverdue(measure, TODAY);
  });
  bench('state as of 2019-06-30 (replay every history)', () => {
    measuresAsOf(measures, '2019-06-30');
  });
});
