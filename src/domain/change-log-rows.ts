import { recordedDay } from './as-of';
import type { IsoDate } from './date-point';
import type { ChangeLogFilters, ChangeLogItem, ChangeLogPage, ChangeLogPerson, ChangeLogQuery } from './change-log';
import type { Measure } from './measure';
import { paginate } from './measure-list-query';

/*
 * How the API computes the log of changes (`GET /api/changes`, schemas in change-log.ts). Apart from the schemas,
 * which the page checks its answers with, so that the page's code does not carry the API's work.
 */

export interface ChangeLogRow {
  item: ChangeLogItem;
  instant: number;
  day: IsoDate;
  /** The entry's place in its history: two entries recorded together keep their order. */
  position: number;
}

/** Every change of the measures, newest recorded first, with what the filters need worked out once. */
export function changeLogEntries(measures: readonly Pick<Measure, 'id' | 'planId' | 'number' | 'title' | 'synthetic' | 'history'>[]): ChangeLogRow[] {
  const rows: ChangeLogRow[] = [];
  for (const measure of measures) {
    measure.history.forEach((entry, position) => {
      if (entry.type === 'created') return;
      rows.push({
        item: { measureId: measure.id, planId: measure.planId, number: measure.number, title: measure.title, synthetic: measure.synthetic, entry },
        instant: Date.parse(entry.recordedAt),
        day: recordedDay(entry),
        position,
      });
    });
  }
  return rows.sort(newestFirst);
}

/** Recorded, newest first; then happened, newest first; then plan and number; then later in its history first. */
function newestFirst(a: ChangeLogRow, b: ChangeLogRow): number {
  return (
    b.instant - a.instant ||
    compareText(b.item.entry.effective.date, a.item.entry.effective.date) ||
    compareText(a.item.planId, b.item.planId) ||
    a.item.number - b.item.number ||
    b.position - a.position
  );
}

/** ISO dates and ids (ASCII) compare by their characters; no collation needed, and it is many times faster. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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
