import { noQuerySchema } from '@/domain/api-contract';
import type { Measure } from '@/domain/measure';
import { planSchema, type Plan } from '@/domain/plan';
import {
  batchProblems,
  measureBatchSchema,
  newPlan,
  patchedPlan,
  planCreationSchema,
  planPatchSchema,
  planProblems,
  planRegistrationResultSchema,
  registeredMeasures,
  type MeasureBatch,
  type PlanConflict,
  type RegistrationProblem,
} from '@/domain/plan-registration';
import type { User } from '@/domain/user';
import { now, today } from '@/lib/clock';
import type { ApiContext } from './context';
import { etag, expectedVersion, notSavedProblem } from './editing';
import { json, parseJsonBody, parseQuery, problem, ProblemError, respond } from './http';
import { requirePermission } from './permissions';
import type { EndpointInput } from './router';
import { findPlan, REGISTRATION_BODY_MAX_BYTES } from './plans';
import { NotSavedError, PlanExistsError, StalePlanError, type DataSnapshot } from './store';

/**
 * The writes of plans and measures (docs/api.md «Registering plans and measures»), loaded with the first of them
 * (plans.ts): the rules are src/domain/plan-registration.ts; this answers for them in problem documents.
 */

const RULE_MESSAGES: Record<RegistrationProblem['code'], string> = {
  unknown_area: 'No area has this id (GET /api/areas)',
  duplicate_number: 'Another measure in the request has this number',
  number_taken: 'A measure of the plan has this number already',
  plan_exists: 'A plan has this id already',
  plan_not_published: 'The plan needs the date it was presented before measures can be registered: every history starts on it',
  published_in_future: 'A plan cannot have been presented after today',
  synthetic_plan: 'Synthetic test data takes no registrations',
};

function ruleProblem(problems: readonly RegistrationProblem[]): ProblemError {
  return new ProblemError(
    problem(
      400,
      'The registration breaks a rule',
      'Nothing was saved: the registration is not allowed as it stands.',
      problems.map(({ field, code }) => ({ field: field === '' ? 'body' : `body.${field}`, code, message: RULE_MESSAGES[code] })),
    ),
  );
}

function planConflict(current: Plan, detail: string): Response {
  const body: PlanConflict = { type: 'about:blank', title: 'Conflict', status: 409, detail, current };
  return json(body, { status: 409, headers: { 'Content-Type': 'application/problem+json', ETag: etag(current.version) } });
}

function author(user: User): string {
  return `${user.name} (${user.organisation})`;
}

/** The measures of a batch, or a 400 naming every rule it breaks (nothing is saved). */
function measuresOf(plan: Plan, batch: MeasureBatch | undefined, data: DataSnapshot, user: User, prefix: string): Measure[] {
  if (batch === undefined) return [];
  const existing = data.measures.filter((measure) => measure.planId === plan.id);
  const problems = batchProblems(plan, batch, { areas: data.areas, existing }, prefix);
  if (problems.length > 0) throw ruleProblem(problems);
  return registeredMeasures(plan, batch, { existing, author: author(user), now: now() });
}

/** Saves; null when saved, or the answer for what the store refused (409 with the plan as stored; 507/500/503: nothing kept). */
async function save(ctx: ApiContext, plan: Plan, basedOn: number | null, measures: Measure[]): Promise<Response | null> {
  try {
    await ctx.store.savePlan(plan, basedOn, measures);
    return null;
  } catch (error) {
    if (error instanceof StalePlanError) return stale(error.current, basedOn ?? 0);
    if (error instanceof PlanExistsError) return planConflict(error.current, `A plan has the id "${error.current.id}" already. Nothing was saved.`);
    if (error instanceof NotSavedError) return notSavedProblem(error, ctx);
    throw error;
  }
}

function stale(current: Plan, version: number): Response {
  return planConflict(current, `The plan has changed since version ${version}; it is now version ${current.version}. Nothing was saved.`);
}

/** 201 with the plan and the measures it gained. */
function registered(ctx: ApiContext, plan: Plan, measures: Measure[]): Response {
  return respond(ctx.checkResponses, planRegistrationResultSchema, { plan, measures }, { status: 201, headers: { ETag: etag(plan.version), Location: `/api/plans/${plan.id}` } });
}

/** POST /api/plans: a new plan, with its measures when the body has them, all or nothing. Admins only. */
export async function createPlan({ request, ctx, snapshot }: EndpointInput): Promise<Response> {
  const user = requirePermission(await ctx.identify(request), 'register');
  parseQuery(request, noQuerySchema);
  const body = await parseJsonBody(request, planCreationSchema, REGISTRATION_BODY_MAX_BYTES);
  const data = await snapshot();
  const existing = data.plans.find((candidate) => candidate.id === body.plan.id);
  if (existing !== undefined) return planConflict(existing, `A plan has the id "${existing.id}" already. Nothing was saved.`);
  const plan = newPlan(body.plan);
  const problems = planProblems(plan, today(), 'plan');
  if (problems.length > 0) throw ruleProblem(problems);
  const measures = measuresOf(plan, body.measures, data, user, 'measures');
  return (await save(ctx, plan, null, measures)) ?? registered(ctx, plan, measures);
}

/** PATCH /api/plans/:id: what is said of a plan (If-Match: its version). Admins only. */
export async function patchPlan(input: EndpointInput): Promise<Response> {
  const { request, ctx } = input;
  requirePermission(await ctx.identify(request), 'register');
  parseQuery(request, noQuerySchema);
  const { plan } = await findPlan(input);
  const version = expectedVersion(request, 'plan');
  const patch = await parseJsonBody(request, planPatchSchema, REGISTRATION_BODY_MAX_BYTES);
  if (version !== plan.version) return stale(plan, version);
  if (plan.synthetic) throw ruleProblem([{ field: '', code: 'synthetic_plan' }]);
  const updated = patchedPlan(plan, patch);
  const problems = planProblems(updated, today(), '');
  if (problems.length > 0) throw ruleProblem(problems);
  return (await save(ctx, updated, version, [])) ?? respond(ctx.checkResponses, planSchema, updated, { headers: { ETag: etag(updated.version) } });
}

/** POST /api/plans/:id/measures: one or many, all or nothing (If-Match: the plan's version, which moves by one). Admins only. */
export async function addMeasures(input: EndpointInput): Promise<Response> {
  const { request, ctx } = input;
  const user = requirePermission(await ctx.identify(request), 'register');
  parseQuery(request, noQuerySchema);
  const { plan, data } = await findPlan(input);
  const version = expectedVersion(request, 'plan');
  const batch = await parseJsonBody(request, measureBatchSchema, REGISTRATION_BODY_MAX_BYTES);
  if (version !== plan.version) return stale(plan, version);
  const measures = measuresOf(plan, batch, data, user, '');
  const updated = { ...plan, version: plan.version + 1 };
  return (await save(ctx, updated, version, measures)) ?? registered(ctx, updated, measures);
}
