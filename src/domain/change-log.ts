import * as z from 'zod/mini';
import { isoDateSchema } from './date-point';
import { localizedTextSchema } from './localized-text';
import { historyEntrySchema } from './measure';
import { MAX_PAGE_SIZE, positiveIntParam } from './measure-list-query';
import { idSchema } from './plan';

/**
 * The log of changes across all measures (`GET /api/changes`, the page /endringer): every history entry but
 * the first ("the measure as the plan stated it"), newest recorded first. Who, what, when (happened and
 * recorded), why and on what source are the history entry's own fields; the log adds which measure it is
 * about. Pure functions, used by the mock's handler and testable on their own; a real backend gives the same.
 */

export const CHANGE_LOG_DEFAULT_PAGE_SIZE = 50;

/** `GET /api/changes?plan=&user=&from=&to=&page=&pageSize=`. `from` and `to` are days the change was recorded (in Norway), both included. */
export const changeLogQuerySchema = z
  .strictObject({
    plan: z.optional(z.array(idSchema)),
    /** Whose changes: the author's name exactly as in `by.name` (the log's `people` lists them). */
    user: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    from: z.optional(isoDateSchema),
    to: z.optional(isoDateSchema),
    page: z._default(positiveIntParam(), 1),
    pageSize: z._default(positiveIntParam(MAX_PAGE_SIZE), CHANGE_LOG_DEFAULT_PAGE_SIZE),
  })
  .check(
    z.refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
      message: 'from must not be after to',
      path: ['from'],
    }),
  );
export type ChangeLogQuery = z.output<typeof changeLogQuerySchema>;
export type ChangeLogFilters = Omit<ChangeLogQuery, 'page' | 'pageSize'>;

/** One change in the log: the history entry as it was recorded, and the measure it belongs to. */
export const changeLogItemSchema = z.strictObject({
  measureId: idSchema,
  planId: idSchema,
  number: z.int().check(z.positive()),
  title: localizedTextSchema,
  /** The measure is generated load-test data (`?dataset=large`), as Measure.synthetic. */
  synthetic: z.boolean(),
  entry: historyEntrySchema,
});
export type ChangeLogItem = z.infer<typeof changeLogItemSchema>;

export const changeLogPersonSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  kind: z.enum(['dataset', 'user']),
});
export type ChangeLogPerson = z.infer<typeof changeLogPersonSchema>;

export const changeLogPageSchema = z.strictObject({
  /** Newest recorded first; ties by when the change happened (latest first), then plan, number and entry. */
  items: z.array(changeLogItemSchema),
  /** How many changes match the filters. */
  total: z.int().check(z.nonnegative()),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  /** Everyone who has made a change in the plans asked for (whatever the other filters), by name: the choices for `user`. */
  people: z.array(changeLogPersonSchema),
});
export type ChangeLogPage = z.infer<typeof changeLogPageSchema>;
