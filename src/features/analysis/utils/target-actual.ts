import { targetVsActual, type TargetActualRow } from '@/domain/analysis';
import { yearOf, type DatePoint, type IsoDate } from '@/domain/date-point';
import type { DeadlineKind } from '@/domain/deadline';
import { YEAR_MAX, YEAR_MIN } from '@/domain/year-range';
import type { LocalizedText } from '@/domain/localized-text';
import type { Verification } from '@/domain/source';
import { countTargets } from '@/domain/target-year';
import type { AnalysisMeasure } from './analysis-data';

/**
 * Why a row's numbers must be read with care:
 * - `partial` / `unverified`: the sources back the measure's facts only partly, or not at all
 * - `completedYearOnly`: the completion is known only to the year
 * - `earliest`: the plan said "not before" that year, which is no promise of when
 */
export type RowNote = 'partial' | 'unverified' | 'completedYearOnly' | 'earliest';

export interface TargetActualView extends TargetActualRow {
  stated: LocalizedText;
  kind: DeadlineKind;
  completedOn: DatePoint | null;
  verified: Verification;
  /** Where the row's line ends: the actual year, or this year for a measure still open. */
  endYear: number;
  notes: RowNote[];
}

/** Dates or facts that are not certain (the chart marks them, the table says why). */
export function isUncertain(row: Pick<TargetActualView, 'notes'>): boolean {
  return row.notes.some((note) => note !== 'earliest');
}

/** One row per measure with a target year (by target year, plan and number), with what the views need. */
export function targetActualRows(measures: readonly AnalysisMeasure[], today: IsoDate): TargetActualView[] {
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  return targetVsActual(measures, today).flatMap((row) => {
    const measure = byId.get(row.id);
    const deadline = measure?.originalDeadline;
    if (!measure || !deadline) return [];
    const notes: RowNote[] = [];
    if (measure.verified !== 'verified') notes.push(measure.verified);
    if (row.state === 'done' && measure.completedOn?.precision === 'year') notes.push('completedYearOnly');
    if (deadline.kind === 'earliest') notes.push('earliest');
    const stillOpen = row.state === 'open' || row.state === 'open_late';
    const endYear = row.actualYear ?? (stillOpen ? yearOf(today) : (row.targetYear ?? yearOf(today)));
    return [{ ...row, stated: deadline.stated, kind: deadline.kind, completedOn: measure.completedOn, verified: measure.verified, endYear, notes }];
  });
}

export interface TargetActualFacts {
  /** Measures in view. */
  total: number;
  withTarget: number;
  onTime: number;
  /** Done before the target year (counted in onTime too). */
  early: number;
  late: number;
  openLate: number;
  /** Open and not yet due (or due "not before", which cannot be late). */
  open: number;
  /** Cancelled or replaced. */
  closed: number;
  doneDateUnknown: number;
  /** Left out: no target year. */
  noTarget: number;
  /** Left out: the date says how long something runs, not when it is due. */
  notADeadline: number;
  uncertain: number;
}

/** The numbers the summary states: the target-year counts are the one definition (src/domain/target-year.ts). */
export function targetActualFacts(measures: readonly AnalysisMeasure[], rows: readonly TargetActualView[], today: IsoDate): TargetActualFacts {
  const counts = countTargets(measures, today);
  return {
    total: counts.total,
    withTarget: counts.withTarget,
    onTime: counts.onTime,
    early: rows.filter((row) => row.state === 'done' && (row.years ?? 0) < 0).length,
    late: counts.late,
    openLate: counts.openLate,
    open: counts.open,
    closed: counts.closed,
    doneDateUnknown: counts.doneDateUnknown,
    noTarget: counts.noTarget,
    notADeadline: counts.notATarget,
    uncertain: rows.filter(isUncertain).length,
  };
}

/** A text cut at a word, with "…", when it is longer than `max` characters (an axis label on a phone). */
export function shortText(text: string, max: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : trimmed.slice(0, max)).replace(/[\s,.:;–-]+$/, '')}…`;
}

/** The most characters of a measure's title on the chart's axis; the tooltip and the table give it in full. */
export const CHART_TITLE_MAX = 44;

/**
 * The years the chart's axis spans: every target and end year, and this year, with a year's room either
 * side; never beyond YEAR_MIN–YEAR_MAX (input-rules.ts), so that a 0000 or 9999 in the data cannot
 * stretch the axis over millennia (the chart clips such a row at the edge; the table gives its years).
 */
export function yearDomain(rows: readonly Pick<TargetActualView, 'targetYear' | 'endYear'>[], today: IsoDate): [number, number] {
  const years = [yearOf(today), ...rows.flatMap((row) => [row.targetYear ?? row.endYear, row.endYear])];
  const clamp = (year: number) => Math.min(YEAR_MAX + 1, Math.max(YEAR_MIN - 1, year));
  return [clamp(Math.min(...years) - 1), clamp(Math.max(...years) + 1)];
}

/** The most rows the chart draws; the table and the export have them all. */
export const MAX_CHART_ROWS = 60;

/**
 * Whole years along the axis of a plot `width` pixels wide: every year when there is room, else
 * every 2nd, 5th, 10th … year, on round years.
 */
export function yearTicks([from, to]: [number, number], width: number): number[] {
  const room = Math.max(2, Math.floor((width > 0 ? width : 600) / 44));
  // Past 50, a power of ten wide enough: never more than `room` ticks, whatever the domain.
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => (to - from) / candidate <= room) ?? 10 ** Math.ceil(Math.log10(Math.max(1, (to - from) / room)));
  const ticks: number[] = [];
  for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
  return ticks;
}

/**
 * A plan's reference short enough for a chart's axis on a phone: without its session years, and cut
 * at a word with "…" past `max` characters (the table and the tooltip give it in full).
 */
export function shortReference(reference: string, max = 22): string {
  return shortText(reference.replace(/\s*\(\d{4}[–-]\d{4}\)$/, ''), max);
}
