import { describe, expect, it } from 'vitest';
import { measureDetailSchema, planListSchema } from '@/domain/api-contract';
import { planConflictSchema, planRegistrationResultSchema } from '@/domain/plan-registration';
import { planSchema } from '@/domain/plan';
import { planDraft, testSource } from '../support/plan-factory';
import { call, expectProblem, TOKENS } from './api-helpers';

const PLAN = planDraft(99, { title: { nb: 'En prøveplan for registrering' }, period: { from: 2026, to: 2030 } });
const SOURCE = testSource(PLAN.reference);

const deadline2027 = { stated: { nb: 'i 2027' }, point: { date: '2027-01-01', precision: 'year' }, kind: 'by' };

function item(title: string, extra: Record<string, unknown> = {}) {
  return {
    areaId: 'kompetanse',
    title: { nb: title },
    description: { nb: `${title}.` },
    responsible: { nb: 'Helse- og omsorgsdepartementet' },
    instrument: 'plan',
    deadline: null,
    ...extra,
  };
}

const batch = (items: unknown[]) => ({ items, source: SOURCE, reason: 'Registrert fra planens tekst', language: 'nb' });

async function plans() {
  return planListSchema.parse((await call('GET', '/api/plans')).body).items;
}

async function measuresOf(planId: string) {
  const response = await call('GET', `/api/measures?plan=${planId}&pageSize=1000`);
  return (response.body as { items: { id: string }[] }).items.map((measure) => measure.id);
}

describe('POST /api/plans', () => {
  it('lets an admin register a plan with its measures in one request: version 1, each history starting with «created» by the admin, with the source', async () => {
    const response = await call('POST', '/api/plans', { token: TOKENS.admin, body: { plan: PLAN, measures: batch([item('Styrke kompetansen', { deadline: deadline2027 }), item('Lage en veileder')]) } });
    expect(response.status).toBe(201);
    expect(response.headers.get('Location')).toBe('/api/plans/meld-st-99-2025-2026');
    expect(response.headers.get('ETag')).toBe('"1"');
    const result = planRegistrationResultSchema.parse(response.body);
    expect(result.plan).toMatchObject({ id: PLAN.id, version: 1, synthetic: false });
    expect(result.measures.map((measure) => [measure.id, measure.number, measure.status])).toEqual([
      ['meld-st-99-2025-2026-01', 1, 'planned'],
      ['meld-st-99-2025-2026-02', 2, 'planned'],
    ]);
    const stored = measureDetailSchema.parse((await call('GET', '/api/measures/meld-st-99-2025-2026-01')).body);
    expect(stored.deadline).toEqual(deadline2027);
    expect(stored.history).toEqual([
      expect.objectContaining({ type: 'created', status: 'planned', deadline: deadline2027, effective: PLAN.published, source: SOURCE, reason: 'Registrert fra planens tekst', by: { kind: 'user', name: 'Ada Admin (Tiltaksmonitor (demo))' } }),
    ]);
    expect((await plans()).map((plan) => plan.id)).toContain(PLAN.id);
    expect(planSchema.parse((await call('GET', `/api/plans/${PLAN.id}`)).body)).toEqual(result.plan);
  });

  it('is for admins: an editor gets 403, a reader 401, and nothing is saved', async () => {
    expectProblem(await call('POST', '/api/plans', { token: TOKENS.editor, body: { plan: PLAN } }), 403);
    expectProblem(await call('POST', '/api/plans', { body: { plan: PLAN } }), 401);
    expect((await plans()).map((plan) => plan.id)).not.toContain(PLAN.id);
  });

  it('saves nothing when one measure of many breaks a rule, and names each one', async () => {
    const before = await plans();
    const response = await call('POST', '/api/plans', {
      token: TOKENS.admin,
      body: { plan: PLAN, measures: batch([item('God'), item('Ukjent område', { areaId: 'finnes-ikke' }), item('Nummer 5', { number: 5 }), item('Også 5', { number: 5 })]) },
    });
    const body = expectProblem(response, 400);
    expect(body.errors?.map((error) => [error.field, error.code])).toEqual([
      ['body.measures.items.1.areaId', 'unknown_area'],
      ['body.measures.items.3.number', 'duplicate_number'],
    ]);
    expect(await plans()).toEqual(before);
    expectProblem(await call('GET', `/api/plans/${PLAN.id}`), 404);
  });

  it('refuses a plan without a source, with an id that is not one, or presented in the future', async () => {
    expectProblem(await call('POST', '/api/plans', { token: TOKENS.admin, body: { plan: { ...PLAN, sources: [] } } }), 400);
    expectProblem(await call('POST', '/api/plans', { token: TOKENS.admin, body: { plan: { ...PLAN, id: 'Meld St 99' } } }), 400);
    const future = expectProblem(await call('POST', '/api/plans', { token: TOKENS.admin, body: { plan: { ...PLAN, published: { date: '2099-01-01', precision: 'day' } } } }), 400);
    expect(future.errors).toEqual([expect.objectContaining({ field: 'body.plan.published', code: 'published_in_future' })]);
    expectProblem(await call('POST', '/api/plans', { token: TOKENS.admin, body: { plan: { ...PLAN, period: { from: 2030, to: 2026 } } } }), 400);
  });

  it('answers 409 with the plan that has the id already', async () => {
    const response = await call('POST', '/api/plans', { token: TOKENS.admin, body: { plan: { ...PLAN, id: 'meld-st-26-2014-2015' } } });
    expect(response.status).toBe(409);
    expect(planConflictSchema.parse(response.body).current.reference).toBe('Meld. St. 26 (2014–2015)');
  });
});

describe('PATCH /api/plans/:id', () => {
  it('changes what is said of a plan with If-Match, one version on; an old version gets 409 with the plan as it is', async () => {
    await call('POST', '/api/plans', { token: TOKENS.admin, body: { plan: PLAN } });
    const response = await call('PATCH', `/api/plans/${PLAN.id}`, { token: TOKENS.admin, ifMatch: '"1"', body: { title: { nb: 'Et bedre navn' }, measuresInPlan: { count: 12, source: SOURCE } } });
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toBe('"2"');
    expect(planSchema.parse(response.body)).toMatchObject({ version: 2, title: { nb: 'Et bedre navn' }, measuresInPlan: { count: 12 } });
    const stale = await call('PATCH', `/api/plans/${PLAN.id}`, { token: TOKENS.admin, ifMatch: '"1"', body: { title: { nb: 'Gammelt' } } });
    expect(stale.status).toBe(409);
    expect(planConflictSchema.parse(stale.body).current).toMatchObject({ version: 2, title: { nb: 'Et bedre navn' } });
    const removed = planSchema.parse((await call('PATCH', `/api/plans/${PLAN.id}`, { token: TOKENS.admin, ifMatch: '"2"', body: { measuresInPlan: null } })).body);
    expect(removed.measuresInPlan).toBeUndefined();
  });

  it('requires If-Match (428), a change (400) and an admin (403)', async () => {
    expectProblem(await call('PATCH', '/api/plans/meld-st-26-2014-2015', { token: TOKENS.admin, body: { title: { nb: 'x' } } }), 428);
    expectProblem(await call('PATCH', '/api/plans/meld-st-26-2014-2015', { token: TOKENS.admin, ifMatch: '"1"', body: {} }), 400);
    expectProblem(await call('PATCH', '/api/plans/meld-st-26-2014-2015', { token: TOKENS.editor, ifMatch: '"1"', body: { title: { nb: 'x' } } }), 403);
    expectProblem(await call('PATCH', '/api/plans/finnes-ikke', { token: TOKENS.admin, ifMatch: '"1"', body: { title: { nb: 'x' } } }), 404);
    expectProblem(await call('DELETE', '/api/plans/meld-st-26-2014-2015', { token: TOKENS.admin }), 405);
  });
});

describe('POST /api/plans/:id/measures', () => {
  it('adds measures after the highest number, moves the plan one version on, and refuses a number the plan has', async () => {
    const before = await measuresOf('meld-st-26-2014-2015');
    const plan = planSchema.parse((await call('GET', '/api/plans/meld-st-26-2014-2015')).body);
    const taken = expectProblem(await call('POST', '/api/plans/meld-st-26-2014-2015/measures', { token: TOKENS.admin, ifMatch: `"${plan.version}"`, body: batch([item('Ny', { number: 3 })]) }), 400);
    expect(taken.errors).toEqual([expect.objectContaining({ field: 'body.items.0.number', code: 'number_taken' })]);
    expect(await measuresOf('meld-st-26-2014-2015')).toEqual(before);
    const response = await call('POST', '/api/plans/meld-st-26-2014-2015/measures', { token: TOKENS.admin, ifMatch: `"${plan.version}"`, body: batch([item('Nytt tiltak')]) });
    expect(response.status).toBe(201);
    const result = planRegistrationResultSchema.parse(response.body);
    expect(result.plan.version).toBe(plan.version + 1);
    expect(result.measures.map((measure) => measure.id)).toEqual(['meld-st-26-2014-2015-29']);
    expect(await measuresOf('meld-st-26-2014-2015')).toHaveLength(before.length + 1);
    // The same request again, from the version it was made on: someone saved in between.
    const again = await call('POST', '/api/plans/meld-st-26-2014-2015/measures', { token: TOKENS.admin, ifMatch: `"${plan.version}"`, body: batch([item('Nytt tiltak')]) });
    expect(again.status).toBe(409);
    expect(await measuresOf('meld-st-26-2014-2015')).toHaveLength(before.length + 1);
  });

  it('refuses an empty list, junk and a body without a source, and needs If-Match', async () => {
    expectProblem(await call('POST', '/api/plans/meld-st-26-2014-2015/measures', { token: TOKENS.admin, ifMatch: '"1"', body: batch([]) }), 400);
    expectProblem(await call('POST', '/api/plans/meld-st-26-2014-2015/measures', { token: TOKENS.admin, ifMatch: '"1"', rawBody: '{"items": [' }), 400);
    expectProblem(await call('POST', '/api/plans/meld-st-26-2014-2015/measures', { token: TOKENS.admin, ifMatch: '"1"', body: { items: [item('x')], reason: 'r', language: 'nb' } }), 400);
    expectProblem(await call('POST', '/api/plans/meld-st-26-2014-2015/measures', { token: TOKENS.admin, body: batch([item('x')]) }), 428);
  });
});
