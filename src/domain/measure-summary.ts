import { historyInOrder, latestDay } from './as-of';
import type { DatePoint, IsoDate } from './date-point';
import type { HistoryEntry, LastReason, Measure, MeasureSummary } from './measure';
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

/**
 * The last reason the history gives by `asOf` (the entries in the order they are counted, src/domain/as-of.ts):
 * the reason of the latest entry that had happened by then, or a note's text when it gives no reason.
 */
export function lastReason(history: readonly HistoryEntry[], asOf: IsoDate): LastReason | null {
  const entries = historyInOrder(history).filter((entry) => latestDay(entry) <= asOf);
  for (let index = entries.length - 1; index >= 0; index -= 1) {
    const entry = entries[index];
    if (entry === undefined) continue;
    const text = entry.reason ?? (entry.type === 'note' ? entry.text : undefined);
    if (text !== undefined && text.trim() !== '') return { effective: entry.effective, text: text.trim(), language: entry.language };
  }
  return null;
}

/** After every day a history can name (the latest a date point can stand for). */
const END_OF_TIME: IsoDate = '9999-12-31';

/**
 * A measure as a list shows it: without the history, with what the list needs from it. The history is the one
 * of the date served (the replay leaves out what had not happened yet), so its last reason is that date's.
 */
export function toMeasureSummary(measure: Measure): MeasureSummary {
  const { history, ...rest } = measure;
  return {
    ...rest,
    historyLength: history.length,
    statusSince: statusSince(measure),
    deadlineMoves: deadlineMoves(measure),
    lastChange: lastChange(history),
    lastReason: lastReason(history, END_OF_TIME),
  };
}
