import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { measureDetailSchema } from '@/domain/api-contract';
import { changeLogPageSchema } from '@/domain/change-log';
import { call, expectProblem, TOKENS } from './api-helpers';

const KARI = 'Kari Nordmann (Helse- og omsorgsdepartementet (demo))';
const OLA = 'Ola Nordmann (Helse- og omsorgsdepartementet (demo))';

async function log(query = '') {
  const response = await call('GET', `/api/changes${query}`);
  expect(response.status).toBe(200);
  return changeLogPageSchema.parse(response.body);
}

async function change(id: string, token: string, body: Record<string, unknown>) {
  const before = measureDetailSchema.parse((await call('GET', `/api/measures/${id}`)).body);
  const response = await call('PATCH', `/api/measures/${id}`, { token, ifMatch: `"${before.version}"`, body: { language: 'nb', effective: { date: '2026-11-20', precision: 'day' }, ...body } });
  expect(response.status).toBe(200);
}

describe('GET /api/changes', () => {
  it('lists every change but the first entry of each history, newest recorded first, in pages', async () => {
    const all = await log('?pageSize=1000');
    const expected = FIXTURES.measures.reduce((sum, measure) => sum + measure.history.filter((entry) => entry.type !== 'created').length, 0);
    expect(all.total).toBe(expected);
    expect(all.items).toHaveLength(expected);
    expect(all.items.some((item) => item.entry.type === 'created')).toBe(false);
    const recorded = all.items.map((item) => Date.parse(item.entry.recordedAt));
    expect(recorded).toEqual([...recorded].sort((a, b) => b - a));

    const second = await log('?page=2&pageSize=5');
    expect(second).toMatchObject({ page: 2, pageSize: 5, total: expected });
    expect(second.items.map((item) => item.entry.id)).toEqual(all.items.slice(5, 10).map((item) => item.entry.id));
  });

  it('puts a change just saved first, with who, what, when, why and its source', async () => {
    await change('ms26-28', TOKENS.editor, { type: 'status', to: 'at_risk', reason: 'Forskriften er forsinket', source: { title: 'Høringsnotat', url: 'https://www.regjeringen.no/horing' } });
    const [first] = (await log()).items;
    expect(first).toMatchObject({
      measureId: 'ms26-28',
      planId: 'meld-st-26-2014-2015',
      number: 28,
      synthetic: false,
      entry: { type: 'status', from: 'in_progress', to: 'at_risk', reason: 'Forskriften er forsinket', by: { kind: 'user', name: KARI }, source: { title: 'Høringsnotat', url: 'https://www.regjeringen.no/horing' }, effective: { date: '2026-11-20', precision: 'day' } },
    });
  });

  it('filters by plan, by person and by the days recorded, and lists the people to choose from', async () => {
    await change('ms26-28', TOKENS.editor, { type: 'note', text: 'Kari noterer' });
    await change('ms26-13', TOKENS.otherEditor, { type: 'note', text: 'Ola noterer' });

    const kari = await log(`?user=${encodeURIComponent(KARI)}`);
    expect(kari.items.map((item) => item.entry.type === 'note' && item.entry.text)).toEqual(['Kari noterer']);
    expect(kari.people.slice(0, 2)).toEqual([
      { name: KARI, kind: 'user' },
      { name: OLA, kind: 'user' },
    ]);
    expect(kari.people.slice(2).every((person) => person.kind === 'dataset')).toBe(true);

    // Everything here was recorded on the test's today (the dataset's entries too): both days count.
    const total = (await log()).total;
    expect((await log('?from=2026-11-23&to=2026-11-23')).total).toBe(total);
    expect((await log('?to=2026-11-22')).total).toBe(0);
    expect((await log('?from=2026-11-24')).total).toBe(0);

    const otherPlan = await log('?plan=opptrappingsplan-rus-2016-2020');
    expect(otherPlan.items.every((item) => item.planId === 'opptrappingsplan-rus-2016-2020')).toBe(true);
    expect(otherPlan.people.some((person) => person.kind === 'user')).toBe(false);
    const nobody = await log(`?plan=opptrappingsplan-rus-2016-2020&user=${encodeURIComponent(KARI)}`);
    expect(nobody).toMatchObject({ total: 0, items: [] });
  });

  it('refuses what it does not know, and dates in the wrong order, naming the field', async () => {
    expect(expectProblem(await call('GET', '/api/changes?from=2026-01-02&to=2026-01-01'), 400).errors?.[0]).toMatchObject({ field: 'from' });
    expect(expectProblem(await call('GET', '/api/changes?from=2026-13-01'), 400).errors?.[0]).toMatchObject({ field: 'from' });
    expect(expectProblem(await call('GET', '/api/changes?pageSize=1001'), 400).errors?.[0]).toMatchObject({ field: 'pageSize', code: 'too_big' });
    expect(expectProblem(await call('GET', '/api/changes?user=a&user=b'), 400).errors?.[0]).toMatchObject({ field: 'user' });
    expect(expectProblem(await call('GET', '/api/changes?who=kari'), 400).errors?.[0]).toMatchObject({ field: '(root)' });
  });

  it('may be read by anyone, as every history can', async () => {
    expect((await call('GET', '/api/changes')).status).toBe(200);
    expect((await call('GET', '/api/changes', { token: TOKENS.editor })).status).toBe(200);
  });
});
