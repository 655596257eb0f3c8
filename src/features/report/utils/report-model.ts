import type { Summary } from '@/domain/api-contract';
import type { Area } from '@/domain/area';
import { historyInOrder, latestDay, stateAsOf } from '@/domain/as-of';
import type { ChangeLogItem } from '@/domain/change-log';
import type { IsoDate } from '@/domain/date-point';
import type { LocalizedText } from '@/domain/localized-text';
import type { HistoryEntry, MeasureSummary } from '@/domain/measure';
import { DUE_WITHIN_YEAR_MONTHS, isOpenAndDueWithin, isOverdue } from '@/domain/overdue';
import type { Plan } from '@/domain/plan';
import type { Verification } from '@/domain/source';
import type { Status } from '@/domain/status';
import { countTargets, type TargetCounts } from '@/domain/target-year';

/**
 * The status report (/rapport) as data: what the page, its printout, the .docx and the CSV/JSON files all say,
 * worked out once from what the API answered for the two dates. Pure; no texts (the renderers word it).
 */

/** The order statuses are listed and drawn in, as on the overview: done, under way, not started, closed otherwise. */
export const REPORT_STATUS_ORDER: readonly Status[] = ['completed', 'in_progress', 'at_risk', 'planned', 'cancelled', 'replaced'];

export type FigureKey = 'total' | Status | 'overdue' | 'dueWithinYear' | 'uncertain';

/** A key figure on both dates: `before` on the previous reporting date, `after` on the reporting date. */
export interface FigureRow {
  key: FigureKey;
  before: number;
  after: number;
  /** after − before */
  change: number;
}

/** One area's progress: its counts on the reporting date, and how many were completed on the previous one. */
export interface AreaProgress {
  areaId: string;
  /** Null when the catalogue does not know the area (then its id names it). */
  name: LocalizedText | null;
  counts: Record<Status, number>;
  total: number;
  completed: number;
  completedShare: number;
  totalBefore: number;
  completedBefore: number;
}

/** A change of the append-only history between the two dates, and the day it counts from (src/domain/as-of.ts). */
export interface ReportChange {
  entry: Exclude<HistoryEntry, { type: 'created' }>;
  countsFrom: IsoDate;
}

/** A measure's state on one date. */
export interface ReportState {
  status: Status;
  overdue: boolean;
  /** The state rests on a change known only to a year or month that contains the date. */
  uncertain: boolean;
}

/** One measure's entry: its state on both dates and every change between them, oldest first. */
export interface ReportEntry {
  /** As it stood on the reporting date. */
  measure: MeasureSummary;
  planReference: string;
  now: ReportState;
  /** Null when the measure did not exist yet on the previous reporting date (its plan came later). */
  before: ReportState | null;
  /** Whether its status on the reporting date is another than on the previous one (or it did not exist then). */
  statusChanged: boolean;
  changes: ReportChange[];
}

export interface ReportArea {
  areaId: string;
  name: LocalizedText | null;
  entries: ReportEntry[];
  /** How many of its measures changed status between the dates. */
  moved: number;
}

/** A measure whose facts are not all verified, or whose status on a date rests on a date known only to its year or month. */
export interface UncertainFact {
  entry: ReportEntry;
  verified: Verification;
  /** What is not known, in the dataset's words: the outcome's note and the notes of duties not verified. */
  notes: LocalizedText[];
  /** The report's dates (previous first) on which the status rests on a year or month only. */
  uncertainOn: IsoDate[];
}

export interface ReportModel {
  /** The plans reported on, in the catalogue's order. */
  plans: Plan[];
  /** Every plan (no plan chosen). */
  allPlans: boolean;
  asOf: IsoDate;
  compareTo: IsoDate;
  /** When the data was read (an ISO timestamp). */
  madeAt: string;
  /** The plans are generated test data. */
  synthetic: boolean;
  figures: FigureRow[];
  /** Target years on the reporting date (src/domain/target-year.ts), as the overview and the analysis state them. */
  targets: TargetCounts;
  progress: AreaProgress[];
  areas: ReportArea[];
  /** Open measures whose deadline falls due within DUE_WITHIN_YEAR_MONTHS after the reporting date. */
  dueSoon: ReportEntry[];
  uncertain: UncertainFact[];
  /** How many measures changed status between the dates, and how many changes the history has between them. */
  statusMoves: number;
  changeCount: number;
}

/** What the API answered for one date. */
export interface ReportDateData {
  summary: Summary;
  measures: readonly MeasureSummary[];
}

export interface ReportInput {
  /** Every plan of the catalogue. */
  plans: readonly Plan[];
  areas: readonly Area[];
  /** The plan chosen, or null for every plan. */
  plan: string | null;
  asOf: IsoDate;
  compareTo: IsoDate;
  madeAt: string;
  now: ReportDateData;
  before: ReportDateData;
  /** The log of changes of the plans reported on (every change, whenever recorded). */
  changes: readonly ChangeLogItem[];
}

function figure(summary: Summary, key: FigureKey): number {
  if (key === 'total') return summary.totals.total;
  if (key === 'overdue') return summary.overdue;
  if (key === 'dueWithinYear') return summary.dueWithinYear;
  if (key === 'uncertain') return summary.uncertain;
  return summary.totals.counts[key];
}

/** The key figures on both dates, from `/api/summary` on each: the total, each status, overdue, due soon, uncertain. */
export function reportFigures(before: Summary, after: Summary): FigureRow[] {
  const keys: FigureKey[] = ['total', ...REPORT_STATUS_ORDER, 'overdue', 'dueWithinYear', 'uncertain'];
  return keys.map((key) => ({ key, before: figure(before, key), after: figure(after, key), change: figure(after, key) - figure(before, key) }));
}

/** Progress by area on the reporting date, in the summary's (the plan's) order, with the completed count of the previous date. */
export function areaProgress(before: Summary, after: Summary, areas: readonly Area[]): AreaProgress[] {
  const names = new Map(areas.map((area) => [area.id, area.name]));
  const earlier = new Map(before.areas.map((row) => [row.areaId, row]));
  return after.areas.map((row) => ({
    areaId: row.areaId,
    name: names.get(row.areaId) ?? null,
    counts: row.counts,
    total: row.total,
    completed: row.completed,
    completedShare: row.completedShare,
    totalBefore: earlier.get(row.areaId)?.total ?? 0,
    completedBefore: earlier.get(row.areaId)?.completed ?? 0,
  }));
}

/**
 * The changes of each measure that count after `from` and by `to` (from < the day a change counts from ≤ to),
 * oldest first: what moved the state of the previous reporting date to that of the reporting date. The day a
 * change counts from is the replay's (the end of the period its date names, or the day it was recorded if that is
 * earlier), so a change known as "2017" counts from 31 December 2017, and one of 1 January 2017 counts on a
 * previous reporting date of 1 January 2017 and is not between the dates.
 */
export function changesBetween(items: readonly ChangeLogItem[], from: IsoDate, to: IsoDate): Map<string, ReportChange[]> {
  return changesOfEach(logByMeasure(items), from, to);
}

/** The log's entries of each measure, in the order they come. */
function logByMeasure(items: readonly ChangeLogItem[]): Map<string, HistoryEntry[]> {
  const byMeasure = new Map<string, HistoryEntry[]>();
  for (const item of items) {
    const entries = byMeasure.get(item.measureId);
    if (entries === undefined) byMeasure.set(item.measureId, [item.entry]);
    else entries.push(item.entry);
  }
  return byMeasure;
}

function changesOfEach(byMeasure: ReadonlyMap<string, readonly HistoryEntry[]>, from: IsoDate, to: IsoDate): Map<string, ReportChange[]> {
  const result = new Map<string, ReportChange[]>();
  for (const [measureId, entries] of byMeasure) {
    const between: ReportChange[] = [];
    for (const entry of historyInOrder(entries)) {
      if (entry.type === 'created') continue;
      const countsFrom = latestDay(entry);
      if (countsFrom > from && countsFrom <= to) between.push({ entry, countsFrom });
    }
    if (between.length > 0) result.set(measureId, between);
  }
  return result;
}

/**
 * Whether a measure's state on `date` rests on a change known only to a year or month that contains it, from its
 * changes in the log (the replay's rule, `stateAsOf`; the first entry, the plan's own, has happened for every
 * measure that exists on the date).
 */
function uncertainOn(entries: readonly HistoryEntry[], date: IsoDate): boolean {
  return entries.length > 0 && stateAsOf({ history: [...entries] }, date).uncertain;
}

function stateOn(measure: Pick<MeasureSummary, 'status' | 'deadline'>, date: IsoDate, entries: readonly HistoryEntry[]): ReportState {
  return { status: measure.status, overdue: isOverdue(measure, date), uncertain: uncertainOn(entries, date) };
}

/** What is not known about a measure: its outcome's note, and the notes of its duties that are not verified. */
function notesOf(measure: MeasureSummary): LocalizedText[] {
  const notes: LocalizedText[] = [];
  if (measure.outcome?.note) notes.push(measure.outcome.note);
  for (const obligation of measure.obligations) {
    if (obligation.verified !== 'verified' && obligation.note) notes.push(obligation.note);
  }
  return notes;
}

/** The report from what the API answered: every measure of the reporting date, by area, with both states and the changes between. */
export function buildReport(input: ReportInput): ReportModel {
  const plans = input.plans.filter((plan) => input.plan === null || plan.id === input.plan);
  const references = new Map(input.plans.map((plan) => [plan.id, plan.reference]));
  const earlier = new Map(input.before.measures.map((measure) => [measure.id, measure]));
  const logged = logByMeasure(input.changes);
  const between = changesOfEach(logged, input.compareTo, input.asOf);

  const entries: ReportEntry[] = input.now.measures.map((measure) => {
    const history = logged.get(measure.id) ?? [];
    const previous = earlier.get(measure.id);
    return {
      measure,
      planReference: references.get(measure.planId) ?? measure.planId,
      now: stateOn(measure, input.asOf, history),
      before: previous === undefined ? null : stateOn(previous, input.compareTo, history),
      statusChanged: previous?.status !== measure.status,
      changes: between.get(measure.id) ?? [],
    };
  });

  // Areas in the catalogue's order, then any the catalogue does not know, in the order they come.
  const byArea = new Map<string, ReportEntry[]>([...input.areas].sort((a, b) => a.order - b.order).map((area) => [area.id, []]));
  for (const entry of entries) {
    const inArea = byArea.get(entry.measure.areaId);
    if (inArea === undefined) byArea.set(entry.measure.areaId, [entry]);
    else inArea.push(entry);
  }
  const names = new Map(input.areas.map((area) => [area.id, area.name]));
  const areas: ReportArea[] = [...byArea]
    .filter(([, inArea]) => inArea.length > 0)
    .map(([areaId, inArea]) => ({ areaId, name: names.get(areaId) ?? null, entries: inArea, moved: inArea.filter((entry) => entry.statusChanged).length }));

  const uncertain: UncertainFact[] = [];
  for (const entry of entries) {
    const dates = [entry.before?.uncertain ? input.compareTo : null, entry.now.uncertain ? input.asOf : null].filter((date): date is IsoDate => date !== null);
    if (entry.measure.verified === 'verified' && dates.length === 0) continue;
    uncertain.push({ entry, verified: entry.measure.verified, notes: entry.measure.verified === 'verified' ? [] : notesOf(entry.measure), uncertainOn: dates });
  }

  return {
    plans,
    allPlans: input.plan === null,
    asOf: input.asOf,
    compareTo: input.compareTo,
    madeAt: input.madeAt,
    synthetic: plans.some((plan) => plan.synthetic) || entries.some((entry) => entry.measure.synthetic),
    figures: reportFigures(input.before.summary, input.now.summary),
    targets: countTargets(input.now.measures, input.asOf),
    progress: areaProgress(input.before.summary, input.now.summary, input.areas),
    areas,
    dueSoon: entries.filter((entry) => isOpenAndDueWithin(entry.measure, input.asOf, DUE_WITHIN_YEAR_MONTHS)),
    uncertain,
    statusMoves: entries.filter((entry) => entry.statusChanged).length,
    changeCount: entries.reduce((sum, entry) => sum + entry.changes.length, 0),
  };
}
