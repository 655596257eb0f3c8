import * as z from 'zod/mini';
import { isoDateSchema } from './date-point';
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
  published: isoDateSchema,
  /** The years the plan covers, when it states them; a white paper often states none. */
  period: z.nullable(z.strictObject({ from: z.int(), to: z.int() })),
  sources: z.array(sourceSchema),
});
export type Plan = z.infer<typeof planSchema>;
