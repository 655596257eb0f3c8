/**
 * The REST contract between the client and any backend (the embedded msw mock or a real one).
 * docs/api.md describes it for people; these schemas are what both sides validate against.
 */
import { z } from 'zod';
import { areaSchema } from './area';
import { isoDateSchema } from './date-point';
import { historyEntrySchema, measureSchema, measureSummarySchema } from './measure';
import { planSchema } from './plan';
import { statusSchema } from './status';

export const planListSchema = z.strictObject({ items: z.array(planSchema) });
export const areaListSchema = z.strictObject({ items: z.array(areaSchema) });

export const measurePageSchema = z.strictObject({
  items: z.array(measureSummarySchema),
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  /** The date the server used for "overdue". */
  today: isoDateSchema,
});
export type MeasurePage = z.infer<typeof measurePageSchema>;

export const measureDetailSchema = measureSchema;
export const historyListSchema = z.strictObject({ items: z.array(historyEntrySchema) });

const statusCountsSchema = z.strictObject(
  Object.fromEntries(statusSchema.options.map((status) => [status, z.number().int().nonnegative()])) as Record<
    z.infer<typeof statusSchema>,
    z.ZodNumber
  >,
);

export const progressSchema = z.strictObject({
  counts: statusCountsSchema,
  total: z.number().int().nonnegative(),
  completed: z.number().int().nonnegative(),
  completedShare: z.number().min(0).max(1),
});

export const summarySchema = z.strictObject({
  /** The date the figures describe: today, or the `asOf` asked for. */
  asOf: isoDateSchema,
  planIds: z.array(z.string()),
  areas: z.array(progressSchema.extend({ areaId: z.string() })),
  totals: progressSchema,
  overdue: z.number().int().nonnegative(),
  dueWithinYear: z.number().int().nonnegative(),
  /** Measures whose state on `asOf` is uncertain because a change is known only to a year or month. */
  uncertain: z.number().int().nonnegative(),
});
export type Summary = z.infer<typeof summarySchema>;

export const FIELD_ERROR_CODES = [
  'required',
  'invalid_type',
  'invalid_value',
  'too_small',
  'too_big',
  'invalid_format',
  'unrecognized_key',
  'custom',
] as const;

/** RFC 9457 problem details, with the fields that failed validation. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z
    .array(
      z.object({
        /** Dotted path of the field, e.g. "pageSize" or "body.reason.nb". */
        field: z.string(),
        code: z.string(),
        message: z.string(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof problemSchema>;
