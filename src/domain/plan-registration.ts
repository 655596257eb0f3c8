import * as z from 'zod/mini';
import { problemSchema } from './api-contract';
import type { Area } from './area';
import { datePointSchema, type IsoDate } from './date-point';
import { deadlineSchema } from './deadline';
import { languageSchema, localizedTextSchema } from './localized-text';
import { instrumentSchema, measureId, measureSchema, type HistoryEntry, type Measure } from './measure';
import { idSchema, planKindSchema, planSchema, type Plan } from './plan';
import { sourceSchema, type Source } from './source';

/**
 * Registering a plan and its measures (POST /api/plans, PATCH /api/plans/:id, POST /api/plans/:id/measures): the
 * bodies the API takes, the rules a body must keep beyond its shape, and the records it becomes. Pure: the API's
 * handlers (server/api/plans.ts) and the import form (src/features/plans) share it.
 */

/** A plan's id is the start of its measures' ids (`<plan>-01`), which may be 80 characters long. */
export const PLAN_ID_MAX = 60;
/** The most measures one request registers (a white paper lists tens; Bo trygt hjemme has 93). */
export const MEASURES_PER_REQUEST_MAX = 300;
const TEXT_MAX = 1000;

const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const boundedText = z.strictObject({ nb: text(TEXT_MAX), nn: z.optional(text(TEXT_MAX)), en: z.optional(text(TEXT_MAX)) });

const periodSchema = z
  .strictObject({ from: z.int().check(z.gte(1900), z.lte(2200)), to: z.int().check(z.gte(1900), z.lte(2200)) })
  .check(z.refine((period) => period.from <= period.to, { message: 'The period ends before it starts', path: ['to'] }));

const goalsSchema = z.array(z.strictObject({ text: boundedText, source: sourceSchema })).check(z.maxLength(100));
const measuresInPlanSchema = z.strictObject({ count: z.int().check(z.positive(), z.lte(10_000)), source: sourceSchema });

/** What can be said of a plan: everything but its id, version and whether it is synthetic (registered plans are real). */
const planFields = {
  reference: text(200),
  title: boundedText,
  kind: planKindSchema,
  ministry: boundedText,
  published: z.nullable(datePointSchema),
  period: z.nullable(periodSchema),
  /** Every plan states where it comes from. */
  sources: z.array(sourceSchema).check(z.minLength(1), z.maxLength(50)),
  note: z.optional(localizedTextSchema),
  goals: z.optional(goalsSchema),
  measuresInPlan: z.optional(measuresInPlanSchema),
};

/** One measure as the admin registers it: what the plan says of it. Its history starts with `created`. */
export const measureDraftSchema = z.strictObject({
  /** Its place in the plan's list; the next free number when absent. */
  number: z.optional(z.int().check(z.positive(), z.lte(9999))),
  areaId: idSchema,
  topic: z.optional(boundedText),
  title: boundedText,
  description: boundedText,
  responsible: boundedText,
  instrument: instrumentSchema,
  /** The deadline the plan states, in its own words; null when it names none. */
  deadline: z.nullable(deadlineSchema),
  sources: z.optional(z.array(sourceSchema).check(z.maxLength(20))),
});
export type MeasureDraft = z.infer<typeof measureDraftSchema>;

/** Measures registered together, all or none: where their list was taken from, and why (the `created` entry's reason). */
export const measureBatchSchema = z.strictObject({
  items: z.array(measureDraftSchema).check(z.minLength(1), z.maxLength(MEASURES_PER_REQUEST_MAX)),
  source: sourceSchema,
  reason: text(2000),
  /** The language the reason is written in. */
  language: languageSchema,
});
export type MeasureBatch = z.infer<typeof measureBatchSchema>;

/** POST /api/plans: a new plan, with its measures in the same request when they are known. */
export const planCreationSchema = z.strictObject({
  plan: z.strictObject({ id: idSchema.check(z.maxLength(PLAN_ID_MAX)), ...planFields }),
  measures: z.optional(measureBatchSchema),
});
export type PlanCreation = z.infer<typeof planCreationSchema>;

/** PATCH /api/plans/:id: the fields that change (at least one); `null` removes a note, goals or a count. */
export const planPatchSchema = z
  .strictObject({
    reference: z.optional(planFields.reference),
    title: z.optional(planFields.title),
    kind: z.optional(planFields.kind),
    ministry: z.optional(planFields.ministry),
    published: z.optional(planFields.published),
    period: z.optional(planFields.period),
    sources: z.optional(planFields.sources),
    note: z.optional(z.nullable(localizedTextSchema)),
    goals: z.optional(z.nullable(goalsSchema)),
    measuresInPlan: z.optional(z.nullable(measuresInPlanSchema)),
  })
  .check(z.refine((patch) => Object.keys(patch).length > 0, { message: 'Name at least one field to change' }));
export type PlanPatch = z.infer<typeof planPatchSchema>;

/**
 * The answers (here rather than in api-contract.ts, which every page loads: only the registration reads them).
 * 409 on a plan: the plan as it now is (a change made from an older version), or the one that has the id already. */
export const planConflictSchema = z.object({
  ...problemSchema.shape,
  current: planSchema,
});
export type PlanConflict = z.infer<typeof planConflictSchema>;

/** What POST /api/plans and POST /api/plans/:id/measures answer: the plan as saved, and the measures they registered. */
export const planRegistrationResultSchema = z.strictObject({ plan: planSchema, measures: z.array(measureSchema) });
export type PlanRegistrationResult = z.infer<typeof planRegistrationResultSchema>;

/** A rule a registration breaks, at a field of the body (`measures.items.3.areaId`). */
export interface RegistrationProblem {
  field: string;
  code: 'unknown_area' | 'duplicate_number' | 'number_taken' | 'plan_exists' | 'plan_not_published' | 'published_in_future' | 'synthetic_plan';
}

export function newPlan(draft: PlanCreation['plan']): Plan {
  const { note, goals, measuresInPlan, ...fields } = draft;
  return {
    ...fields,
    ...(note ? { note } : {}),
    ...(goals && goals.length > 0 ? { goals } : {}),
    ...(measuresInPlan ? { measuresInPlan } : {}),
    synthetic: false,
    version: 1,
  };
}

/** The plan after a patch: one version on; `null` removes a note, the goals or the count of measures. */
export function patchedPlan(plan: Plan, patch: PlanPatch): Plan {
  const { note, goals, measuresInPlan, ...fields } = patch;
  const { note: oldNote, goals: oldGoals, measuresInPlan: oldCount, ...rest } = plan;
  // Absent: as it was; null: removed.
  const nextNote = note === undefined ? oldNote : note;
  const nextGoals = goals === undefined ? oldGoals : goals;
  const nextCount = measuresInPlan === undefined ? oldCount : measuresInPlan;
  return {
    ...rest,
    ...fields,
    ...(nextNote ? { note: nextNote } : {}),
    ...(nextGoals && nextGoals.length > 0 ? { goals: nextGoals } : {}),
    ...(nextCount ? { measuresInPlan: nextCount } : {}),
    version: plan.version + 1,
  };
}

/** A field's path under a prefix of the body ('' for the body itself). */
const at = (prefix: string, path: string) => (prefix === '' ? path : `${prefix}.${path}`);

export function planProblems(plan: Plan, today: IsoDate, prefix: string): RegistrationProblem[] {
  return plan.published !== null && plan.published.date > today ? [{ field: at(prefix, 'published'), code: 'published_in_future' }] : [];
}

/**
 * The rules a batch keeps beyond its shape: every area is one the dataset has, no two measures share a number,
 * and none takes a number the plan's measures already have; the plan must have been presented on a known date
 * (every history starts on it). Empty when the batch may be saved.
 */
export function batchProblems(plan: Plan, batch: MeasureBatch, context: { areas: readonly Pick<Area, 'id'>[]; existing: readonly Pick<Measure, 'number'>[] }, prefix: string): RegistrationProblem[] {
  const problems: RegistrationProblem[] = [];
  if (plan.synthetic) problems.push({ field: prefix, code: 'synthetic_plan' });
  if (plan.published === null) problems.push({ field: at(prefix, 'items'), code: 'plan_not_published' });
  const areaIds = new Set(context.areas.map((area) => area.id));
  const taken = new Set(context.existing.map((measure) => measure.number));
  const seen = new Set<number>();
  batch.items.forEach((item, index) => {
    const row = at(prefix, `items.${index}`);
    if (!areaIds.has(item.areaId)) problems.push({ field: `${row}.areaId`, code: 'unknown_area' });
    if (item.number === undefined) return;
    if (taken.has(item.number)) problems.push({ field: `${row}.number`, code: 'number_taken' });
    else if (seen.has(item.number)) problems.push({ field: `${row}.number`, code: 'duplicate_number' });
    seen.add(item.number);
  });
  return problems;
}

/**
 * The measures a batch becomes (after batchProblems found nothing): numbered where the draft gives no number
 * (after the highest in use), `planned`, with the plan's stated deadline, and a history of one `created` entry that
 * names who registered it, when, why and from which source. Partly verified: the source shows that the plan
 * states the measure, not what has become of it.
 */
export function registeredMeasures(
  plan: Plan,
  batch: MeasureBatch,
  context: { existing: readonly Pick<Measure, 'number'>[]; author: string; now: string },
): Measure[] {
  const published = plan.published;
  if (published === null) throw new Error(`${plan.id} has no date: check batchProblems first`);
  let next = Math.max(0, ...context.existing.map((measure) => measure.number), ...batch.items.map((item) => item.number ?? 0)) + 1;
  return batch.items.map((item) => {
    const number = item.number ?? next++;
    const id = measureId(plan.id, number);
    const created: HistoryEntry = {
      id: `${id}-h1`,
      type: 'created',
      effective: published,
      recordedAt: context.now,
      by: { kind: 'user', name: context.author },
      reason: batch.reason,
      language: batch.language,
      source: batch.source,
      status: 'planned',
      deadline: item.deadline,
    };
    return {
      id,
      planId: plan.id,
      number,
      areaId: item.areaId,
      ...(item.topic ? { topic: item.topic } : {}),
      title: item.title,
      description: item.description,
      responsible: item.responsible,
      instrument: item.instrument,
      originalDeadline: item.deadline,
      deadline: item.deadline,
      status: 'planned',
      completedOn: null,
      replacedBy: null,
      outcome: null,
      verified: 'partial',
      sources: uniqueSources([batch.source, ...(item.sources ?? [])]),
      obligations: [],
      followedUpBy: [],
      synthetic: false,
      history: [created],
      version: 1,
      updatedAt: context.now,
    };
  });
}

function uniqueSources(sources: readonly Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.title}\u0000${source.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
