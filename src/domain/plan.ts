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
  /** Generated test data, never a real plan. */
  synthetic: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

/** The first day the plan can have been presented; null when no date is known. */
export function planStart(plan: Pick<Plan, 'published'>): IsoDate | null {
  return plan.published === null ? null : startOf(plan.published);
}
