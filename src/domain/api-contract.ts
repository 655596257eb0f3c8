/**
 * The REST contract between the client and any backend (the embedded msw mock or a real one).
 * docs/api.md describes it for people; these schemas are what both sides validate against.
 */
import * as z from 'zod/mini';
import { areaSchema } from './area';
import { isoDateSchema } from './date-point';
import { localizedTextSchema } from './localized-text';
import { historyEntrySchema, measureSchema, measureSummarySchema } from './measure';
import { idSchema, planSchema } from './plan';
import { STATUSES, statusSchema, type Status } from './status';
import { userSchema } from './user';

const count = () => z.int().check(z.nonnegative());

/** The query of an endpoint that takes no parameters: any parameter is unknown, and a 400. */
export const noQuerySchema = z.strictObject({});

export const planListSchema = z.strictObject({ items: z.array(planSchema) });
export const areaListSchema = z.strictObject({ items: z.array(areaSchema) });

export const measurePageSchema = z.strictObject({
  items: z.array(measureSummarySchema),
  total: count(),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  /** The date the server used for "overdue". */
  today: isoDateSchema,
});
export type MeasurePage = z.infer<typeof measurePageSchema>;

export const measureDetailSchema = measureSchema;
export const historyListSchema = z.strictObject({ items: z.array(historyEntrySchema) });

const statusCountsSchema = z.strictObject(
  Object.fromEntries(STATUSES.map((status) => [status, count()])) as Record<Status, ReturnType<typeof count>>,
);

const progressShape = {
  counts: statusCountsSchema,
  total: count(),
  completed: count(),
  completedShare: z.number().check(z.minimum(0), z.maximum(1)),
};

export const progressSchema = z.strictObject(progressShape);

/** `GET /api/summary?plan=&asOf=`: the figures for some plans (every plan when none is given), today or on a past date. */
export const summaryQuerySchema = z.strictObject({
  plan: z.optional(z.array(idSchema)),
  asOf: z.optional(isoDateSchema),
});

export const summarySchema = z.strictObject({
  /** The date the figures describe: today, or the `asOf` asked for. */
  asOf: isoDateSchema,
  planIds: z.array(z.string()),
  areas: z.array(z.strictObject({ ...progressShape, areaId: z.string() })),
  totals: progressSchema,
  overdue: count(),
  /** Open measures due from `asOf` up to DUE_WITHIN_YEAR_MONTHS (domain/overdue.ts) months ahead. */
  dueWithinYear: count(),
  /** Measures whose state on `asOf` is uncertain because a change is known only to a year or month. */
  uncertain: count(),
});
export type Summary = z.infer<typeof summarySchema>;

/**
 * `GET /api/status-changes?from=&to=&plan=`: the measures whose status differs between two dates,
 * for comparing two reporting dates. `to` defaults to today; neither may be in the future, and
 * `from` may not be after `to`.
 */
export const statusChangesQuerySchema = z
  .strictObject({
    from: isoDateSchema,
    to: z.optional(isoDateSchema),
    plan: z.optional(z.array(idSchema)),
  })
  .check(
    z.refine((query) => query.to === undefined || query.from <= query.to, {
      message: 'from must not be after to',
      path: ['from'],
    }),
  );

/** One row of `/api/status-changes`: a measure whose status differs between the two dates. */
export const statusChangeRowSchema = z.strictObject({
  measureId: idSchema,
  planId: idSchema,
  number: z.int().check(z.positive()),
  areaId: idSchema,
  title: localizedTextSchema,
  /** The status on `from`; null when the measure did not exist yet. */
  from: z.nullable(statusSchema),
  /** The status on `to`. */
  to: statusSchema,
  /** The state on either date rests on a change known only to its year or month. */
  uncertain: z.boolean(),
});
export type StatusChangeRow = z.infer<typeof statusChangeRowSchema>;

export const statusChangesSchema = z.strictObject({
  from: isoDateSchema,
  to: isoDateSchema,
  planIds: z.array(z.string()),
  /** In plan order, then by number. */
  items: z.array(statusChangeRowSchema),
});
export type StatusChanges = z.infer<typeof statusChangesSchema>;

// `GET /api/changes`, the log of changes across all measures: its schemas are in change-log.ts, beside the one way
// to compute it, and are imported from there (a re-export here would put the log's code on every page's path).

/** RFC 9457 problem details, with the fields that failed validation. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(
    z.array(
      z.object({
        /** Dotted path of the field, e.g. "pageSize" or "body.reason". */
        field: z.string(),
        /** A zod issue code ("too_big", "invalid_value" …): the client translates it. */
        code: z.string(),
        message: z.string(),
      }),
    ),
  ),
});
export type Problem = z.infer<typeof problemSchema>;

/** 409 Conflict on a PATCH: the problem, and the measure as it now is, so the client can show both sides. */
export const conflictSchema = z.object({
  ...problemSchema.shape,
  current: measureSchema,
});
export type Conflict = z.infer<typeof conflictSchema>;

export const userListSchema = z.strictObject({ items: z.array(userSchema) });
export const sessionSchema = z.strictObject({ user: userSchema, signedIn: z.boolean() });
export const signInRequestSchema = z.strictObject({ userId: idSchema });
export const signInResponseSchema = z.strictObject({ token: z.string().check(z.minLength(1)), user: userSchema });
