import type { DatePoint } from './date-point';
import type { Measure, MeasureSummary } from './measure';
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

/** A measure as a list shows it: without the history, with what the list needs from it. */
export function toMeasureSummary(measure: Measure): MeasureSummary {
  const { history, ...rest } = measure;
  return { ...rest, historyLength: history.length, statusSince: statusSince(measure), deadlineMoves: deadlineMoves(measure) };
}
