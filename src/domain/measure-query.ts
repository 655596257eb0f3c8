import * as z from 'zod/mini';
import { isoDateSchema, yearOf, type IsoDate } from './date-point';
import { allForms, languageSchema, type Language } from './localized-text';
import { instrumentSchema, type Measure } from './measure';
import { isDueWithin } from './deadline';
import { isOverdue } from './overdue';
import { idSchema } from './plan';
import { isClosed, STATUSES, statusSchema } from './status';

const booleanParam = z.pipe(
  z.enum(['true', 'false']),
  z.transform((value: 'true' | 'false') => value === 'true'),
);
const yearParam = z.coerce.number().check(z.int(), z.minimum(1900), z.maximum(2100));
const positiveIntParam = (max?: number) =>
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
  'updatedAt',
] as const;
export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];

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
  /** Open measures whose deadline falls due from today up to this many months ahead. */
  dueWithinMonths: z.optional(positiveIntParam(120)),
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
    order: z._default(z.enum(['asc', 'desc']), 'asc'),
    page: z._default(positiveIntParam(), 1),
    pageSize: z._default(positiveIntParam(MAX_PAGE_SIZE), 50),
    /** The language whose titles are used for sorting by title. */
    lang: z._default(languageSchema, 'nb'),
    /** Show the measures as they stood on this past date (replayed from their histories). */
    asOf: z.optional(isoDateSchema),
  })
  .check(deadlineRangeInOrder);
export type MeasureListQuery = z.output<typeof measureListQuerySchema>;

/** The names of query parameters that may repeat (`?area=a&area=b`). */
export const REPEATABLE_PARAMS = ['plan', 'area', 'status', 'instrument', 'responsible'] as const;

export const summaryQuerySchema = z.strictObject({
  plan: z.optional(z.array(idSchema)),
  asOf: z.optional(isoDateSchema),
});

/**
 * Turns query parameters into a plain object for a schema: repeatable parameters become arrays,
 * others must appear at most once (a repeated single parameter is kept as an array so that the
 * schema rejects it instead of silently taking one of them).
 */
export function searchParamsToRecord(
  params: URLSearchParams,
  repeatable: readonly string[] = REPEATABLE_PARAMS,
): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    record[key] = repeatable.includes(key) || values.length > 1 ? values : (values[0] ?? '');
  }
  return record;
}

/** Lower-cases and normalizes text for search, so that "Ø", "ø" and a decomposed "ø" all match. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
}

type Searchable = Pick<Measure, 'title' | 'description'>;

/**
 * The normalized text a measure is searched by, kept per measure object: while a user types, the
 * same measures are searched again and again, and building this text is most of the work.
 */
const searchTextCache = new WeakMap<Searchable, string>();

export function searchTextOf(measure: Searchable): string {
  let text = searchTextCache.get(measure);
  if (text === undefined) {
    text = normalizeForSearch([...allForms(measure.title), ...allForms(measure.description)].join(' '));
    searchTextCache.set(measure, text);
  }
  return text;
}

/** Whether every word of the query occurs in the measure's title or description, in any language. */
export function matchesText(measure: Searchable, query: string): boolean {
  const words = normalizeForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchTextOf(measure);
  return words.every((word) => haystack.includes(word));
}

type Filterable = Pick<
  Measure,
  'planId' | 'areaId' | 'status' | 'instrument' | 'responsible' | 'deadline' | 'obligations' | 'title' | 'description'
>;

export function matchesFilters(measure: Filterable, filters: MeasureFilters, today: IsoDate): boolean {
  if (filters.plan?.length && !filters.plan.includes(measure.planId)) return false;
  if (filters.area?.length && !filters.area.includes(measure.areaId)) return false;
  if (filters.status?.length && !filters.status.includes(measure.status)) return false;
  if (filters.instrument?.length && !filters.instrument.includes(measure.instrument)) return false;
  if (filters.responsible?.length && !filters.responsible.includes(measure.responsible)) return false;
  if (filters.overdue !== undefined && isOverdue(measure, today) !== filters.overdue) return false;
  if (filters.hasObligation !== undefined && measure.obligations.length > 0 !== filters.hasObligation) return false;
  if (filters.deadlineFrom !== undefined || filters.deadlineTo !== undefined) {
    if (measure.deadline === null) return false;
    const year = yearOf(measure.deadline.point.date);
    if (filters.deadlineFrom !== undefined && year < filters.deadlineFrom) return false;
    if (filters.deadlineTo !== undefined && year > filters.deadlineTo) return false;
  }
  if (filters.dueWithinMonths !== undefined) {
    if (measure.deadline === null || isClosed(measure.status) || !isDueWithin(measure.deadline, today, filters.dueWithinMonths)) return false;
  }
  if (filters.q && !matchesText(measure, filters.q)) return false;
  return true;
}

export function filterMeasures<T extends Filterable>(measures: readonly T[], filters: MeasureFilters, today: IsoDate): T[] {
  return measures.filter((measure) => matchesFilters(measure, filters, today));
}

type Sortable = Filterable & Pick<Measure, 'number' | 'updatedAt'>;

const collators = new Map<Language, Intl.Collator>();
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (collator === undefined) {
    collator = new Intl.Collator(language === 'en' ? 'en' : 'nb', { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

export interface SortContext {
  today: IsoDate;
  language?: Language;
  /** Position of each area in the plan (areas sort in this order, not alphabetically). */
  areaOrder?: ReadonlyMap<string, number>;
}

/**
 * A stable sort by one key; ties fall back to plan and number so that the order never depends on
 * the input. Measures without a deadline sort after those with one, in both directions.
 */
export function sortMeasures<T extends Sortable>(
  measures: readonly T[],
  key: MeasureSortKey,
  order: 'asc' | 'desc',
  context: SortContext,
): T[] {
  const direction = order === 'asc' ? 1 : -1;
  const tieBreak = (a: T, b: T) => a.planId.localeCompare(b.planId) || a.number - b.number;
  const compare = comparatorFor<T>(key, context);
  const decorated = measures.map((measure) => ({ measure, missing: key === 'deadline' && measure.deadline === null }));
  decorated.sort((a, b) => {
    if (a.missing !== b.missing) return a.missing ? 1 : -1;
    return direction * compare(a.measure, b.measure) || tieBreak(a.measure, b.measure);
  });
  return decorated.map((entry) => entry.measure);
}

function comparatorFor<T extends Sortable>(key: MeasureSortKey, context: SortContext): (a: T, b: T) => number {
  const language = context.language ?? 'nb';
  const collator = collatorFor(language);
  switch (key) {
    case 'number':
      return (a, b) => a.planId.localeCompare(b.planId) || a.number - b.number;
    case 'title':
      return (a, b) => collator.compare(a.title[language] ?? a.title.nb, b.title[language] ?? b.title.nb);
    case 'plan':
      return (a, b) => a.planId.localeCompare(b.planId);
    case 'area': {
      const position = (areaId: string) => context.areaOrder?.get(areaId) ?? Number.MAX_SAFE_INTEGER;
      return (a, b) => position(a.areaId) - position(b.areaId) || a.areaId.localeCompare(b.areaId);
    }
    case 'responsible':
      return (a, b) => collator.compare(a.responsible, b.responsible);
    case 'instrument':
      return (a, b) => a.instrument.localeCompare(b.instrument);
    case 'deadline':
      return (a, b) => deadlineKey(a).localeCompare(deadlineKey(b));
    case 'status':
      return (a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
    case 'overdue':
      return (a, b) => Number(isOverdue(a, context.today)) - Number(isOverdue(b, context.today));
    case 'updatedAt':
      return (a, b) => a.updatedAt.localeCompare(b.updatedAt);
  }
}

/** Deadlines sort by the date they name, so "fra 2017" and "tidligst fra 2017" sit together. */
function deadlineKey(measure: Pick<Measure, 'deadline'>): string {
  return measure.deadline?.point.date ?? '';
}

export function paginate<T>(items: readonly T[], page: number, pageSize: number): T[] {
  const start = (page - 1) * pageSize;
  return items.slice(start, start + pageSize);
}
