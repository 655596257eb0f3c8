import type { Area } from './area';
import type { Measure } from './measure';
import { emptyStatusCounts, type Status } from './status';

export interface AreaProgress {
  areaId: string;
  counts: Record<Status, number>;
  total: number;
  completed: number;
  /** completed / total, in [0, 1]; 0 for an area without measures. */
  completedShare: number;
}

/**
 * Counts by status for each area, in the areas' own order. Areas without measures are kept (with
 * zero counts) so that a chart shows them; measures in an unknown area are counted under their own
 * id at the end rather than dropped.
 */
export function progressByArea(
  measures: readonly Pick<Measure, 'areaId' | 'status'>[],
  areas: readonly Pick<Area, 'id' | 'order'>[],
): AreaProgress[] {
  const byArea = new Map<string, Record<Status, number>>();
  for (const area of [...areas].sort((a, b) => a.order - b.order)) {
    byArea.set(area.id, emptyStatusCounts());
  }
  for (const measure of measures) {
    let counts = byArea.get(measure.areaId);
    if (counts === undefined) {
      counts = emptyStatusCounts();
      byArea.set(measure.areaId, counts);
    }
    counts[measure.status] += 1;
  }
  return [...byArea.entries()].map(([areaId, counts]) => ({ areaId, ...summarize(counts) }));
}

export type Progress = Omit<AreaProgress, 'areaId'>;

/** The same figures for a whole set of measures. */
export function overallProgress(measures: readonly Pick<Measure, 'status'>[]): Progress {
  const counts = emptyStatusCounts();
  for (const measure of measures) counts[measure.status] += 1;
  return summarize(counts);
}

function summarize(counts: Record<Status, number>): Progress {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  return {
    counts,
    total,
    completed: counts.completed,
    completedShare: total === 0 ? 0 : counts.completed / total,
  };
}
