import { noQuerySchema } from '@/domain/api-contract';
import { idSchema, planSchema, type Plan } from '@/domain/plan';
import { etag } from './editing';
import { parseQuery, problem, ProblemError, respond } from './http';
import { endpoint, type EndpointInput } from './router';
import type { DataSnapshot } from './store';

/** A plan's registration carries its measures' texts: far more than a change to one measure (docs/api.md). */
export const REGISTRATION_BODY_MAX_BYTES = 1024 * 1024;

/** The plan with the id from the path: 400 for an id that cannot be one, 404 when there is none. */
export async function findPlan({ params, snapshot }: Pick<EndpointInput, 'params' | 'snapshot'>): Promise<{ plan: Plan; data: DataSnapshot }> {
  const id = idSchema.safeParse(params.id);
  if (!id.success) {
    throw new ProblemError(problem(400, 'Invalid plan id', 'A plan id is lowercase letters, digits and hyphens.', [
      { field: 'id', code: 'invalid_format', message: 'Invalid plan id' },
    ]));
  }
  const data = await snapshot();
  const plan = data.plans.find((candidate) => candidate.id === id.data);
  if (plan === undefined) throw new ProblemError(problem(404, 'Not Found', `No plan has the id "${id.data}".`));
  return { plan, data };
}

/**
 * The registration's rules and records (plan-writes.ts, with src/domain/plan-registration.ts) load with the first
 * write: in the browser the mock's every visit would carry them otherwise, for what only an admin does.
 */
const writes = () => import('./plan-writes');

export const planEndpoints = [
  endpoint('GET', '/plans/:id', async (input) => {
    parseQuery(input.request, noQuerySchema);
    const { plan } = await findPlan(input);
    return respond(input.ctx.checkResponses, planSchema, plan, { headers: { ETag: etag(plan.version) } });
  }),
  /** A new plan, with its measures when the body has them: all or nothing. Admins only. */
  endpoint('POST', '/plans', async (input) => (await writes()).createPlan(input)),
  /** Changes what is said of a plan (If-Match: its version). Admins only. */
  endpoint('PATCH', '/plans/:id', async (input) => (await writes()).patchPlan(input)),
  /** Measures added to a plan, one or many, all or nothing (If-Match: the plan's version, which moves by one). Admins only. */
  endpoint('POST', '/plans/:id/measures', async (input) => (await writes()).addMeasures(input)),
  ...(['PUT', 'DELETE'] as const).map((method) =>
    endpoint(method, '/plans/:id', () => problem(405, 'Method Not Allowed', 'Plans are changed with PATCH and never deleted.')),
  ),
];
