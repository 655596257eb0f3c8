import type { IsoDate } from '@/domain/date-point';
import { pickText, type Language } from '@/domain/localized-text';
import { OUTCOME_STATE_LABELS, PLAN_GAP_LABELS, ROW_NOTE_LABELS, valueIn } from '@/domain/export-values';
import type { CsvDelimiter, ExportFormat } from '@/lib/export-file';
import { SLIPPAGE_BUCKETS, type AreaOutcomeRow } from './area-outcomes';
import type { PlanComparisonRow } from './plan-comparison';
import { isUncertain, type TargetActualView } from './target-actual';

/**
 * The data behind each of the analysis's charts, for export: one record per row with stable
 * (untranslated) column names, numbers as numbers and nothing unknown invented (null, an empty cell).
 * The same records are the JSON export's rows and, through `toCsvRecord`, the CSV's lines.
 */
export type ExportValue = string | number | boolean | null;
export type ExportRecord<Column extends string> = Record<Column, ExportValue>;

export const ANALYSIS_CHARTS = ['target-actual', 'slippage-by-area', 'on-time-by-area', 'plan-comparison'] as const;
export type AnalysisChart = (typeof ANALYSIS_CHARTS)[number];

export interface ExportLookups {
  language: Language;
  planName: (planId: string) => string;
  areaName: (areaId: string) => string;
}

/** A precise completion date no more precise than known: "2017", "2017-09" or "2017-09-13". */
function pointText(point: TargetActualView['completedOn']): string | null {
  if (point === null) return null;
  if (point.precision === 'year') return point.date.slice(0, 4);
  if (point.precision === 'month') return point.date.slice(0, 7);
  return point.date;
}

export const TARGET_ACTUAL_COLUMNS = [
  'id',
  'plan_id',
  'plan',
  'number',
  'title',
  'area_id',
  'area',
  'deadline_stated',
  'deadline_kind',
  'target_year',
  'actual_year',
  'completed_on',
  'completed_on_precision',
  'state',
  'slippage_years',
  'verified',
  'uncertain',
  'notes',
] as const;

export function targetActualRecords(rows: readonly TargetActualView[], lookups: ExportLookups): ExportRecord<(typeof TARGET_ACTUAL_COLUMNS)[number]>[] {
  return rows.map((row) => ({
    id: row.id,
    plan_id: row.planId,
    plan: lookups.planName(row.planId),
    number: row.number,
    title: pickText(row.title, lookups.language).value,
    area_id: row.areaId,
    area: lookups.areaName(row.areaId),
    deadline_stated: pickText(row.stated, lookups.language).value,
    deadline_kind: row.kind,
    target_year: row.targetYear,
    actual_year: row.actualYear,
    completed_on: pointText(row.completedOn),
    completed_on_precision: row.completedOn?.precision ?? null,
    // Readable values, not codes: the dictionary (export-dictionary.ts) says what they mean.
    state: valueIn(OUTCOME_STATE_LABELS, row.state, lookups.language),
    slippage_years: row.years,
    verified: row.verified,
    uncertain: isUncertain(row),
    notes: row.notes.map((note) => valueIn(ROW_NOTE_LABELS, note, lookups.language)).join(' | '),
  }));
}

export const AREA_SLIPPAGE_COLUMNS = ['area_id', 'area', 'with_target', 'on_time', 'late_1', 'late_2', 'late_3', 'late_4_plus', 'open_late', 'not_judged', 'median_slippage_years'] as const;

const BUCKET_COLUMNS = {
  onTime: 'on_time',
  late1: 'late_1',
  late2: 'late_2',
  late3: 'late_3',
  late4plus: 'late_4_plus',
  openLate: 'open_late',
} as const;

export function areaSlippageRecords(rows: readonly AreaOutcomeRow[]): ExportRecord<(typeof AREA_SLIPPAGE_COLUMNS)[number]>[] {
  return rows.map((row) => ({
    area_id: row.areaId,
    area: row.name,
    with_target: row.withTarget,
    ...(Object.fromEntries(SLIPPAGE_BUCKETS.map((bucket) => [BUCKET_COLUMNS[bucket], row.counts[bucket]])) as Record<(typeof BUCKET_COLUMNS)[keyof typeof BUCKET_COLUMNS], number>),
    not_judged: row.notJudged,
    median_slippage_years: row.medianSlippage,
  }));
}

export const ON_TIME_COLUMNS = ['area_id', 'area', 'judged', 'on_time', 'on_time_share', 'with_target', 'not_judged'] as const;

export function onTimeRecords(rows: readonly AreaOutcomeRow[]): ExportRecord<(typeof ON_TIME_COLUMNS)[number]>[] {
  return rows.map((row) => ({
    area_id: row.areaId,
    area: row.name,
    judged: row.judged,
    on_time: row.counts.onTime,
    on_time_share: row.onTimeShare,
    with_target: row.withTarget,
    not_judged: row.notJudged,
  }));
}

export const PLAN_COMPARISON_COLUMNS = [
  'plan_id',
  'plan',
  'measures',
  'completed',
  'completed_share',
  'with_target',
  'judged',
  'on_time',
  'on_time_share',
  'median_slippage_years',
  'gap',
] as const;

export function planComparisonRecords(rows: readonly PlanComparisonRow[], language: Language): ExportRecord<(typeof PLAN_COMPARISON_COLUMNS)[number]>[] {
  return rows.map((row) => ({
    plan_id: row.planId,
    plan: row.reference,
    measures: row.total,
    completed: row.completed,
    completed_share: row.completedShare,
    with_target: row.withTarget,
    judged: row.judged,
    on_time: row.onTime,
    on_time_share: row.onTimeShare,
    median_slippage_years: row.medianSlippage,
    gap: row.gap === null ? null : valueIn(PLAN_GAP_LABELS, row.gap, language),
  }));
}

/**
 * A record as CSV cells: unknown is an empty cell, and a fraction is written to four decimals with
 * the decimal sign the delimiter implies (a comma where cells are separated by `;`, as Norwegian
 * Excel reads it).
 */
export function toCsvRecord<Column extends string>(record: ExportRecord<Column>, delimiter: CsvDelimiter): Record<Column, string | number | boolean> {
  const cells = {} as Record<Column, string | number | boolean>;
  for (const column of Object.keys(record) as Column[]) {
    const value = record[column];
    if (value === null) cells[column] = '';
    else if (typeof value === 'number' && !Number.isInteger(value)) {
      const text = String(Number(value.toFixed(4)));
      cells[column] = delimiter === ';' ? text.replace('.', ',') : text;
    } else cells[column] = value;
  }
  return cells;
}

export type AnalysisExportFormat = ExportFormat;

/** "tiltaksmonitor-analyse-target-actual-2026-11-23.csv"; a synthetic dataset says so in the name. */
export function analysisFileName(chart: AnalysisChart, format: AnalysisExportFormat, exportedOn: IsoDate, synthetic = false): string {
  return `tiltaksmonitor-analyse-${chart}${synthetic ? '-syntetisk' : ''}-${exportedOn}.${format === 'json' ? 'json' : 'csv'}`;
}

export interface AnalysisExportMeta {
  exportedOn: IsoDate;
  /** The date late and open were judged on (the server's today). */
  judgedOn: IsoDate;
  /** The plans analysed; empty for all. */
  plans: readonly string[];
  /** The address of the view, to come back to it. */
  link: string;
}

/** The JSON export: what was analysed, when, and the rows. */
export function analysisDocument(chart: AnalysisChart, records: readonly object[], meta: AnalysisExportMeta) {
  return { chart, exportedOn: meta.exportedOn, judgedOn: meta.judgedOn, plans: meta.plans.length === 0 ? 'all' : [...meta.plans], link: meta.link, rows: records };
}
