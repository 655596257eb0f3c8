import { measuresAsOf } from '@/domain/as-of';
import type { IsoDate } from '@/domain/date-point';
import type { Measure } from '@/domain/measure';
import { db } from './db';

/** A measure as the API shows it on a date: its state replayed from its history (src/domain/as-of.ts). */
export type MeasureOnDate = Measure & { uncertain: boolean };

/**
 * The mock's one status rule: every endpoint serves the measures as their histories replay to a date, today
 * or the `asOf` asked for, with the same function (`measuresAsOf`), so that the list, the detail, the summary,
 * the status changes and the duties cannot disagree about a measure's status. The stored record's own
 * status, deadline and completion are never served as they are.
 *
 * The last replay is kept, keyed by the store's revision and the date: a client paging through 10,000
 * measures, or a page asking for the list and the summary of the same day, replays them once.
 */
let last: { revision: number; date: IsoDate; measures: MeasureOnDate[]; byId: Map<string, MeasureOnDate> } | null = null;

export function measuresOn(date: IsoDate): MeasureOnDate[] {
  return replayed(date).measures;
}

/** One measure on a date; undefined when it did not exist yet (or has no such id). */
export function measureOn(id: string, date: IsoDate): MeasureOnDate | undefined {
  return replayed(date).byId.get(id);
}

function replayed(date: IsoDate) {
  if (last?.revision !== db.revision || last.date !== date) {
    const measures = measuresAsOf(db.allMeasures(), date);
    last = { revision: db.revision, date, measures, byId: new Map(measures.map((measure) => [measure.id, measure])) };
  }
  return last;
}

/** Without the replay's `uncertain` mark, which the measure contract has no field for. */
export function withoutReplayFlag({ uncertain, ...measure }: MeasureOnDate): Measure {
  return measure;
}
