import { endOf, startOf, type DatePoint, type IsoDate } from './date-point';
import type { Deadline } from './deadline';
import type { HistoryEntry, Measure } from './measure';
import type { Status } from './status';

export interface MeasureState {
  /** False when the measure did not exist yet (its plan came later). */
  exists: boolean;
  status: Status;
  deadline: Deadline | null;
  completedOn: DatePoint | null;
  /**
   * True when a change is known only to a year or month that contains the date, so that the state
   * on that very date is not certain. The change is counted from the last day of its period.
   */
  uncertain: boolean;
}

/**
 * The state of a measure as it stood on `asOf`, replayed from its history. A change counts from
 * the last day it can have happened (a change known as "2016" counts from 31 December 2016), so
 * that the replay never claims more than the sources say.
 */
export function stateAsOf(measure: Pick<Measure, 'history'>, asOf: IsoDate): MeasureState {
  const entries = [...measure.history].sort(compareByEffectiveEnd);
  const state: MeasureState = { exists: false, status: 'planned', deadline: null, completedOn: null, uncertain: false };
  for (const entry of entries) {
    if (endOf(entry.effective) > asOf) {
      if (startOf(entry.effective) <= asOf && changesState(entry)) state.uncertain = true;
      continue;
    }
    apply(state, entry);
  }
  return state;
}

function changesState(entry: HistoryEntry): boolean {
  return entry.type === 'created' || entry.type === 'status' || entry.type === 'deadline';
}

function apply(state: MeasureState, entry: HistoryEntry): void {
  switch (entry.type) {
    case 'created':
      state.exists = true;
      state.status = entry.status;
      state.deadline = entry.deadline;
      return;
    case 'status':
      state.status = entry.to;
      state.completedOn = entry.to === 'completed' ? (entry.completedOn ?? entry.effective) : null;
      return;
    case 'deadline':
      state.deadline = entry.to;
      return;
    case 'note':
    case 'source':
      return;
  }
}

function compareByEffectiveEnd(a: HistoryEntry, b: HistoryEntry): number {
  return endOf(a.effective).localeCompare(endOf(b.effective)) || a.recordedAt.localeCompare(b.recordedAt);
}

/**
 * Every measure as it stood on `asOf`, leaving out those that did not exist yet. Its history is cut
 * to what had happened by then (by the same rule as the state), so that what is derived from the
 * history (since when the status held, how often the deadline moved) describes that day too.
 */
export function measuresAsOf<T extends Measure>(measures: readonly T[], asOf: IsoDate): (T & { uncertain: boolean })[] {
  const result: (T & { uncertain: boolean })[] = [];
  for (const measure of measures) {
    const state = stateAsOf(measure, asOf);
    if (!state.exists) continue;
    result.push({
      ...measure,
      status: state.status,
      deadline: state.deadline,
      completedOn: state.completedOn,
      history: measure.history.filter((entry) => endOf(entry.effective) <= asOf),
      uncertain: state.uncertain,
    });
  }
  return result;
}

export interface StatusMove {
  measureId: string;
  /** null when the measure did not exist on the earlier date. */
  from: Status | null;
  to: Status;
  /** True when the state on either date rests on a change known only to its year or month. */
  uncertain: boolean;
}

/** The measures whose status differs between two dates (`from` before `to`). */
export function statusMovesBetween(measures: readonly Measure[], from: IsoDate, to: IsoDate): StatusMove[] {
  const moves: StatusMove[] = [];
  for (const measure of measures) {
    const before = stateAsOf(measure, from);
    const after = stateAsOf(measure, to);
    if (!after.exists) continue;
    const previous = before.exists ? before.status : null;
    if (previous !== after.status) {
      moves.push({ measureId: measure.id, from: previous, to: after.status, uncertain: before.uncertain || after.uncertain });
    }
  }
  return moves;
}
