import { measuresAsOf } from '@/domain/as-of';
import type { IsoDate } from '@/domain/date-point';
import type { Measure } from '@/domain/measure';
import type { DataSnapshot } from './store';

/** A measure as the API shows it on a date: its state replayed from its history (src/domain/as-of.ts). */
export type MeasureOnDate = Measure & { uncertain: boolean };

/**
 * The API's one status rule: every endpoint serves the measures as their histories replay to a date, today
 * or the `asOf` asked for, with the same function (`measuresAsOf`), so that the list, the detail, the summary,
 * the status changes and the duties cannot disagree about a measure's status. The stored record's own
 * status, deadline and completion are never served as they are.
 *
 * The last replay is kept, keyed by the snapshot's revision and the date: a client paging through 10,000
 * measures, or a page asking for the list and the summary of the same day, replays them once.
 */
export class Replay {
  private last: { revision: string; date: IsoDate; measures: MeasureOnDate[]; byId: Map<string, MeasureOnDate> } | null = null;

  measuresOn(snapshot: DataSnapshot, date: IsoDate): MeasureOnDate[] {
    return this.replayed(snapshot, date).measures;
  }

  /** One measure on a date; undefined when it did not exist yet (or has no such id). */
  measureOn(snapshot: DataSnapshot, id: string, date: IsoDate): MeasureOnDate | undefined {
    return this.replayed(snapshot, date).byId.get(id);
  }

  private replayed(snapshot: DataSnapshot, date: IsoDate) {
    if (this.last?.revision !== snapshot.revision || this.last.date !== date) {
      const measures = measuresAsOf([...snapshot.measures], date);
      this.last = { revision: snapshot.revision, date, measures, byId: new Map(measures.map((measure) => [measure.id, measure])) };
    }
    return this.last;
  }
}

/** Without the replay's `uncertain` mark, which the measure contract has no field for. */
export function withoutReplayFlag({ uncertain, ...measure }: MeasureOnDate): Measure {
  return measure;
}
