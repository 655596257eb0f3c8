import { endOf, isoDateInOslo, startOf, type DatePoint, type IsoDate } from './date-point';
import type { Deadline } from './deadline';
import type { HistoryEntry, Measure } from './measure';
import type { Status } from './status';

export interface MeasureState {
  /** False when the measure did not exist yet (its plan came later). */
  exists: boolean;
  status: Status;
  deadline: Deadline | null;
  completedOn: DatePoint | null;
  replacedBy: string | null;
  /**
   * True when a change is known only to a year or month that contains the date, so that the state
   * on that very date is not certain. The change is counted from the last day of its period.
   */
  uncertain: boolean;
}

/**
 * The state of a measure as it stood on `asOf`, replayed from its history: the one rule for a measure's
 * status, deadline and completion on any day, today included. A change counts from the last day it can have
 * happened: the end of the period it is known to (a change known as "2016" counts from 31 December 2016), or
 * the day it was recorded, if that is earlier (a change recorded on 2 December 2026 as "2026" had happened by
 * then). So the replay never claims more than the sources say, and today's state is what was recorded.
 */
export function stateAsOf(measure: Pick<Measure, 'history'>, asOf: IsoDate): MeasureState {
  const entries = [...measure.history].sort(compareByLatestDay);
  const state: MeasureState = { exists: false, status: 'planned', deadline: null, completedOn: null, replacedBy: null, uncertain: false };
  for (const entry of entries) {
    if (latestDay(entry) > asOf) {
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
      state.replacedBy = entry.to === 'replaced' ? (entry.replacedBy ?? null) : null;
      return;
    case 'deadline':
      state.deadline = entry.to;
      return;
    case 'note':
    case 'source':
      return;
  }
}

/** The recording day of each entry, kept per entry: a list of 10,000 measures is replayed on every request. */
const recordedDays = new WeakMap<HistoryEntry, IsoDate>();

/**
 * The last day a change can have happened: the end of its period, or the day it was recorded if that is
 * earlier (but never before its period starts: a record cannot move a change out of the period it names).
 */
export function latestDay(entry: HistoryEntry): IsoDate {
  return latestDayOf(entry.effective, recordedDay(entry));
}

/** The day (in Oslo) an entry was recorded; the end of its period if the record names no readable instant. */
export function recordedDay(entry: HistoryEntry): IsoDate {
  let recorded = recordedDays.get(entry);
  if (recorded === undefined) {
    const instant = new Date(entry.recordedAt);
    recorded = Number.isNaN(instant.getTime()) ? endOf(entry.effective) : isoDateInOslo(instant);
    recordedDays.set(entry, recorded);
  }
  return recorded;
}

/** The same rule for a change not recorded yet: `recordedOn` is the day it would be (today). */
export function latestDayOf(effective: DatePoint, recordedOn: IsoDate): IsoDate {
  const end = endOf(effective);
  if (recordedOn >= end) return end;
  const start = startOf(effective);
  return recordedOn > start ? recordedOn : start;
}

/**
 * The day from which the measure's current status (or deadline) counts: the latest day of the last entry that
 * set it. A new change of the same kind must not count from before it, or the replay would put it first and
 * the change would never show (see validateChange).
 */
export function currentStateSince(history: readonly HistoryEntry[], kind: 'status' | 'deadline'): IsoDate | null {
  let since: IsoDate | null = null;
  for (const entry of history) {
    if (entry.type !== 'created' && entry.type !== kind) continue;
    const day = latestDay(entry);
    if (since === null || day > since) since = day;
  }
  return since;
}

/**
 * A history in the order the replay applies it: by when each change happened (its latest day, see above), then
 * by when it was recorded. The order a history is shown in, so that what is read and what is counted agree.
 */
export function historyInOrder<T extends HistoryEntry>(history: readonly T[]): T[] {
  return [...history].sort(compareByLatestDay);
}

function compareByLatestDay(a: HistoryEntry, b: HistoryEntry): number {
  return latestDay(a).localeCompare(latestDay(b)) || a.recordedAt.localeCompare(b.recordedAt);
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
      replacedBy: state.replacedBy,
      history: measure.history.filter((entry) => latestDay(entry) <= asOf),
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
