import { datePointText } from './date-point';
import type { Deadline } from './deadline';
import { textIn, type Language } from './localized-text';
import type { HistoryEntry } from './measure';
import type { Source } from './source';
import type { Status } from './status';

/**
 * A history entry as the columns of an export, the same in every file that has one per change (the log of changes,
 * /endringer, and the status report, /rapport); src/domain/export-dictionary.ts says what each column means. Pure.
 */
export const CHANGE_CELL_COLUMNS = [
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
] as const;
export type ChangeCellColumn = (typeof CHANGE_CELL_COLUMNS)[number];

export interface ChangeCellContext {
  language: Language;
  statusLabel: (status: Status) => string;
}

/** The source a change rests on: its own, or the one a source entry added. */
export function entrySource(entry: HistoryEntry): Source | null {
  return entry.source ?? (entry.type === 'source' ? entry.added : null);
}

/** A deadline as the plan worded it, in the reader's language (bokmål where it is not written), then its kind and date. */
export function deadlineCell(deadline: Deadline | null, language: Language): string {
  return deadline === null ? '' : `${textIn(deadline.stated, language)} (${deadline.kind} ${datePointText(deadline.point)})`;
}

/** What changed, why, by whom and on what source, as cells. */
export function changeCells(entry: HistoryEntry, context: ChangeCellContext): Record<ChangeCellColumn, string> {
  const source = entrySource(entry);
  return {
    change: entry.type,
    status_from: entry.type === 'status' ? context.statusLabel(entry.from) : '',
    status_to: entry.type === 'status' ? context.statusLabel(entry.to) : '',
    completed_on: entry.type === 'status' && entry.completedOn ? datePointText(entry.completedOn) : '',
    replaced_by: entry.type === 'status' ? (entry.replacedBy ?? '') : '',
    deadline_from: entry.type === 'deadline' ? deadlineCell(entry.from, context.language) : '',
    deadline_to: entry.type === 'deadline' ? deadlineCell(entry.to, context.language) : '',
    reason: entry.reason ?? '',
    note: entry.type === 'note' ? entry.text : '',
    source_title: source?.title ?? '',
    source_url: source?.url ?? '',
    by: entry.by.name,
    by_kind: entry.by.kind,
    text_language: entry.language,
  };
}
