import type { Summary } from '@/domain/api-contract';
import type { Area, AreaKind } from '@/domain/area';
import type { Status } from '@/domain/status';

/**
 * The order of statuses in the overview's charts, tables and legends: done first, then what is
 * under way, then what has not started, then what was closed without being done. The order is fixed
 * so that position, not only colour, tells the series apart.
 */
export const PROGRESS_ORDER: readonly Status[] = ['completed', 'in_progress', 'at_risk', 'planned', 'cancelled', 'replaced'];

export interface AreaProgressRow {
  areaId: string;
  /** The area's name in the reader's language (its id when the area is unknown). */
  name: string;
  kind: AreaKind | null;
  counts: Record<Status, number>;
  total: number;
  completed: number;
  completedShare: number;
}

/** One row per area, in the summary's (the plan's) order, named in the reader's language. */
export function areaProgressRows(
  summaryAreas: Summary['areas'],
  areas: readonly Area[],
  nameOf: (area: Area) => string,
): AreaProgressRow[] {
  const byId = new Map(areas.map((area) => [area.id, area]));
  return summaryAreas.map((row) => {
    const area = byId.get(row.areaId);
    return {
      areaId: row.areaId,
      name: area === undefined ? row.areaId : nameOf(area),
      kind: area?.kind ?? null,
      counts: row.counts,
      total: row.total,
      completed: row.completed,
      completedShare: row.completedShare,
    };
  });
}

export interface AreaProgressFacts {
  total: number;
  completed: number;
  completedShare: number;
  /** How many of the areas are satsningsområder (cross-cutting) and tjenesteområder (service areas). */
  crossCutting: number;
  serviceAreas: number;
  /**
   * The area furthest behind: the lowest share completed among areas with measures (ties: more
   * measures left, then the plan's order). Null when every measure is completed or there are none.
   */
  behind: { name: string; completed: number; total: number; completedShare: number } | null;
}

/** The figures the chart's text summary states. */
export function areaProgressFacts(rows: readonly AreaProgressRow[]): AreaProgressFacts {
  let total = 0;
  let completed = 0;
  let behind: AreaProgressRow | null = null;
  for (const row of rows) {
    total += row.total;
    completed += row.completed;
    if (row.total === 0 || row.completed === row.total) continue;
    const left = row.total - row.completed;
    if (
      behind === null ||
      row.completedShare < behind.completedShare ||
      (row.completedShare === behind.completedShare && left > behind.total - behind.completed)
    ) {
      behind = row;
    }
  }
  return {
    total,
    completed,
    completedShare: total === 0 ? 0 : completed / total,
    crossCutting: rows.filter((row) => row.kind === 'cross_cutting').length,
    serviceAreas: rows.filter((row) => row.kind === 'service_area').length,
    behind: behind && { name: behind.name, completed: behind.completed, total: behind.total, completedShare: behind.completedShare },
  };
}

/** The statuses that occur in the rows, in the fixed order: the series a chart draws and its legend lists. */
export function statusesIn(rows: readonly { counts: Record<Status, number> }[]): Status[] {
  return PROGRESS_ORDER.filter((status) => rows.some((row) => row.counts[status] > 0));
}
