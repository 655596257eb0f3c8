import * as z from 'zod/mini';
import { datePointSchema } from './date-point';
import { deadlineSchema } from './deadline';
import { languageSchema, localizedTextSchema } from './localized-text';
import { idSchema } from './plan';
import { sourceSchema, verificationSchema } from './source';
import { statusSchema } from './status';

export const INSTRUMENTS = [
  'lov',
  'forskrift',
  'strategi',
  'plan',
  'tilskudd',
  'utredning',
  'retningslinje',
  'program',
  'avtale',
] as const;
export const instrumentSchema = z.enum(INSTRUMENTS);
export type Instrument = z.infer<typeof instrumentSchema>;

const nonEmpty = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A legal duty a measure puts on every municipality. */
export const obligationSchema = z.strictObject({
  /** Shared by every measure that leads to the same duty, so that a municipality sees it once. */
  id: idSchema,
  /** E.g. "helse- og omsorgstjenesteloven § 3-2". */
  legalReference: nonEmpty(300),
  inForce: datePointSchema,
  requires: localizedTextSchema,
  /** One sentence a municipal leader can act on. */
  plainLanguage: localizedTextSchema,
  verified: verificationSchema,
  note: z.optional(localizedTextSchema),
  /**
   * When tying the duty to its measures is the dataset's own reading, not something its sources say (the law
   * that made the duty names another white paper, say): why it is tied to them anyway, and the source that shows it.
   */
  interpretation: z.optional(z.strictObject({ text: localizedTextSchema, source: sourceSchema })),
});
export type Obligation = z.infer<typeof obligationSchema>;

export const HISTORY_AUTHOR_KINDS = ['dataset', 'user'] as const;

const historyBase = {
  id: nonEmpty(100),
  /** When it happened in the world, as precisely as it is known. */
  effective: datePointSchema,
  /** When it was written into Tiltaksmonitor. */
  recordedAt: z.iso.datetime({ offset: true }),
  by: z.strictObject({ kind: z.enum(HISTORY_AUTHOR_KINDS), name: nonEmpty(200) }),
  /** The language the free text (reason, note) is written in: an audit trail is not translated. */
  language: languageSchema,
  source: z.optional(sourceSchema),
};

/** Why, in the words of whoever made the change. */
const reason = nonEmpty(2000);

/** The first entry of every history: the measure as the plan stated it. */
const createdEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('created'),
  reason,
  status: statusSchema,
  deadline: z.nullable(deadlineSchema),
});

const statusEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('status'),
  reason,
  from: statusSchema,
  to: statusSchema,
  completedOn: z.optional(datePointSchema),
  replacedBy: z.optional(idSchema),
});

const deadlineEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('deadline'),
  reason,
  from: z.nullable(deadlineSchema),
  to: deadlineSchema,
});

const noteEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('note'),
  text: nonEmpty(2000),
  /** The dataset says why it noted something; a user's note is its own reason. */
  reason: z.optional(reason),
});

const sourceEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('source'),
  reason,
  added: sourceSchema,
});

export const historyEntrySchema = z.discriminatedUnion('type', [
  createdEntrySchema,
  statusEntrySchema,
  deadlineEntrySchema,
  noteEntrySchema,
  sourceEntrySchema,
]);
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export type StatusHistoryEntry = z.infer<typeof statusEntrySchema>;
export type HistoryEntryType = HistoryEntry['type'];

export const outcomeSchema = z.strictObject({
  /** What happened, in short. */
  summary: localizedTextSchema,
  /** The instrument or document that carried it out, e.g. "Prop. 71 L (2016–2017)". */
  implementedThrough: z.optional(nonEmpty(500)),
  verified: verificationSchema,
  /** What is not known or only partly confirmed. */
  note: z.optional(localizedTextSchema),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const measureSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  /** Position in the plan's own list (1-based). */
  number: z.int().check(z.positive()),
  areaId: idSchema,
  /** A sub-heading inside the area, e.g. "Fysioterapi" under Rehabilitering. */
  topic: z.optional(localizedTextSchema),
  title: localizedTextSchema,
  description: localizedTextSchema,
  /** The body the plan names as responsible, in each language (its official English name, say); `nb` is its key. */
  responsible: localizedTextSchema,
  instrument: instrumentSchema,
  /** The deadline the plan stated, kept as it was; null when the plan names none. */
  originalDeadline: z.nullable(deadlineSchema),
  /** The deadline that applies now (moves are recorded in the history). */
  deadline: z.nullable(deadlineSchema),
  status: statusSchema,
  completedOn: z.nullable(datePointSchema),
  replacedBy: z.nullable(idSchema),
  outcome: z.nullable(outcomeSchema),
  /** How well the facts about this measure are backed, taken together. */
  verified: verificationSchema,
  sources: z.array(sourceSchema),
  obligations: z.array(obligationSchema),
  /** Later measures in other plans that follow this one up. */
  followedUpBy: z.array(idSchema),
  /** Whether the measure is real data or generated for load testing. */
  synthetic: z.boolean(),
  history: z.array(historyEntrySchema).check(z.minLength(1)),
  version: z.int().check(z.positive()),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Measure = z.infer<typeof measureSchema>;

/** A measure's id: the start its plan gives (the plan's id, or a dataset file's `idPrefix`) and its number, two digits at least. */
export function measureId(prefix: string, number: number): string {
  return `${prefix}-${String(number).padStart(2, '0')}`;
}

/** The last reason a history gives (a change's reason, or a note's text), with when it happened. */
const lastReasonSchema = z.strictObject({ effective: datePointSchema, text: z.string().check(z.minLength(1)), language: languageSchema });
export type LastReason = z.infer<typeof lastReasonSchema>;

/** A measure in a list: everything but its history, which can be long. */
export const measureSummarySchema = z.extend(z.omit(measureSchema, { history: true }), {
  historyLength: z.int().check(z.nonnegative()),
  /** When the current status was reached (the effective date of the last status change). */
  statusSince: datePointSchema,
  /** How many times the deadline has been moved since the plan set it (deadline entries in the history). */
  deadlineMoves: z.int().check(z.nonnegative()),
  /**
   * When the last change in the history happened (its `effective` date, as precisely as it is known): the entry
   * the replay applies last (src/domain/as-of.ts), of any type. Not `updatedAt`, which is when the record was written.
   */
  lastChange: datePointSchema,
  /** The last reason in the history (of the date served), for lists that quote it; null when it gives none. */
  lastReason: z.nullable(lastReasonSchema),
});
export type MeasureSummary = z.infer<typeof measureSummarySchema>;
