import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { configureMock } from '@mocks/config';
import { datasetFromParams } from '@mocks/dataset';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import {
  areaListSchema,
  historyListSchema,
  measureDetailSchema,
  measurePageSchema,
  planListSchema,
  summarySchema,
} from '@/domain/api-contract';
import { expectProblem, get } from '../support/api';
import { call, expectProblem as expectEditProblem, TOKENS } from './api-helpers';
import { MELD_ST_26_ID } from '@mocks/fixtures';
import { applyChange } from '@/domain/measure-change';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

describe('GET /api/plans and /api/areas', () => {
  it('lists the plan and the seven areas in order', async () => {
    const plans = planListSchema.parse((await get('/api/plans')).body);
    expect(plans.items.map((plan) => plan.reference)).toEqual(['Meld. St. 26 (2014–2015)']);
    const areas = areaListSchema.parse((await get('/api/areas')).body);
    expect(areas.items.map((area) => area.id)).toEqual([
      'kompetanse',
      'ledelse',
      'teamorganisering',
      'barn-og-unge',
      'psykisk-helse-og-rus',
      'omsorg',
      'rehabilitering',
    ]);
  });
});

describe('GET /api/measures', () => {
  it('pages through all 28 measures with the defaults', async () => {
    const page = measurePageSchema.parse((await get('/api/measures?pageSize=10&page=3')).body);
    expect(page).toMatchObject({ total: 28, page: 3, pageSize: 10, today: '2026-11-23' });
    expect(page.items.map((item) => item.number)).toEqual([21, 22, 23, 24, 25, 26, 27, 28]);
    expect(page.items[0]).not.toHaveProperty('history');
  });

  it.each([
    ['area', 'area=ledelse', [5, 6, 7]],
    ['two areas', 'area=ledelse&area=omsorg', [5, 6, 7, 20, 21, 22]],
    ['status', 'status=planned', [22, 23]],
    ['plan', 'plan=meld-st-26-2014-2015&status=in_progress', [28]],
    ['overdue (none: every measure with a past deadline is done)', 'overdue=true', []],
    ['municipal duty', 'hasObligation=true', [1, 2, 15, 17, 18, 21, 23, 24]],
    ['instrument', 'instrument=retningslinje', [13]],
    ['deadline range', 'deadlineFrom=2016&deadlineTo=2017', [11, 17, 18]],
    ['text search with ø', 'q=ø-hjelp', [17]],
    ['text search in nynorsk', 'q=sjukeheim', [21]],
    ['text search in English, titles and descriptions', 'q=physiotherapist', [24, 26, 27, 28]],
    ['as of a past date: planned then', 'asOf=2016-06-30&status=planned&area=barn-og-unge', [11, 12, 13]],
    ['as of a past date: overdue then', 'asOf=2016-06-30&overdue=true', [13]],
    ['due within 24 months of a past date', 'asOf=2016-06-30&dueWithinMonths=24', [11, 17]],
  ])('filters by %s', async (_name, query, numbers) => {
    const page = measurePageSchema.parse((await get(`/api/measures?pageSize=100&${query}`)).body);
    expect(page.items.map((item) => item.number)).toEqual(numbers);
    expect(page.total).toBe(numbers.length);
  });

  it('sorts by deadline, measures without one last', async () => {
    const page = measurePageSchema.parse((await get('/api/measures?pageSize=100&sort=deadline')).body);
    expect(page.items.slice(0, 7).map((item) => item.number)).toEqual([13, 19, 11, 17, 18, 15, 16]);
    expect(page.items.slice(7).every((item) => item.deadline === null)).toBe(true);
  });

  it.each([
    ['an unknown status', 'status=done', ['status.0']],
    ['an unknown parameter', 'colour=red', ['(root)']],
    ['a page size above the limit', 'pageSize=100000', ['pageSize']],
    ['page zero', 'page=0', ['page']],
    ['a boolean that is not true/false', 'overdue=ja', ['overdue']],
    ['a repeated single parameter', 'sort=title&sort=number', ['sort']],
    ['a reversed deadline range', 'deadlineFrom=2020&deadlineTo=2010', ['deadlineFrom']],
    ['two bad parameters at once', 'page=-1&order=sideways', ['page', 'order']],
    ['an as-of date in the future', 'asOf=2031-01-01', ['asOf']],
    ['a due-within window of zero months', 'dueWithinMonths=0', ['dueWithinMonths']],
  ])('answers 400 with field errors for %s', async (_name, query, fields) => {
    const problem = await expectProblem(`/api/measures?${query}`, 400, fields);
    expect(problem.title).toBe('Invalid query parameters');
  });
});

describe('GET /api/measures: history summary, as-of histories and the large dataset', () => {
  it('summarises each history: its length, since when the status holds, and how often the deadline moved', async () => {
    const page = measurePageSchema.parse((await get('/api/measures?area=barn-og-unge')).body);
    expect(page.items.map((item) => [item.number, item.historyLength, item.statusSince.date, item.deadlineMoves])).toEqual([
      [11, 2, '2016-01-01', 0],
      [12, 4, '2019-01-01', 0],
      [13, 4, '2017-09-13', 0],
      [14, 2, '2021-04-01', 0],
    ]);
  });

  it('summarises the history as it stood on an as-of date', async () => {
    const page = measurePageSchema.parse((await get('/api/measures?area=barn-og-unge&asOf=2016-06-30')).body);
    expect(page.items.map((item) => [item.number, item.status, item.historyLength, item.statusSince.date])).toEqual([
      [11, 'planned', 1, '2015-05-07'],
      [12, 'planned', 1, '2015-05-07'],
      [13, 'planned', 1, '2015-05-07'],
      [14, 'in_progress', 1, '2015-05-07'],
    ]);
  });

  it('serves a synthetic dataset instead of the real one, every measure once across the pages', async () => {
    db.useDataset({ kind: 'large', size: 2500 });
    const pages = await Promise.all([1, 2, 3].map(async (page) => measurePageSchema.parse((await get(`/api/measures?pageSize=1000&page=${String(page)}`)).body)));
    expect(pages.map((page) => [page.total, page.items.length])).toEqual([[2500, 1000], [2500, 1000], [2500, 500]]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(new Set(ids).size).toBe(2500);
    expect(ids.every((id) => id.startsWith('syn-'))).toBe(true);
    expect(pages.flatMap((page) => page.items).every((item) => item.synthetic)).toBe(true);
    expect(planListSchema.parse((await get('/api/plans')).body).items.map((plan) => plan.reference)).toEqual([
      'Syntetisk plan A (testdata)',
      'Syntetisk plan B (testdata)',
      'Syntetisk plan C (testdata)',
    ]);
    expect(measurePageSchema.parse((await get('/api/measures?plan=meld-st-26-2014-2015')).body).total).toBe(0);
    expect((await get('/api/measures/ms26-13')).status).toBe(404);
  });

  it('sees an edit at once, although it keeps the last list it sorted', async () => {
    const first = measurePageSchema.parse((await get('/api/measures?status=planned')).body);
    expect(first.items.map((item) => item.number)).toEqual([22, 23]);
    const measure = db.measure('ms26-22');
    if (!measure) throw new Error('fixture #22 missing');
    // A status is what the history says (one status rule): the change is recorded as an entry.
    const change = { type: 'status', to: 'in_progress', effective: { date: '2026-11-01', precision: 'day' }, reason: 'I gang', language: 'nb' } as const;
    db.saveMeasureNow(applyChange(measure, change, { name: 'Test' }, '2026-11-23T10:00:00+01:00'));
    const second = measurePageSchema.parse((await get('/api/measures?status=planned')).body);
    expect(second.items.map((item) => item.number)).toEqual([23]);
  });

  it.each([
    ['dataset=large', { kind: 'large', size: 10000 }],
    ['dataset=large&n=250', { kind: 'large', size: 250 }],
    ['dataset=real', { kind: 'real' }],
    ['dataset=large&n=0', null],
    ['dataset=large&n=50000', null],
    ['dataset=huge', null],
    ['', null],
  ])('reads the dataset from the address: %s', (query, expected) => {
    expect(datasetFromParams(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('GET /api/measures/:id and /history', () => {
  it('returns a measure with its full history and sources', async () => {
    const measure = measureDetailSchema.parse((await get('/api/measures/ms26-13')).body);
    expect(measure.title.nb).toContain('Nasjonal faglig retningslinje');
    expect(measure.history.map((entry) => entry.type)).toEqual(['created', 'status', 'note', 'status']);
    expect(measure.sources).toEqual([
      {
        title: 'Helsedirektoratet: Nasjonal faglig retningslinje for helsestasjons- og skolehelsetjenesten – metode og prosess',
        url: 'https://helsedirektoratet.no/retningslinjer/helsestasjons-og-skolehelsetjenesten/metode-og-prosess',
      },
    ]);
  });

  it('returns the history on its own', async () => {
    const history = historyListSchema.parse((await get('/api/measures/ms26-18/history')).body);
    expect(history.items.filter((entry) => entry.type === 'status').map((entry) => entry.effective.date)).toEqual(['2017-01-01', '2019-01-01']);
  });

  it('answers 404 for an unknown id', async () => {
    await expectProblem('/api/measures/ms26-99', 404);
    await expectProblem('/api/measures/ms26-99/history', 404);
  });

  it('answers 400 for a malformed id', async () => {
    await expectProblem('/api/measures/DROP%20TABLE', 400, ['id']);
  });
});

describe('GET /api/summary', () => {
  it('counts by area and status today', async () => {
    const summary = summarySchema.parse((await get('/api/summary')).body);
    expect(summary.asOf).toBe('2026-11-23');
    expect(summary.totals).toMatchObject({ total: 28, completed: 25 });
    expect(summary.totals.counts).toMatchObject({ planned: 2, in_progress: 1 });
    expect(summary.areas.find((row) => row.areaId === 'omsorg')?.counts).toMatchObject({ completed: 2, planned: 1 });
    expect(summary.overdue).toBe(0);
  });

  it('replays the histories for an earlier date', async () => {
    const summary = summarySchema.parse((await get('/api/summary?asOf=2016-06-30')).body);
    // Done by then: #5 (26.10.2015), #7 (1.1.2016), #19 (Nov 2015), #8 (2015). #3 and #11 are known only as "2016".
    expect(summary.totals.completed).toBe(4);
    // Guideline "2015" (#13) was not done by mid-2016: overdue then.
    expect(summary.overdue).toBe(1);
    expect(summary.uncertain).toBeGreaterThan(0);
  });

  it('shows nothing before the plan was presented', async () => {
    const summary = summarySchema.parse((await get('/api/summary?asOf=2015-01-01')).body);
    expect(summary.totals.total).toBe(0);
  });

  it.each([
    ['a date in the future', 'asOf=2030-01-01', ['asOf']],
    ['a malformed date', 'asOf=01.01.2017', ['asOf']],
    ['an impossible date', 'asOf=2017-02-30', ['asOf']],
  ])('answers 400 for %s', async (_name, query, fields) => {
    await expectProblem(`/api/summary?${query}`, 400, fields);
  });
});

describe('the rest of the API surface', () => {
  it('answers 404 for an unknown endpoint under /api', async () => {
    await expectProblem('/api/nothing-here', 404);
  });

  it('injects faults when asked: a 500 problem', async () => {
    configureMock({ fault: 'error500' });
    await expectProblem('/api/plans', 500);
  });

  it('injects faults when asked: malformed JSON', async () => {
    configureMock({ fault: 'malformed' });
    const response = await fetch(new URL('/api/plans', window.location.origin));
    await expect(response.json()).rejects.toThrow();
  });

  it('injects faults when asked: offline', async () => {
    configureMock({ fault: 'offline' });
    await expect(fetch(new URL('/api/plans', window.location.origin))).rejects.toThrow();
  });

  it('keeps its responses to the contract: a broken one becomes a 500, not bad data', async () => {
    // A handler that would send an invalid plan list is caught by the same schema the client uses.
    const { respond } = await import('../../server/api/http');
    server.use(http.get('/api/plans', () => respond(true, planListSchema, { items: [{ id: 'BAD' }] } as never)));
    await expectProblem('/api/plans', 500);
    server.use(http.get('/api/areas', () => HttpResponse.json({ items: [] })));
    expect((await get('/api/areas')).status).toBe(200);
  });
});

// What only the embedded mock does: faults on demand, and a reset of the demo data (a server's database is the
// record: its reset answers 405, tests/server/server-http.test.ts).
describe('the mock’s own: faults and the demo reset', () => {
  const atRisk = { type: 'status', to: 'at_risk', effective: { date: '2026-11-20', precision: 'day' }, reason: 'Budsjettet er usikkert', language: 'nb' };
  const current = async (id: string) => measureDetailSchema.parse((await call('GET', `/api/measures/${id}`)).body);

  it('answers 500 in the fault mode and changes nothing', async () => {
    configureMock({ fault: 'error500' });
    expectEditProblem(await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: '"1"', body: atRisk }), 500);
    configureMock({ fault: 'none' });
    expect((await current('ms26-28')).version).toBe(1);
  });

  it('POST /api/admin/reset is for admins only, and restores the fixtures', async () => {
    await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: '"1"', body: atRisk });
    expectEditProblem(await call('POST', '/api/admin/reset'), 401);
    expectEditProblem(await call('POST', '/api/admin/reset', { token: TOKENS.editor }), 403);
    expect((await call('POST', '/api/admin/reset', { token: TOKENS.admin })).status).toBe(204);
    expect(await current('ms26-28')).toMatchObject({ status: 'in_progress', version: 1 });
  });
});
