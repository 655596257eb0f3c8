import type { ChangeLogFilters, ChangeLogItem } from '@/domain/change-log';
import { datePointText, type IsoDate } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import { textIn, type Language } from '@/domain/localized-text';
import type { Plan } from '@/domain/plan';
import type { Source } from '@/domain/source';
import type { Status } from '@/domain/status';
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
  'change',
  'status_from',
  'status_to',
  'completed_on',
  'replaced_by',
  'deadline_from',
  'deadline_to',
  'reason',
  'note',
  'source_title',
  'source_url',
  'by',
  'by_kind',
  'text_language',
  'synthetic',
] as const;
export type ChangeLogColumn = (typeof CHANGE_LOG_COLUMNS)[number];

export interface ChangeLogExportContext {
  language: Language;
  plans: ReadonlyMap<string, Pick<Plan, 'reference'>>;
  statusLabel: (status: Status) => string;
}

/** The source a change rests on: its own, or the one a source entry added. */
export function sourceOf(item: ChangeLogItem): Source | null {
  const { entry } = item;
  return entry.source ?? (entry.type === 'source' ? entry.added : null);
}

/** A deadline as the plan worded it, in the reader's language (bokmål where it is not written), then its kind and date. */
function deadlineText(deadline: Deadline | null, language: Language): string {
  return deadline === null ? '' : `${textIn(deadline.stated, language)} (${deadline.kind} ${datePointText(deadline.point)})`;
}

export function toChangeLogRow(item: ChangeLogItem, context: ChangeLogExportContext): Record<ChangeLogColumn, string | number | boolean> {
  const { entry } = item;
  const source = sourceOf(item);
  return {
    recorded_at: entry.recordedAt,
    effective: datePointText(entry.effective),
    effective_precision: entry.effective.precision,
    plan_id: item.planId,
    plan: context.plans.get(item.planId)?.reference ?? item.planId,
    measure_id: item.measureId,
    number: item.number,
    title: textIn(item.title, context.language),
    change: entry.type,
    status_from: entry.type === 'status' ? context.statusLabel(entry.from) : '',
    status_to: entry.type === 'status' ? context.statusLabel(entry.to) : '',
    completed_on: entry.type === 'status' && entry.completedOn ? datePointText(entry.completedOn) : '',
    replaced_by: entry.type === 'status' ? (entry.replacedBy ?? '') : '',
    deadline_from: entry.type === 'deadline' ? deadlineText(entry.from, context.language) : '',
    deadline_to: entry.type === 'deadline' ? deadlineText(entry.to, context.language) : '',
    reason: entry.reason ?? '',
    note: entry.type === 'note' ? entry.text : '',
    source_title: source?.title ?? '',
    source_url: source?.url ?? '',
    by: entry.by.name,
    by_kind: entry.by.kind,
    text_language: entry.language,
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
