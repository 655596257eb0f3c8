import * as z from 'zod/mini';
import { datePointSchema, endOf, startOf, type IsoDate } from './date-point';
import { deadlineSchema, sameDeadline } from './deadline';
import { languageSchema } from './localized-text';
import type { HistoryEntry, Measure } from './measure';
import { idSchema } from './plan';
import { httpUrlSchema, type Source } from './source';
import { STATUSES, statusSchema, type Status } from './status';

/**
 * What an editor can change on a measure, and the rules for it. The same schemas and rules run in
 * the form (before sending) and in the API (before saving), so the two can never disagree.
 */

export const REASON_MAX = 1000;
export const NOTE_MAX = 2000;
export const SOURCE_TITLE_MAX = 300;

const trimmedText = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A source an editor adds: it must have an http(s) address. */
export const linkedSourceSchema = z.strictObject({
  title: trimmedText(SOURCE_TITLE_MAX),
  url: httpUrlSchema,
});

const changeBase = {
  /** The language the editor writes the reason or note in. */
  language: languageSchema,
};

export const statusChangeSchema = z.strictObject({
  ...changeBase,
  type: z.literal('status'),
  to: statusSchema,
  /** When the status changed in the world. */
  effective: datePointSchema,
  reason: trimmedText(REASON_MAX),
  completedOn: z.optional(datePointSchema),
  source: z.optional(linkedSourceSchema),
  replacedBy: z.optional(idSchema),
});

export const deadlineChangeSchema = z.strictObject({
  ...changeBase,
  type: z.literal('deadline'),
  to: deadlineSchema,
  effective: datePointSchema,
  reason: trimmedText(REASON_MAX),
});

export const noteChangeSchema = z.strictObject({
  ...changeBase,
  type: z.literal('note'),
  text: trimmedText(NOTE_MAX),
  effective: datePointSchema,
});

export const sourceChangeSchema = z.strictObject({
  ...changeBase,
  type: z.literal('source'),
  source: linkedSourceSchema,
  effective: datePointSchema,
  reason: trimmedText(REASON_MAX),
});

export const measureChangeSchema = z.discriminatedUnion('type', [statusChangeSchema, deadlineChangeSchema, noteChangeSchema, sourceChangeSchema]);
export type MeasureChange = z.infer<typeof measureChangeSchema>;
export type StatusChange = z.infer<typeof statusChangeSchema>;
export type DeadlineChange = z.infer<typeof deadlineChangeSchema>;
export type ChangeType = MeasureChange['type'];

/** Which status may follow which. Closed measures can be reopened or reinstated, never silently. */
export const ALLOWED_TRANSITIONS: Record<Status, readonly Status[]> = {
  planned: ['in_progress', 'at_risk', 'completed', 'cancelled', 'replaced'],
  in_progress: ['planned', 'at_risk', 'completed', 'cancelled', 'replaced'],
  at_risk: ['planned', 'in_progress', 'completed', 'cancelled', 'replaced'],
  completed: ['in_progress', 'at_risk'],
  cancelled: ['planned', 'in_progress'],
  replaced: ['planned', 'in_progress'],
};

export function allowedNextStatuses(status: Status): readonly Status[] {
  return ALLOWED_TRANSITIONS[status];
}

export const CHANGE_ERROR_CODES = [
  'transition_not_allowed',
  'same_status',
  'completed_on_required',
  'completed_on_not_allowed',
  'source_required',
  'replaced_by_required',
  'replaced_by_not_allowed',
  'replaced_by_unknown',
  'replaced_by_self',
  'date_in_future',
  'date_before_plan',
  'deadline_unchanged',
] as const;
export type ChangeErrorCode = (typeof CHANGE_ERROR_CODES)[number];

export interface ChangeProblem {
  /** The field of the change the problem is about, e.g. "completedOn". */
  field: string;
  code: ChangeErrorCode;
}

export interface ChangeContext {
  today: IsoDate;
  /** The date the measure's plan was presented: nothing about it happened before. */
  planPublished: IsoDate;
  measureExists: (id: string) => boolean;
}

/** Every rule the change breaks against this measure; empty when it may be saved. */
export function validateChange(measure: Pick<Measure, 'id' | 'status' | 'deadline'>, change: MeasureChange, context: ChangeContext): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  checkDate(problems, 'effective', change.effective, context);
  if (change.type === 'status') {
    if (change.to === measure.status) problems.push({ field: 'to', code: 'same_status' });
    else if (!ALLOWED_TRANSITIONS[measure.status].includes(change.to)) problems.push({ field: 'to', code: 'transition_not_allowed' });
    if (change.to === 'completed') {
      if (change.completedOn === undefined) problems.push({ field: 'completedOn', code: 'completed_on_required' });
      else checkDate(problems, 'completedOn', change.completedOn, context);
      if (change.source === undefined) problems.push({ field: 'source', code: 'source_required' });
    } else if (change.completedOn !== undefined) {
      problems.push({ field: 'completedOn', code: 'completed_on_not_allowed' });
    }
    if (change.to === 'replaced') {
      if (change.replacedBy === undefined) problems.push({ field: 'replacedBy', code: 'replaced_by_required' });
      else if (change.replacedBy === measure.id) problems.push({ field: 'replacedBy', code: 'replaced_by_self' });
      else if (!context.measureExists(change.replacedBy)) problems.push({ field: 'replacedBy', code: 'replaced_by_unknown' });
    } else if (change.replacedBy !== undefined) {
      problems.push({ field: 'replacedBy', code: 'replaced_by_not_allowed' });
    }
  }
  if (change.type === 'deadline' && sameDeadline(change.to, measure.deadline)) {
    problems.push({ field: 'to', code: 'deadline_unchanged' });
  }
  return problems;
}

function checkDate(problems: ChangeProblem[], field: string, point: { date: string; precision: 'year' | 'month' | 'day' }, context: ChangeContext) {
  // A date known only to its year or month is possible as long as its period has begun.
  if (startOf(point) > context.today) problems.push({ field, code: 'date_in_future' });
  else if (endOf(point) < context.planPublished) problems.push({ field, code: 'date_before_plan' });
}

export interface ChangeAuthor {
  name: string;
}

/**
 * The measure after the change: one history entry appended (never anything edited or removed),
 * the record updated to match it, and the version raised by one. Validate first.
 */
export function applyChange(measure: Measure, change: MeasureChange, author: ChangeAuthor, recordedAt: string): Measure {
  const base = {
    id: `${measure.id}-h${measure.history.length + 1}`,
    effective: change.effective,
    recordedAt,
    by: { kind: 'user' as const, name: author.name },
    language: change.language,
  };
  let entry: HistoryEntry;
  let next: Measure = { ...measure };
  switch (change.type) {
    case 'status': {
      entry = {
        ...base,
        type: 'status',
        reason: change.reason,
        from: measure.status,
        to: change.to,
        ...(change.to === 'completed' && change.completedOn ? { completedOn: change.completedOn } : {}),
        ...(change.to === 'replaced' && change.replacedBy ? { replacedBy: change.replacedBy } : {}),
        ...(change.source ? { source: toSource(change.source) } : {}),
      };
      next = {
        ...next,
        status: change.to,
        completedOn: change.to === 'completed' ? (change.completedOn ?? null) : null,
        replacedBy: change.to === 'replaced' ? (change.replacedBy ?? null) : null,
        sources: change.source ? withSource(measure.sources, toSource(change.source)) : measure.sources,
      };
      break;
    }
    case 'deadline':
      entry = { ...base, type: 'deadline', reason: change.reason, from: measure.deadline, to: change.to };
      next = { ...next, deadline: change.to };
      break;
    case 'note':
      entry = { ...base, type: 'note', text: change.text };
      break;
    case 'source':
      entry = { ...base, type: 'source', reason: change.reason, added: toSource(change.source) };
      next = { ...next, sources: withSource(measure.sources, toSource(change.source)) };
      break;
  }
  return { ...next, history: [...measure.history, entry], version: measure.version + 1, updatedAt: recordedAt };
}

function toSource(source: { title: string; url: string }): Source {
  return { title: source.title, url: source.url };
}

/** Adds a source unless one with the same address is already listed. */
function withSource(sources: readonly Source[], added: Source): Source[] {
  return sources.some((source) => source.url !== null && source.url === added.url) ? [...sources] : [...sources, added];
}

/** Statuses an editor may choose from the current one, in the usual order. */
export function statusOptions(current: Status): Status[] {
  return STATUSES.filter((status) => ALLOWED_TRANSITIONS[current].includes(status));
}
