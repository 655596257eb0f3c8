import type { Area } from '@/domain/area';
import { datePointText, type IsoDate } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import { textIn, type Language } from '@/domain/localized-text';
import type { Instrument, MeasureSummary } from '@/domain/measure';
import { isOverdue } from '@/domain/overdue';
import type { Plan } from '@/domain/plan';
import { slippage } from '@/domain/slippage';
import type { Status } from '@/domain/status';
import type { ExportFormat } from '@/lib/export-file';
import { exportFileName } from './export-name';
import { LIST_EXPORT_COLUMNS } from './list-export-columns';

/**
 * Export of the measures a list view shows: one CSV row or JSON item per measure, with every field.
 * Pure functions; the file itself is written in export-file.ts.
 */
export interface ExportContext {
  /** The date "overdue" is judged on: today, or the view's as-of date. */
  today: IsoDate;
  language: Language;
  plans: ReadonlyMap<string, Plan>;
  areas: ReadonlyMap<string, Area>;
  statusLabel: (status: Status) => string;
  instrumentLabel: (instrument: Instrument) => string;
}

/**
 * Column names are stable identifiers (not translated), so that a script reads every export alike; the CSV for
 * Norwegian Excel has Norwegian headers instead, and every column is described in src/domain/export-dictionary.ts.
 * This module is loaded only when a file is made.
 */
export const CSV_COLUMNS = LIST_EXPORT_COLUMNS;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string | number | boolean>;

/** Multiple values in one cell are separated by this (a character no title or address uses). */
export const LIST_SEPARATOR = ' | ';

/** Shared with the municipality export; kept exported here for the measures' own code and tests. */
export { datePointText };

function deadlineColumns(deadline: Deadline | null, language: Language) {
  return {
    stated: deadline === null ? '' : textIn(deadline.stated, language),
    date: datePointText(deadline?.point ?? null),
    kind: deadline?.kind ?? '',
  };
}

export function toCsvRow(measure: MeasureSummary, context: ExportContext): CsvRow {
  const { language } = context;
  const plan = context.plans.get(measure.planId);
  const area = context.areas.get(measure.areaId);
  const original = deadlineColumns(measure.originalDeadline, language);
  const current = deadlineColumns(measure.deadline, language);
  const slip = slippage(measure, context.today);
  return {
    id: measure.id,
    plan_id: measure.planId,
    plan: plan?.reference ?? '',
    number: measure.number,
    area_id: measure.areaId,
    area: textIn(area?.name, language),
    topic: textIn(measure.topic, language),
    title: textIn(measure.title, language),
    title_nb: measure.title.nb,
    title_nn: measure.title.nn ?? '',
    title_en: measure.title.en ?? '',
    description_nb: measure.description.nb,
    description_nn: measure.description.nn ?? '',
    description_en: measure.description.en ?? '',
    responsible: textIn(measure.responsible, language),
    instrument: measure.instrument,
    instrument_label: context.instrumentLabel(measure.instrument),
    original_deadline: original.stated,
    original_deadline_date: original.date,
    original_deadline_kind: original.kind,
    deadline: current.stated,
    deadline_date: current.date,
    deadline_kind: current.kind,
    deadline_moves: measure.deadlineMoves,
    status: measure.status,
    status_label: context.statusLabel(measure.status),
    status_since: datePointText(measure.statusSince),
    completed_on: datePointText(measure.completedOn),
    completed_on_precision: measure.completedOn?.precision ?? '',
    replaced_by: measure.replacedBy ?? '',
    overdue: isOverdue(measure, context.today),
    overdue_judged_on: context.today,
    planned_year: slip.targetYear ?? '',
    actual_year: slip.actualYear ?? '',
    slippage_years: slip.years ?? '',
    outcome: textIn(measure.outcome?.summary, language),
    implemented_through: measure.outcome?.implementedThrough ?? '',
    outcome_verified: measure.outcome?.verified ?? '',
    outcome_note: textIn(measure.outcome?.note, language),
    verified: measure.verified,
    sources: measure.sources.map((source) => source.title).join(LIST_SEPARATOR),
    source_urls: measure.sources.map((source) => source.url ?? '').join(LIST_SEPARATOR),
    obligations: measure.obligations.map((obligation) => textIn(obligation.plainLanguage, language)).join(LIST_SEPARATOR),
    obligation_legal_basis: measure.obligations.map((obligation) => obligation.legalReference).join(LIST_SEPARATOR),
    obligation_in_force: measure.obligations.map((obligation) => datePointText(obligation.inForce)).join(LIST_SEPARATOR),
    followed_up_by: measure.followedUpBy.join(LIST_SEPARATOR),
    history_entries: measure.historyLength,
    last_change: datePointText(measure.lastChange),
    last_change_precision: measure.lastChange.precision,
    synthetic: measure.synthetic,
    version: measure.version,
    updated_at: measure.updatedAt,
  };
}

export interface ExportMeta {
  /** The address of the view exported, so that a file says where it came from. */
  view: string;
  exportedOn: IsoDate;
  asOf: IsoDate | null;
}

export interface ExportDocument {
  source: 'Tiltaksmonitor';
  view: string;
  exportedOn: IsoDate;
  /** The list as it stood on this date; null for today's list. */
  asOf: IsoDate | null;
  /** The date "overdue" was judged on. */
  overdueJudgedOn: IsoDate;
  /** True when any item is generated test data, not real measures. */
  synthetic: boolean;
  count: number;
  items: (MeasureSummary & { overdue: boolean })[];
}

/** The JSON export: every measure with all its fields as the API gives them, and whether it is overdue. */
export function toExportDocument(measures: readonly MeasureSummary[], context: Pick<ExportContext, 'today'>, meta: ExportMeta): ExportDocument {
  return {
    source: 'Tiltaksmonitor',
    view: meta.view,
    exportedOn: meta.exportedOn,
    asOf: meta.asOf,
    overdueJudgedOn: context.today,
    synthetic: measures.some((measure) => measure.synthetic),
    count: measures.length,
    items: measures.map((measure) => ({ ...measure, overdue: isOverdue(measure, context.today) })),
  };
}

export type { ExportFormat };
export { exportFileName };
