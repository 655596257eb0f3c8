import { latestDay } from './as-of';
import type { DatePoint } from './date-point';
import type { HistoryEntry, Measure, MeasureSummary } from './measure';
import { deadlineMoves } from './slippage';

/** When the current status was reached: the last status change, or the plan itself. */
export function statusSince(measure: Pick<Measure, 'history'>): DatePoint {
  let since: DatePoint | undefined;
  for (const entry of measure.history) {
    if (entry.type === 'status' || entry.type === 'created') since = entry.effective;
  }
  if (since === undefined) throw new Error('A measure history starts with a created entry');
  return since;
}

/**
 * When the last change in a history happened: the effective date of the entry the replay applies last (by its
 * latest day, then by when it was recorded; see historyInOrder in as-of.ts). Every entry counts (a note or a
 * source is news too); the import date of the dataset (`recordedAt`, `updatedAt`) does not.
 */
export function lastChange(history: readonly HistoryEntry[]): DatePoint {
  let last: HistoryEntry | undefined;
  let lastDay = '';
  for (const entry of history) {
    const day = latestDay(entry);
    if (last === undefined || day > lastDay || (day === lastDay && entry.recordedAt >= last.recordedAt)) {
      last = entry;
      lastDay = day;
    }
  }
  if (last === undefined) throw new Error('A measure history starts with a created entry');
  return last.effective;
}

/** A measure as a list shows it: without the history, with what the list needs from it. */
export function toMeasureSummary(measure: Measure): MeasureSummary {
  const { history, ...rest } = measure;
  return { ...rest, historyLength: history.length, statusSince: statusSince(measure), deadlineMoves: deadlineMoves(measure), lastChange: lastChange(history) };
}
