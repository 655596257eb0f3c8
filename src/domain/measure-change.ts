import * as z from 'zod/mini';
import { datePointSchema, endOf, startOf, type IsoDate } from './date-point';
import { currentStateSince, latestDayOf } from './as-of';
import { deadlineKindSchema, sameDeadline } from './deadline';
import { noCredentialsCheck, plainTextSchema, saneYearCheck, URL_MAX, type TextRule } from './input-rules';
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
/** The deadline in the plan's words ("tidligst fra 2017"), in each language it is written in. */
export const DEADLINE_STATED_MAX = 200;
export const SOURCE_URL_MAX = URL_MAX;

/**
 * Every free text a person writes, and its rule (input-rules.ts): trimmed, 1 to `max` characters, at
 * least one visible, no control characters; the single-line ones without line breaks either.
 */
export const TEXT_RULES = {
  reason: { max: REASON_MAX, multiline: true },
  text: { max: NOTE_MAX, multiline: true },
  sourceTitle: { max: SOURCE_TITLE_MAX, multiline: false },
  deadlineStated: { max: DEADLINE_STATED_MAX, multiline: false },
} as const satisfies Record<string, TextRule>;

/** An address an editor gives: http(s), at most SOURCE_URL_MAX characters, no user name or password in it. */
export const sourceUrlSchema = httpUrlSchema.check(z.maxLength(SOURCE_URL_MAX), noCredentialsCheck());

/** A source an editor adds: it must have an http(s) address. */
export const linkedSourceSchema = z.strictObject({
  title: plainTextSchema(TEXT_RULES.sourceTitle),
  url: sourceUrlSchema,
});

const statedText = () => plainTextSchema(TEXT_RULES.deadlineStated);

/**
 * A deadline an editor sets: as a Deadline (deadline.ts), with its words limited as every free text is,
 * and its year within YEAR_MIN–YEAR_MAX (input-rules.ts).
 */
export const newDeadlineSchema = z.strictObject({
  stated: z.strictObject({ nb: statedText(), nn: z.optional(statedText()), en: z.optional(statedText()) }),
  point: datePointSchema.check(saneYearCheck()),
  kind: deadlineKindSchema,
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
  reason: plainTextSchema(TEXT_RULES.reason),
  completedOn: z.optional(datePointSchema),
  /** What the change rests on; required for `completed`, optional otherwise. Kept on the history entry. */
  source: z.optional(linkedSourceSchema),
  replacedBy: z.optional(idSchema),
});

export const deadlineChangeSchema = z.strictObject({
  ...changeBase,
  type: z.literal('deadline'),
  to: newDeadlineSchema,
  effective: datePointSchema,
  reason: plainTextSchema(TEXT_RULES.reason),
  /** What the move rests on (optional), kept on the history entry. */
  source: z.optional(linkedSourceSchema),
});

export const noteChangeSchema = z.strictObject({
  ...changeBase,
  type: z.literal('note'),
  text: plainTextSchema(TEXT_RULES.text),
  effective: datePointSchema,
});

export const sourceChangeSchema = z.strictObject({
  ...changeBase,
  type: z.literal('source'),
  source: linkedSourceSchema,
  effective: datePointSchema,
  reason: plainTextSchema(TEXT_RULES.reason),
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
  'date_before_current',
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
export function validateChange(
  measure: Pick<Measure, 'id' | 'status' | 'deadline'> & { history?: readonly HistoryEntry[] },
  change: MeasureChange,
  context: ChangeContext,
): ChangeProblem[] {
  const problems: ChangeProblem[] = [];
  checkDate(problems, 'effective', change.effective, context);
  // A new status or deadline must not count from before the current one (the replay, src/domain/as-of.ts,
  // would put it first, and the change would never show). Back-dating history is the dataset's work.
  if ((change.type === 'status' || change.type === 'deadline') && measure.history !== undefined && !problems.some((problem) => problem.field === 'effective')) {
    const since = currentStateSince(measure.history, change.type);
    if (since !== null && latestDayOf(change.effective, context.today) < since) problems.push({ field: 'effective', code: 'date_before_current' });
  }
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
      entry = { ...base, type: 'deadline', reason: change.reason, from: measure.deadline, to: change.to, ...(change.source ? { source: toSource(change.source) } : {}) };
      next = { ...next, deadline: change.to, sources: change.source ? withSource(measure.sources, toSource(change.source)) : measure.sources };
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
