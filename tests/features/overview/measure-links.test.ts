import { beforeEach, describe, expect, it } from 'vitest';
import { summarySchema } from '@/domain/api-contract';
import { keyFigures } from '@/features/overview/utils/key-figures';
import { measuresListHref, targetYearFilters, type ListFilters, type OverviewScope } from '@/features/overview/utils/measure-links';
import { get } from '../../support/api';
import { db } from '@mocks/db';
import { MELD_ST_26_ID } from '@mocks/fixtures';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

const TODAY: OverviewScope = { plan: null, asOf: null };
const SCOPED: OverviewScope = { plan: 'meld-st-26-2014-2015', asOf: '2016-06-30' };

describe('measuresListHref', () => {
  it.each<[string, ListFilters, OverviewScope, string]>([
    ['all measures', {}, TODAY, '/tiltak'],
    ['a status', { status: 'completed' }, TODAY, '/tiltak?status=completed'],
    ['an area and a status (a chart segment)', { area: 'omsorg', status: 'planned' }, TODAY, '/tiltak?area=omsorg&status=planned'],
    ['overdue', { overdue: true }, TODAY, '/tiltak?overdue=true'],
    ['due within 12 months', { dueWithinMonths: 12 }, TODAY, '/tiltak?dueWithinMonths=12'],
    ['one target year', targetYearFilters(2017), TODAY, '/tiltak?deadlineFrom=2017&deadlineTo=2017'],
    ['one target year and status', targetYearFilters(2015, 'planned'), TODAY, '/tiltak?status=planned&deadlineFrom=2015&deadlineTo=2015'],
    ['all measures, in a plan on a date', {}, SCOPED, '/tiltak?plan=meld-st-26-2014-2015&asOf=2016-06-30'],
    [
      'a segment, in a plan on a date',
      { area: 'barn-og-unge', status: 'in_progress' },
      SCOPED,
      '/tiltak?plan=meld-st-26-2014-2015&area=barn-og-unge&status=in_progress&asOf=2016-06-30',
    ],
    ['overdue on a date', { overdue: true }, { plan: null, asOf: '2016-06-30' }, '/tiltak?overdue=true&asOf=2016-06-30'],
  ])('%s', (_name, filters, scope, href) => {
    expect(measuresListHref(filters, scope)).toBe(href);
  });

  it('escapes what it puts in the address', () => {
    expect(measuresListHref({ area: 'a&b=c' }, TODAY)).toBe('/tiltak?area=a%26b%3Dc');
  });
});

describe('keyFigures', () => {
  it.each<[string, string, OverviewScope, number, [string, number, string][]]>([
    [
      'today: 28 measures, 25 completed, 1 in progress, nothing overdue or due',
      '/api/summary',
      TODAY,
      25 / 28,
      [
        ['total', 28, '/tiltak'],
        ['completed', 25, '/tiltak?status=completed'],
        ['inProgress', 1, '/tiltak?status=in_progress'],
        ['atRisk', 0, '/tiltak?status=at_risk'],
        ['overdue', 0, '/tiltak?overdue=true'],
        ['dueWithinYear', 0, '/tiltak?dueWithinMonths=12'],
      ],
    ],
    [
      // #5, #7, #8, #19 done; #14, #16, #20 under way; #13 (2015) late; #11 (2016) due within a year.
      'on 30 June 2016, in the plan',
      '/api/summary?asOf=2016-06-30',
      SCOPED,
      4 / 28,
      [
        ['total', 28, '/tiltak?plan=meld-st-26-2014-2015&asOf=2016-06-30'],
        ['completed', 4, '/tiltak?plan=meld-st-26-2014-2015&status=completed&asOf=2016-06-30'],
        ['inProgress', 3, '/tiltak?plan=meld-st-26-2014-2015&status=in_progress&asOf=2016-06-30'],
        ['atRisk', 0, '/tiltak?plan=meld-st-26-2014-2015&status=at_risk&asOf=2016-06-30'],
        ['overdue', 1, '/tiltak?plan=meld-st-26-2014-2015&overdue=true&asOf=2016-06-30'],
        ['dueWithinYear', 1, '/tiltak?plan=meld-st-26-2014-2015&dueWithinMonths=12&asOf=2016-06-30'],
      ],
    ],
  ])('%s', async (_name, path, scope, completedShare, expected) => {
    const summary = summarySchema.parse((await get(path)).body);
    const figures = keyFigures(summary, scope);
    expect(figures.map((figure) => [figure.key, figure.value, figure.href])).toEqual(expected);
    expect(figures.filter((figure) => figure.share !== undefined).map((figure) => [figure.key, figure.share])).toEqual([
      ['completed', completedShare],
    ]);
  });

  it('every figure links to a list that holds exactly the measures it counts', async () => {
    const summary = summarySchema.parse((await get('/api/summary?asOf=2016-06-30')).body);
    for (const figure of keyFigures(summary, { plan: null, asOf: '2016-06-30' })) {
      const query = figure.href.replace('/tiltak', '').replace(/^\?/, '');
      const page = (await get(`/api/measures?pageSize=1000&${query}`)).body as { total: number };
      expect(page.total, figure.key).toBe(figure.value);
    }
  });
});
