import * as z from 'zod/mini';
import { isoDateInOslo, isoDateSchema, type IsoDate } from './date-point';
import { localizedTextSchema } from './localized-text';
import { historyEntrySchema, type HistoryEntry, type Measure } from './measure';
import { MAX_PAGE_SIZE, paginate } from './measure-list-query';
import { idSchema } from './plan';

/**
 * The log of changes across all measures (`GET /api/changes`, the page /endringer): every history entry but
 * the first ("the measure as the plan stated it"), newest recorded first. Who, what, when (happened and
 * recorded), why and on what source are the history entry's own fields; the log adds which measure it is
 * about. Pure functions, used by the mock's handler and testable on their own; a real backend gives the same.
 */

const positiveIntParam = (max?: number) => z.coerce.number().check(z.int(), z.minimum(1), ...(max === undefined ? [] : [z.maximum(max)]));

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

export interface ChangeLogRow {
  item: ChangeLogItem;
  instant: number;
  day: IsoDate;
}

/** Every change of the measures, newest recorded first, with what the filters need worked out once. */
export function changeLogEntries(measures: readonly Pick<Measure, 'id' | 'planId' | 'number' | 'title' | 'synthetic' | 'history'>[]): ChangeLogRow[] {
  const rows: ChangeLogRow[] = [];
  for (const measure of measures) {
    for (const entry of measure.history) {
      if (entry.type === 'created') continue;
      const instant = Date.parse(entry.recordedAt);
      rows.push({
        item: { measureId: measure.id, planId: measure.planId, number: measure.number, title: measure.title, synthetic: measure.synthetic, entry },
        instant,
        day: Number.isNaN(instant) ? entry.recordedAt.slice(0, 10) : isoDateInOslo(new Date(instant)),
      });
    }
  }
  return rows.sort(newestFirst);
}

function newestFirst(a: ChangeLogRow, b: ChangeLogRow): number {
  return (
    b.instant - a.instant ||
    b.item.entry.effective.date.localeCompare(a.item.entry.effective.date) ||
    a.item.planId.localeCompare(b.item.planId) ||
    a.item.number - b.item.number ||
    historyPosition(b.item.entry) - historyPosition(a.item.entry)
  );
}

/** The entry's place in its history (ids end in `-h<position>`), so that two entries recorded together keep their order. */
function historyPosition(entry: HistoryEntry): number {
  const match = /-h(\d+)$/.exec(entry.id);
  return match ? Number(match[1]) : 0;
}

/** The changes that match the filters, in the log's order (rows from `changeLogEntries`). */
export function filterChangeLog(rows: readonly ChangeLogRow[], filters: ChangeLogFilters): ChangeLogRow[] {
  const plans = filters.plan?.length ? new Set(filters.plan) : null;
  return rows.filter(
    (row) =>
      (plans === null || plans.has(row.item.planId)) &&
      (filters.user === undefined || row.item.entry.by.name === filters.user) &&
      (filters.from === undefined || row.day >= filters.from) &&
      (filters.to === undefined || row.day <= filters.to),
  );
}

/** Everyone who made a change in the plans asked for: people first, then the datasets, each by name. */
export function changeLogPeople(rows: readonly ChangeLogRow[], plan: readonly string[] | undefined): ChangeLogPerson[] {
  const plans = plan?.length ? new Set(plan) : null;
  const people = new Map<string, ChangeLogPerson>();
  for (const row of rows) {
    if (plans !== null && !plans.has(row.item.planId)) continue;
    const { name, kind } = row.item.entry.by;
    if (!people.has(name)) people.set(name, { name, kind });
  }
  return [...people.values()].sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'nb') : a.kind === 'user' ? -1 : 1));
}

/** One page of the log for a query. */
export function changeLogPage(rows: readonly ChangeLogRow[], query: ChangeLogQuery): ChangeLogPage {
  const { page, pageSize, ...filters } = query;
  const matching = filterChangeLog(rows, filters);
  return {
    items: paginate(matching, page, pageSize).map((row) => row.item),
    total: matching.length,
    page,
    pageSize,
    people: changeLogPeople(rows, filters.plan),
  };
}
