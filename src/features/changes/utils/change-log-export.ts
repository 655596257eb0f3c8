import { CHANGE_CELL_COLUMNS, changeCells, entrySource, type ChangeCellContext } from '@/domain/change-cells';
import type { ChangeLogFilters, ChangeLogItem } from '@/domain/change-log';
import { datePointText, type IsoDate } from '@/domain/date-point';
import { textIn } from '@/domain/localized-text';
import type { Plan } from '@/domain/plan';
import type { Source } from '@/domain/source';
import type { ExportFormat } from '@/lib/export-file';

/**
 * Export of the log of changes: one CSV row or JSON item per change, in the log's order (newest recorded
 * first), with every field of its history entry; src/domain/export-dictionary.ts (`changes`) says what each
 * column means. Pure functions; the file itself is written in export-file.ts.
 */

/** Column names are stable identifiers (not translated), so that a script reads every export alike. */
export const CHANGE_LOG_COLUMNS = [
  'recorded_at',
  'effective',
  'effective_precision',
  'plan_id',
  'plan',
  'measure_id',
  'number',
  'title',
  ...CHANGE_CELL_COLUMNS,
  'synthetic',
] as const;
export type ChangeLogColumn = (typeof CHANGE_LOG_COLUMNS)[number];

export type ChangeLogExportContext = ChangeCellContext & {
  plans: ReadonlyMap<string, Pick<Plan, 'reference'>>;
};

/** The source a change rests on: its own, or the one a source entry added. */
export function sourceOf(item: ChangeLogItem): Source | null {
  return entrySource(item.entry);
}

export function toChangeLogRow(item: ChangeLogItem, context: ChangeLogExportContext): Record<ChangeLogColumn, string | number | boolean> {
  const { entry } = item;
  return {
    recorded_at: entry.recordedAt,
    effective: datePointText(entry.effective),
    effective_precision: entry.effective.precision,
    plan_id: item.planId,
    plan: context.plans.get(item.planId)?.reference ?? item.planId,
    measure_id: item.measureId,
    number: item.number,
    title: textIn(item.title, context.language),
    ...changeCells(entry, context),
    synthetic: item.synthetic,
  };
}

export interface ChangeLogExportMeta {
  exportedOn: IsoDate;
  filters: ChangeLogFilters;
  /** The address of the view, so that the file says where it came from. */
  link: string;
}

export function toChangeLogDocument(items: readonly ChangeLogItem[], meta: ChangeLogExportMeta) {
  return {
    source: 'Tiltaksmonitor',
    view: 'changes',
    exportedOn: meta.exportedOn,
    link: meta.link,
    filters: meta.filters,
    order: 'newest recorded first',
    synthetic: items.some((item) => item.synthetic),
    count: items.length,
    items,
  };
}

/** "endringer-2026-12-02.csv"; synthetic data says so in the name too. */
export function changeLogFileName(format: ExportFormat, meta: { exportedOn: IsoDate; synthetic: boolean }): string {
  const parts = ['endringer'];
  if (meta.synthetic) parts.push('syntetiske-testdata');
  if (format === 'csv-semicolon') parts.push('semikolon');
  parts.push(meta.exportedOn);
  return `${parts.join('-')}.${format === 'json' ? 'json' : 'csv'}`;
}
