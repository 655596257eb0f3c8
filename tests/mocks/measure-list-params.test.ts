import { describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26_ID } from '@mocks/fixtures';
import { measureDetailSchema, measurePageSchema } from '@/domain/api-contract';
import { expectProblem, get } from '../support/api';
import { servePlansOnly } from '../support/api-target';
import { call, TOKENS } from './api-helpers';

/** GET /api/measures with the researcher's parameters (issue 13): filtered and sorted on the server, as docs/api.md says. */
async function ids(query: string): Promise<string[]> {
  const response = await get(`/api/measures?pageSize=1000&${query}`);
  expect(response.status, query).toBe(200);
  return measurePageSchema.parse(response.body).items.map((item) => item.id);
}

describe('GET /api/measures: completed late, deadline moved, verification', () => {
  it.each([
    ['completedLate=true', ['ms26-13', 'ms26-18']],
    ['verified=unverified', ['ms26-22', 'ms26-23']],
    ['verified=unverified&verified=partial&plan=meld-st-26-2014-2015', ['ms26-09', 'ms26-12', 'ms26-18', 'ms26-22', 'ms26-23', 'ms26-26', 'ms26-28']],
    ['completedLate=true&verified=partial', ['ms26-18']],
    ['deadlineMoved=true', []],
  ])('?%s', async (query, expected) => {
    await servePlansOnly([MELD_ST_26_ID]);
    expect(await ids(query)).toEqual(expected);
  });

  it('?completedLate=false leaves out exactly the measures completed late', async () => {
    await servePlansOnly([MELD_ST_26_ID]);
    const rest = await ids('completedLate=false');
    expect(rest).toHaveLength(26);
    expect(rest).not.toContain('ms26-13');
  });

  it('?deadlineMoved=true finds a measure once an editor has moved its deadline, and =false no longer does', async () => {
    await servePlansOnly([MELD_ST_26_ID]);
    const before = measureDetailSchema.parse((await call('GET', '/api/measures/ms26-28')).body);
    const moved = await call('PATCH', '/api/measures/ms26-28', {
      token: TOKENS.editor,
      ifMatch: `"${before.version}"`,
      body: { type: 'deadline', to: { stated: { nb: 'innen 2028' }, point: { date: '2028-01-01', precision: 'year' }, kind: 'by' }, effective: { date: '2026-11-23', precision: 'day' }, reason: 'Utsatt', language: 'nb' },
    });
    expect(moved.status).toBe(200);
    expect(await ids('deadlineMoved=true')).toEqual(['ms26-28']);
    expect(await ids('deadlineMoved=false')).not.toContain('ms26-28');
    const [summary] = measurePageSchema.parse((await get('/api/measures?deadlineMoved=true')).body).items;
    expect(summary?.deadlineMoves).toBe(1);
    // The last change is the editor's, recorded after the dataset's entry for "2026" (which counts from the day it was recorded).
    expect(summary?.lastChange).toEqual({ date: '2026-11-23', precision: 'day' });
  });

  it.each([
    ['completedLate=yes', ['completedLate']],
    ['completedLate=true&completedLate=false', ['completedLate']],
    ['deadlineMoved=1', ['deadlineMoved']],
    ['deadlineMoved=', ['deadlineMoved']],
    ['verified=maybe', ['verified.0']],
    ['verified=verified&verified=V', ['verified.1']],
    ['sort=moved', ['sort']],
  ])('?%s is a 400 problem document naming the parameter', async (query, fields) => {
    const problem = await expectProblem(`/api/measures?${query}`, 400, fields);
    expect(problem.title).toBe('Invalid query parameters');
  });
});

describe('GET /api/measures: the order', () => {
  it('by default by plan, in the catalogue’s order, then number: every measure of Meld. St. 26 first, not 1, 2, 1, 2 …', async () => {
    await servePlansOnly(null);
    const page = measurePageSchema.parse((await get('/api/measures?pageSize=1000')).body);
    expect(page.items.slice(0, 28).map((item) => `${item.planId} ${item.number}`)).toEqual(
      Array.from({ length: 28 }, (_, index) => `${MELD_ST_26_ID} ${index + 1}`),
    );
    const plans = [...new Set(page.items.map((item) => item.planId))];
    expect(plans).toEqual(FIXTURES.plans.map((plan) => plan.id).filter((id) => plans.includes(id)));
  });

  it.each([
    ['plannedYear', 'ms26-13'],
    ['actualYear', 'ms26-05'],
    ['slippage', 'ms26-11'],
    ['lastChange', 'ms26-08'],
  ])('sorts by %s (first: %s), and every summary has its last change', async (sort, first) => {
    await servePlansOnly([MELD_ST_26_ID]);
    const page = measurePageSchema.parse((await get(`/api/measures?pageSize=1000&sort=${sort}`)).body);
    expect(page.items[0]?.id).toBe(first);
    expect(page.items.every((item) => item.lastChange.date < '2026-11-23')).toBe(true);
  });
});
