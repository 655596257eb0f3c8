import * as z from 'zod/mini';
import { datePointSchema, startOf, type IsoDate } from './date-point';
import { localizedTextSchema } from './localized-text';
import { sourceSchema } from './source';

export const PLAN_KINDS = ['stortingsmelding', 'strategi', 'opptrappingsplan', 'handlingsplan'] as const;
export const planKindSchema = z.enum(PLAN_KINDS);
export type PlanKind = z.infer<typeof planKindSchema>;

export const idSchema = z
  .string()
  .check(z.minLength(1), z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens'));

export const planSchema = z.strictObject({
  id: idSchema,
  /** The document reference, e.g. "Meld. St. 26 (2014–2015)". */
  reference: z.string().check(z.minLength(1)),
  title: localizedTextSchema,
  kind: planKindSchema,
  ministry: localizedTextSchema,
  /** When the plan was presented, as precisely as the sources say; null when they do not say. */
  published: z.nullable(datePointSchema),
  /** The years the plan covers, when it states them; a white paper often states none. */
  period: z.nullable(z.strictObject({ from: z.int(), to: z.int() })),
  sources: z.array(sourceSchema),
  /** What about the plan itself is uncertain or disputed in the sources. */
  note: z.optional(localizedTextSchema),
  /**
   * What the plan sets out to reach, where it states goals rather than (or beside) a list of measures: shown as
   * goals, never counted as measures. Each with the source that quotes it.
   */
  goals: z.optional(z.array(z.strictObject({ text: localizedTextSchema, source: sourceSchema }))),
  /**
   * How many measures the plan has in all, where its list is known only in part (the sources quote some of them):
   * the app says how many of them are registered. Absent when every measure of the plan is registered.
   */
  measuresInPlan: z.optional(z.strictObject({ count: z.int().check(z.positive()), source: sourceSchema })),
  /** Generated test data, never a real plan. */
  synthetic: z.boolean(),
  /** Moves by one with every change to the plan (PATCH /api/plans/:id with If-Match, as for measures). */
  version: z.int().check(z.positive()),
});
export type Plan = z.infer<typeof planSchema>;

/** The first day the plan can have been presented; null when no date is known. */
export function planStart(plan: Pick<Plan, 'published'>): IsoDate | null {
  return plan.published === null ? null : startOf(plan.published);
}
