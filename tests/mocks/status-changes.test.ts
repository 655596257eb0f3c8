import { beforeEach, describe, expect, it } from 'vitest';
import { statusChangesSchema } from '@/domain/api-contract';
import { expectProblem, get } from '../support/api';
import { servePlansOnly } from '../support/api-target';
import { MELD_ST_26_ID } from '@mocks/fixtures';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(async () => {
  await servePlansOnly([MELD_ST_26_ID]);
});

async function changes(query: string) {
  const response = await get(`/api/status-changes?${query}`);
  expect(response.status).toBe(200);
  return statusChangesSchema.parse(response.body);
}

describe('GET /api/status-changes', () => {
  it('lists the measures whose status moved between two reporting dates, in plan order', async () => {
    const result = await changes('from=2016-06-30&to=2017-12-31');
    expect(result).toMatchObject({ from: '2016-06-30', to: '2017-12-31', planIds: ['meld-st-26-2014-2015'] });
    // On 30.6.2016: done #5, #7, #8, #19; in progress #20. On 31.12.2017: done #2, #3, #5, #7, #8, #11, #13, #17, #19, #21,
    // #25; in progress #1, #4, #12, #15, #18, #20, #24, #26, #27, #28.
    expect(result.items.map((item) => [item.number, item.from, item.to])).toEqual([
      [1, 'planned', 'in_progress'],
      [2, 'planned', 'completed'],
      [3, 'planned', 'completed'],
      [4, 'planned', 'in_progress'],
      [11, 'planned', 'completed'],
      [12, 'planned', 'in_progress'],
      [13, 'planned', 'completed'],
      [15, 'planned', 'in_progress'],
      [17, 'planned', 'completed'],
      [18, 'planned', 'in_progress'],
      [21, 'planned', 'completed'],
      [24, 'planned', 'in_progress'],
      [25, 'planned', 'completed'],
      [26, 'planned', 'in_progress'],
      [27, 'planned', 'in_progress'],
      [28, 'planned', 'in_progress'],
    ]);
    // #3, #4 and #11 changed "in 2016": on 30.6.2016 their state is not certain.
    expect(result.items.filter((item) => item.uncertain).map((item) => item.number)).toEqual([3, 4, 11]);
    expect(result.items[0]).toMatchObject({ measureId: 'ms26-01', areaId: 'kompetanse', planId: 'meld-st-26-2014-2015' });
    expect(result.items[0]?.title.nb).toContain('profesjoner som kommunene må ha');
  });

  it('says the measures did not exist before the plan was presented', async () => {
    const result = await changes('from=2015-01-01&to=2015-06-01');
    expect(result.items).toHaveLength(28);
    expect(result.items.every((item) => item.from === null)).toBe(true);
    // #14 (0–24) and #16 (the psychologist grant) were already under way when the plan came.
    expect(result.items.filter((item) => item.to !== 'planned').map((item) => [item.number, item.to])).toEqual([
      [14, 'in_progress'],
      [16, 'in_progress'],
    ]);
    // #8 was done "in 2015": on 1.6.2015 that is not certain.
    expect(result.items.filter((item) => item.uncertain).map((item) => item.number)).toEqual([8]);
  });

  it('compares with today when `to` is left out, and is empty when nothing moved', async () => {
    expect((await changes('from=2024-07-01')).items).toEqual([]);
    expect(await changes('from=2024-07-01')).toMatchObject({ to: '2026-11-23' });
    const sinceMay2024 = await changes('from=2024-05-31');
    expect(sinceMay2024.items.map((item) => [item.number, item.from, item.to])).toEqual([[9, 'in_progress', 'completed']]);
  });

  it('is empty for the same date twice, and for a plan without measures', async () => {
    expect((await changes('from=2017-01-01&to=2017-01-01')).items).toEqual([]);
    const other = await changes('from=2016-01-01&to=2020-01-01&plan=annen-plan');
    expect(other).toMatchObject({ planIds: ['annen-plan'], items: [] });
  });

  it.each([
    ['no from date', 'to=2017-01-01', ['from']],
    ['a malformed from date', 'from=30.06.2016', ['from']],
    ['an impossible date', 'from=2017-02-30', ['from']],
    ['from after to', 'from=2018-01-01&to=2017-01-01', ['from']],
    ['from in the future', 'from=2030-01-01', ['from']],
    ['to in the future', 'from=2016-01-01&to=2030-01-01', ['to']],
    ['a repeated from', 'from=2016-01-01&from=2017-01-01', ['from']],
    ['an unknown parameter', 'from=2016-01-01&asOf=2017-01-01', ['(root)']],
    ['a malformed plan id', 'from=2016-01-01&plan=Meld%20St', ['plan.0']],
  ])('answers 400 for %s', async (_name, query, fields) => {
    const problem = await expectProblem(`/api/status-changes?${query}`, 400, fields);
    expect(problem.title).toBe('Invalid query parameters');
  });
});
