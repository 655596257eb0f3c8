import { measureDetailSchema, noQuerySchema, type Conflict, type Problem } from '@/domain/api-contract';
import type { Measure } from '@/domain/measure';
import { applyChange, measureChangeSchema, validateChange } from '@/domain/measure-change';
import { planStart } from '@/domain/plan';
import { PROBLEM_TYPES } from '@/domain/problem-types';
import { now, today } from '@/lib/clock';
import type { ApiContext } from './context';
import { json, parseJsonBody, parseQuery, problem, ProblemError, respond, unavailableProblem } from './http';
import { findMeasure } from './measures';
import { requirePermission } from './permissions';
import { endpoint, type Endpoint } from './router';
import { NotSavedError, StaleVersionError } from './store';

/** `If-Match: "3"` (or W/"3", or 3) → 3; a quote on one side only (`"3`) is malformed. */
const IF_MATCH = /^(?:W\/)?(?:"(\d{1,9})"|(\d{1,9}))$/;

export function expectedVersion(request: Request, what = 'measure'): number {
  const header = request.headers.get('If-Match');
  if (header === null) {
    throw new ProblemError(problem(428, 'Precondition Required', 'Send If-Match with the version you edited, so that no one’s change is overwritten.'));
  }
  const match = IF_MATCH.exec(header.trim());
  const version = match?.[1] ?? match?.[2];
  if (version === undefined) {
    throw new ProblemError(problem(400, 'Invalid If-Match', `If-Match must be the ${what}’s version, e.g. "3".`, [
      { field: 'If-Match', code: 'invalid_format', message: 'Expected a version number' },
    ]));
  }
  return Number(version);
}

/** The fields of a measure that its history decides (src/domain/as-of.ts). */
function stateFields({ status, deadline, completedOn, replacedBy }: Measure) {
  return { status, deadline, completedOn, replacedBy };
}

export function etag(version: number): string {
  return `"${version}"`;
}

/** 409: the version edited is not the current one; the answer carries the measure as it is now. */
function conflict(current: Measure, version: number): Response {
  const body: Conflict = {
    type: 'about:blank',
    title: 'Conflict',
    status: 409,
    detail: `The measure has changed since version ${version}; it is now version ${current.version}.`,
    current,
  };
  return json(body, { status: 409, headers: { 'Content-Type': 'application/problem+json', ETag: etag(current.version) } });
}

/**
 * The answer to a write the storage did not keep (the store is as it was): 507 with the `storage-full` type when
 * the storage is full, so that the client can say so; 500 for any other failure of the storage.
 */
export function notSavedProblem(error: NotSavedError, ctx: ApiContext): Response {
  if (ctx.isUnavailable?.(error.cause) === true) return unavailableProblem(ctx);
  const body: Problem = error.storageFull
    ? {
        type: PROBLEM_TYPES.storageFull,
        title: 'Insufficient Storage',
        status: 507,
        detail: `The change was not saved: ${ctx.storageName} is full. Nothing was changed.`,
      }
    : { type: 'about:blank', title: 'Internal Server Error', status: 500, detail: `The change was not saved: ${ctx.storageName} failed. Nothing was changed.` };
  return json(body, { status: body.status, headers: { 'Content-Type': 'application/problem+json' } });
}

export const editingEndpoints: Endpoint[] = [
  /**
   * Changes a measure: a status, the deadline, a note or a source. Editors and admins only; the
   * version in If-Match must be the current one (409 with the current measure otherwise); the
   * change is checked against the same rules as the form, then appended to the history.
   */
  endpoint('PATCH', '/measures/:id', async (input) => {
    const { request, ctx, snapshot } = input;
    const user = requirePermission(await ctx.identify(request), 'edit');
    parseQuery(request, noQuerySchema);
    const measure = await findMeasure(input);
    const version = expectedVersion(request);
    const change = await parseJsonBody(request, measureChangeSchema);
    if (version !== measure.version) return conflict(measure, version);
    const data = await snapshot();
    const plan = data.plans.find((candidate) => candidate.id === measure.planId);
    const problems = validateChange(measure, change, {
      today: today(),
      planPublished: (plan && planStart(plan)) ?? '1900-01-01',
      measureExists: (id) => data.measures.some((candidate) => candidate.id === id),
    });
    if (problems.length > 0) {
      throw new ProblemError(
        problem(
          400,
          'The change breaks a rule',
          'The change is not allowed as it stands.',
          problems.map(({ field, code }) => ({ field: `body.${field}`, code, message: code.replaceAll('_', ' ') })),
        ),
      );
    }
    // The change applies to today's state (findMeasure replays it: the `from` every page showed), on top of
    // the whole recorded history.
    const recorded = data.measures.find((candidate) => candidate.id === measure.id) ?? measure;
    const updated = applyChange({ ...recorded, ...stateFields(measure) }, change, { name: `${user.name} (${user.organisation})` }, now());
    try {
      await ctx.store.saveMeasure(updated, version);
    } catch (error) {
      if (error instanceof StaleVersionError) return conflict(await findMeasure({ ...input, snapshot: () => ctx.store.snapshot() }), version);
      if (error instanceof NotSavedError) return notSavedProblem(error, ctx);
      throw error;
    }
    return respond(ctx.checkResponses, measureDetailSchema, updated, { headers: { ETag: etag(updated.version) } });
  }),
  // The history is append-only: it grows through PATCH on the measure, never on its own.
  ...(['POST', 'PUT', 'PATCH', 'DELETE'] as const).map((method) =>
    endpoint(method, '/measures/:id/history', () => problem(405, 'Method Not Allowed', 'The history is append-only and cannot be written directly.')),
  ),
  ...(['PUT', 'DELETE'] as const).map((method) =>
    endpoint(method, '/measures/:id', () => problem(405, 'Method Not Allowed', 'Measures are changed with PATCH and never deleted.')),
  ),
];
