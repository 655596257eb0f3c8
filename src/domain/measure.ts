import { z } from 'zod';
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

/** A legal duty a measure puts on every municipality. */
export const obligationSchema = z.strictObject({
  /** Shared by every measure that leads to the same duty, so that a municipality sees it once. */
  id: idSchema,
  /** E.g. "helse- og omsorgstjenesteloven § 3-2". */
  legalReference: z.string().min(1),
  inForce: datePointSchema,
  requires: localizedTextSchema,
  /** One sentence a municipal leader can act on. */
  plainLanguage: localizedTextSchema,
  verified: verificationSchema,
  note: localizedTextSchema.optional(),
});
export type Obligation = z.infer<typeof obligationSchema>;

export const HISTORY_AUTHOR_KINDS = ['dataset', 'user'] as const;

const historyBase = {
  id: z.string().min(1),
  /** When it happened in the world, as precisely as it is known. */
  effective: datePointSchema,
  /** When it was written into Tiltaksmonitor. */
  recordedAt: z.iso.datetime({ offset: true }),
  by: z.strictObject({ kind: z.enum(HISTORY_AUTHOR_KINDS), name: z.string().min(1) }),
  /** Why, in the words of whoever made the change (an audit trail is not translated). */
  reason: z.string().min(1).max(2000),
  /** The language the reason (and a note's text) is written in. */
  language: languageSchema,
  source: sourceSchema.optional(),
};

/** The first entry of every history: the measure as the plan stated it. */
const createdEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('created'),
  status: statusSchema,
  deadline: deadlineSchema.nullable(),
});

const statusEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('status'),
  from: statusSchema,
  to: statusSchema,
  completedOn: datePointSchema.optional(),
  replacedBy: idSchema.optional(),
});

const deadlineEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('deadline'),
  from: deadlineSchema.nullable(),
  to: deadlineSchema,
});

const noteEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('note'),
  text: z.string().min(1).max(2000),
});

const sourceEntrySchema = z.strictObject({
  ...historyBase,
  type: z.literal('source'),
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

export const outcomeSchema = z.strictObject({
  /** What happened, in short. */
  summary: localizedTextSchema,
  /** The instrument or document that carried it out, e.g. "Prop. 71 L (2016–2017)". */
  implementedThrough: z.string().min(1).optional(),
  verified: verificationSchema,
  /** What is not known or only partly confirmed. */
  note: localizedTextSchema.optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const measureSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  /** Position in the plan's own list (1-based). */
  number: z.number().int().positive(),
  areaId: idSchema,
  /** A sub-heading inside the area, e.g. "Fysioterapi" under Rehabilitering. */
  topic: localizedTextSchema.optional(),
  title: localizedTextSchema,
  description: localizedTextSchema,
  responsible: z.string().min(1),
  instrument: instrumentSchema,
  /** The deadline the plan stated, kept as it was; null when the plan names none. */
  originalDeadline: deadlineSchema.nullable(),
  /** The deadline that applies now (moves are recorded in the history). */
  deadline: deadlineSchema.nullable(),
  status: statusSchema,
  completedOn: datePointSchema.nullable(),
  replacedBy: idSchema.nullable(),
  outcome: outcomeSchema.nullable(),
  /** How well the facts about this measure are backed, taken together. */
  verified: verificationSchema,
  sources: z.array(sourceSchema),
  obligations: z.array(obligationSchema),
  /** Later measures in other plans that follow this one up. */
  followedUpBy: z.array(idSchema),
  /** Whether the measure is real data or generated for load testing. */
  synthetic: z.boolean(),
  history: z.array(historyEntrySchema).min(1),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type Measure = z.infer<typeof measureSchema>;

/** A measure in a list: everything but its history, which can be long. */
export const measureSummarySchema = measureSchema.omit({ history: true }).extend({
  historyLength: z.number().int().nonnegative(),
  /** When the current status was reached (the effective date of the last status change). */
  statusSince: datePointSchema,
});
export type MeasureSummary = z.infer<typeof measureSummarySchema>;
