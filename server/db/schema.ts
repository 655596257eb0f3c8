import { bigint, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import type { Area } from '@/domain/area';
import type { HistoryEntry, Measure } from '@/domain/measure';
import type { Municipality } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import type { Role } from '@/domain/user';

/**
 * The backend's tables (the migrations in ./migrations create them; the server's tests run every query of the
 * code against them, no test compares the two declarations). A record is kept as the contract's JSON (`doc`), beside the columns the database itself
 * must see: keys, the plan a measure belongs to, its version (for the optimistic lock) and its history,
 * which is a table of its own that only ever grows (a trigger refuses UPDATE and DELETE on it).
 */

/** A measure without its history: `history` is rebuilt from measure_history in order of `seq`. */
export type MeasureDocument = Omit<Measure, 'history'>;

/** A plan without its version, which is a column of its own (as a measure's is). */
export type PlanDocument = Omit<Plan, 'version'>;

export const plans = pgTable('plans', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  version: integer('version').notNull().default(1),
  doc: jsonb('doc').$type<PlanDocument>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const areas = pgTable('areas', {
  id: text('id').primaryKey(),
  position: integer('position').notNull(),
  doc: jsonb('doc').$type<Area>().notNull(),
});

export const measures = pgTable(
  'measures',
  {
    id: text('id').primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => plans.id),
    position: integer('position').notNull(),
    version: integer('version').notNull(),
    doc: jsonb('doc').$type<MeasureDocument>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('measures_plan_id').on(table.planId)],
);

export const measureHistory = pgTable(
  'measure_history',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    measureId: text('measure_id')
      .notNull()
      .references(() => measures.id),
    entryId: text('entry_id').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    entry: jsonb('entry').$type<HistoryEntry>().notNull(),
  },
  (table) => [unique('measure_history_entry').on(table.measureId, table.entryId), index('measure_history_recorded_at').on(table.recordedAt)],
);

export const municipalities = pgTable('municipalities', {
  number: text('number').primaryKey(),
  doc: jsonb('doc').$type<Municipality>().notNull(),
});

/** What the seed loaded, and when: `dataset_version`, `municipality_source`. */
export const metadata = pgTable('metadata', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
});

/** People who may sign in: `subject` is the token's `sub` (or the OIDC subject); the role is the server's, never the client's. */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  subject: text('subject').notNull().unique(),
  name: text('name').notNull(),
  organisation: text('organisation').notNull(),
  role: text('role').$type<Role>().notNull(),
});
