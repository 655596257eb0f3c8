import { isoDateInOslo, type IsoDate } from './date-point';
import type { ChangeLogFilters, ChangeLogItem, ChangeLogPage, ChangeLogPerson, ChangeLogQuery } from './change-log';
import type { HistoryEntry, Measure } from './measure';
import { paginate } from './measure-list-query';

/*
 * How the API computes the log of changes (`GET /api/changes`, schemas in change-log.ts). Apart from the schemas,
 * which the page checks its answers with, so that the page's code does not carry the API's work.
 */

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
