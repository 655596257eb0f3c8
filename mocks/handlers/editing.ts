import { http, HttpResponse } from 'msw';
import { measureDetailSchema, noQuerySchema, type Conflict } from '@/domain/api-contract';
import type { Measure } from '@/domain/measure';
import { applyChange, measureChangeSchema, validateChange } from '@/domain/measure-change';
import { planStart } from '@/domain/plan';
import { now, today } from '@/lib/clock';
import { requirePermission } from '../auth';
import { db, NotSavedError, StaleVersionError } from '../db';
import { API, endpoint, parseJsonBody, parseQuery, problem, ProblemError, respond } from './http';
import { findMeasure } from './measures';
import { notSavedProblem } from './not-saved';

/** `If-Match: "3"` (or W/"3", or 3) → 3; a quote on one side only (`"3`) is malformed. */
const IF_MATCH = /^(?:W\/)?(?:"(\d{1,9})"|(\d{1,9}))$/;

function expectedVersion(request: Request): number {
  const header = request.headers.get('If-Match');
  if (header === null) {
    throw new ProblemError(problem(428, 'Precondition Required', 'Send If-Match with the version you edited, so that no one’s change is overwritten.'));
  }
  const match = IF_MATCH.exec(header.trim());
  const version = match?.[1] ?? match?.[2];
  if (version === undefined) {
    throw new ProblemError(problem(400, 'Invalid If-Match', 'If-Match must be the measure’s version, e.g. "3".', [
      { field: 'If-Match', code: 'invalid_format', message: 'Expected a version number' },
    ]));
  }
  return Number(version);
}

/** The fields of a measure that its history decides (src/domain/as-of.ts). */
function stateFields({ status, deadline, completedOn, replacedBy }: Measure) {
  return { status, deadline, completedOn, replacedBy };
}

function etag(version: number): string {
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
  return HttpResponse.json(body, { status: 409, headers: { 'Content-Type': 'application/problem+json', ETag: etag(current.version) } });
}

/**
 * Saves the measure on top of the version edited, or answers why not, with nothing changed: another tab of the
 * browser saved first (409, as for any stale client), or the storage did not keep it (507 when full).
 */
function save(measure: Measure, version: number): Response | null {
  try {
    db.saveMeasure(measure, version);
    return null;
  } catch (error) {
    if (error instanceof StaleVersionError) return conflict(findMeasure(measure.id), version);
    if (error instanceof NotSavedError) return notSavedProblem(error);
    throw error;
  }
}

export const editingHandlers = [
  /**
   * Changes a measure: a status, the deadline, a note or a source. Editors and admins only; the
   * version in If-Match must be the current one (409 with the current measure otherwise); the
   * change is checked against the same rules as the form, then appended to the history.
   */
  http.patch(
    `${API}/measures/:id`,
    endpoint(async ({ request, params }) => {
      const user = requirePermission(request, 'edit');
      parseQuery(request, noQuerySchema);
      const measure = findMeasure(params.id);
      const version = expectedVersion(request);
      const change = await parseJsonBody(request, measureChangeSchema);
      if (version !== measure.version) return conflict(measure, version);
      const plan = db.plans().find((candidate) => candidate.id === measure.planId);
      const problems = validateChange(measure, change, {
        today: today(),
        planPublished: (plan && planStart(plan)) ?? '1900-01-01',
        measureExists: (id) => db.measure(id) !== undefined,
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
      const recorded = db.measure(measure.id) ?? measure;
      const updated = applyChange({ ...recorded, ...stateFields(measure) }, change, { name: `${user.name} (${user.organisation})` }, now());
      const refused = save(updated, version);
      if (refused !== null) return refused;
      return respond(measureDetailSchema, updated, { headers: { ETag: etag(updated.version) } });
    }),
  ),
  // The history is append-only: it grows through PATCH on the measure, never on its own.
  ...(['post', 'put', 'patch', 'delete'] as const).map((method) =>
    http[method](
      `${API}/measures/:id/history`,
      endpoint(() => problem(405, 'Method Not Allowed', 'The history is append-only and cannot be written directly.')),
    ),
  ),
  ...(['put', 'delete'] as const).map((method) =>
    http[method](`${API}/measures/:id`, endpoint(() => problem(405, 'Method Not Allowed', 'Measures are changed with PATCH and never deleted.'))),
  ),
];
