import * as z from 'zod/mini';
import { isoDateSchema } from './date-point';
import { languageSchema } from './localized-text';
import { instrumentSchema } from './measure';
import { idSchema } from './plan';
import { verificationSchema } from './source';
import { statusSchema } from './status';

/**
 * The parameters of `GET /api/measures` and of the list's address (/tiltak?…): filters, sort and
 * paging, and how query parameters become the plain object the schemas read.
 */

const booleanParam = z.pipe(
  z.enum(['true', 'false']),
  z.transform((value: 'true' | 'false') => value === 'true'),
);
const yearParam = z.coerce.number().check(z.int(), z.minimum(1900), z.maximum(2100));
/** A whole number from 1 (up to `max`), from a query parameter's text. */
export const positiveIntParam = (max?: number) =>
  z.coerce.number().check(z.int(), z.minimum(1), ...(max === undefined ? [] : [z.maximum(max)]));

export const MEASURE_SORT_KEYS = [
  'number',
  'title',
  'plan',
  'area',
  'responsible',
  'instrument',
  'deadline',
  'status',
  'overdue',
  'plannedYear',
  'actualYear',
  'slippage',
  'lastChange',
  'updatedAt',
] as const;
export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Filters that narrow a set of measures; every one is optional, and several values of one filter are OR-ed. */
const filterShape = {
  plan: z.optional(z.array(idSchema)),
  area: z.optional(z.array(idSchema)),
  status: z.optional(z.array(statusSchema)),
  instrument: z.optional(z.array(instrumentSchema)),
  responsible: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200)))),
  overdue: z.optional(booleanParam),
  hasObligation: z.optional(booleanParam),
  deadlineFrom: z.optional(yearParam),
  deadlineTo: z.optional(yearParam),
  /** Completed in a later year than the plan's own target year (`true`), or every other measure (`false`). */
  completedLate: z.optional(booleanParam),
  /** The deadline has been moved at least once since the plan set it (`true`), or never (`false`). */
  deadlineMoved: z.optional(booleanParam),
  /** How well the measure's facts are backed (its `verified`); several values are OR-ed. */
  verified: z.optional(z.array(verificationSchema)),
  /** Open measures whose deadline falls due from today up to this many months ahead. */
  dueWithinMonths: z.optional(positiveIntParam(120)),
  /** Words that must all occur in the title or description (folded: "parorende" finds "pårørende"). */
  q: z.optional(z.string().check(z.trim(), z.maxLength(200))),
};

const deadlineRangeInOrder = z.refine<{ deadlineFrom?: number; deadlineTo?: number }>(
  (query) =>
    query.deadlineFrom === undefined || query.deadlineTo === undefined || query.deadlineFrom <= query.deadlineTo,
  { message: 'deadlineFrom must not be after deadlineTo', path: ['deadlineFrom'] },
);

export const measureFiltersSchema = z.strictObject(filterShape).check(deadlineRangeInOrder);
export type MeasureFilters = z.output<typeof measureFiltersSchema>;

export const MAX_PAGE_SIZE = 1000;

export const measureListQuerySchema = z
  .strictObject({
    ...filterShape,
    sort: z._default(z.enum(MEASURE_SORT_KEYS), 'number'),
    order: z._default(z.enum(SORT_ORDERS), 'asc'),
    page: z._default(positiveIntParam(), 1),
    pageSize: z._default(positiveIntParam(MAX_PAGE_SIZE), 50),
    /** The language whose titles are used for sorting by title. */
    lang: z._default(languageSchema, 'nb'),
    /** Show the measures as they stood on this past date (replayed from their histories). */
    asOf: z.optional(isoDateSchema),
  })
  .check(deadlineRangeInOrder);
export type MeasureListQuery = z.output<typeof measureListQuerySchema>;

/**
 * A list view in the app's address (/tiltak?…): the list endpoint's parameters without paging and
 * language, one schema per parameter, so that a link with one bad value keeps the rest of its view.
 * The deadline range's order and a future `asOf` are checked across parameters by whoever reads them.
 */
export const measureViewShape = {
  ...filterShape,
  sort: z.enum(MEASURE_SORT_KEYS),
  order: z.enum(SORT_ORDERS),
  asOf: isoDateSchema,
};

/** The names of query parameters that may repeat (`?area=a&area=b`). */
export const REPEATABLE_PARAMS = ['plan', 'area', 'status', 'instrument', 'responsible', 'verified'] as const;

/**
 * Turns query parameters into a plain object for a schema: repeatable parameters become arrays,
 * others must appear at most once (a repeated single parameter is kept as an array so that the
 * schema rejects it instead of silently taking one of them).
 *
 * The object has no prototype, so that every name is an own key a strict schema sees: on `{}`,
 * `record.__proto__ = 'x'` would call the prototype setter and the parameter would vanish.
 */
export function searchParamsToRecord(
  params: URLSearchParams,
  repeatable: readonly string[] = REPEATABLE_PARAMS,
): Record<string, string | string[]> {
  const record = Object.create(null) as Record<string, string | string[]>;
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = repeatable.includes(key) || values.length > 1 ? values : (values[0] ?? '');
  }
  return record;
}

/** One page of a list: `page` counts from 1; a page after the last is empty. */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const start = (page - 1) * pageSize;
  return items.slice(start, start + pageSize);
}
