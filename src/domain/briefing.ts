import { addMonths, endOf, type IsoDate } from './date-point';
import type { MeasureSummary } from './measure';
import { isOverdue } from './overdue';
import { isClosed } from './status';

/**
 * What a briefing must mention besides the key figures: the measures that are late, at risk or stalled, the
 * open measures without a deadline, and the facts the sources do not back. Computed from the measures as they
 * stood on the date shown (the API replays status, deadline and history to it).
 */

/** A measure counts as stalled when its status has not changed for more than this many years. */
export const STALLED_YEARS = 5;

/** Why a measure is on the briefing's list, in this order. */
const CONCERNS = ['overdue', 'at_risk', 'stalled'] as const;
export type Concern = (typeof CONCERNS)[number];

export type BriefingFields = Pick<MeasureSummary, 'id' | 'planId' | 'number' | 'title' | 'status' | 'statusSince' | 'deadline' | 'verified' | 'historyLength'>;

/**
 * Open, and its status unchanged for more than STALLED_YEARS years on `asOf`, counted from the last day the
 * change can have happened (a status known as "2016" counts from 31 December 2016): never called stalled sooner
 * than the history shows. A history of the plan's own statement only (nothing recorded since: the measures of a
 * plan whose list was registered, not followed up) says nothing about standing still: its status is not known,
 * and the measure counts among those the sources do not back, not as stalled.
 */
export function isStalled(measure: Pick<MeasureSummary, 'status' | 'statusSince' | 'historyLength'>, asOf: IsoDate, years = STALLED_YEARS): boolean {
  return !isClosed(measure.status) && measure.historyLength > 1 && endOf(measure.statusSince) < addMonths(asOf, -12 * years);
}

export interface BriefingItem<M extends BriefingFields = BriefingFields> {
  measure: M;
  concerns: Concern[];
}

export interface Briefing<M extends BriefingFields = BriefingFields> {
  asOf: IsoDate;
  total: number;
  overdue: number;
  atRisk: number;
  stalled: number;
  /** Open measures with no deadline at all: nothing says when they are due. */
  openWithoutDeadline: number;
  /** Measures whose facts the sources do not back, or back only in part. */
  unverified: number;
  partial: number;
  /** The late, at-risk and stalled measures, the most pressing first (late, at risk, stalled), then in plan order. */
  items: BriefingItem<M>[];
}

/** The briefing's figures and list, for `measures` as they stood on `asOf`. */
export function briefingFacts<M extends BriefingFields>(measures: readonly M[], asOf: IsoDate): Briefing<M> {
  const result: Briefing<M> = { asOf, total: measures.length, overdue: 0, atRisk: 0, stalled: 0, openWithoutDeadline: 0, unverified: 0, partial: 0, items: [] };
  for (const measure of measures) {
    if (measure.verified === 'unverified') result.unverified += 1;
    if (measure.verified === 'partial') result.partial += 1;
    if (!isClosed(measure.status) && measure.deadline === null) result.openWithoutDeadline += 1;
    const concerns: Concern[] = [];
    if (isOverdue(measure, asOf)) concerns.push('overdue');
    if (measure.status === 'at_risk') concerns.push('at_risk');
    if (isStalled(measure, asOf)) concerns.push('stalled');
    if (concerns.includes('overdue')) result.overdue += 1;
    if (concerns.includes('at_risk')) result.atRisk += 1;
    if (concerns.includes('stalled')) result.stalled += 1;
    if (concerns.length > 0) result.items.push({ measure, concerns });
  }
  const rank = (item: BriefingItem<M>) => Math.min(...item.concerns.map((concern) => CONCERNS.indexOf(concern)));
  // Stable: within a rank, the measures keep the order they came in (plan, then number).
  result.items.sort((a, b) => rank(a) - rank(b));
  return result;
}
