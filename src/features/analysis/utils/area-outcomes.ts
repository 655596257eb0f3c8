import { outcomesBy } from '@/domain/analysis';
import type { Area } from '@/domain/area';
import type { IsoDate } from '@/domain/date-point';
import type { AnalysisMeasure } from './analysis-data';

/**
 * How late, by area: the done measures by years of slippage (0 or earlier is on time, 4 or more
 * together), and the ones still open past their target, in this order in the chart, its legend and
 * its table.
 */
export const SLIPPAGE_BUCKETS = ['onTime', 'late1', 'late2', 'late3', 'late4plus', 'openLate'] as const;
export type SlippageBucket = (typeof SLIPPAGE_BUCKETS)[number];

export interface AreaOutcomeRow {
  areaId: string;
  name: string;
  counts: Record<SlippageBucket, number>;
  /** Measures with a target year the analysis can use. */
  withTarget: number;
  /** Done (with a known year) or open past the target: those whose timeliness can be judged. */
  judged: number;
  /** Open and not yet due, done at an unknown time, or cancelled/replaced. */
  notJudged: number;
  onTimeShare: number | null;
  medianSlippage: number | null;
}

export function bucketOf(years: number): Exclude<SlippageBucket, 'openLate'> {
  if (years <= 0) return 'onTime';
  if (years === 1) return 'late1';
  if (years === 2) return 'late2';
  if (years === 3) return 'late3';
  return 'late4plus';
}

/** One row per area, in the catalogue's order (areas without measures in view too, with nothing to judge). */
export function areaOutcomeRows(measures: readonly AnalysisMeasure[], areas: readonly Area[], today: IsoDate, nameOf: (area: Area) => string): AreaOutcomeRow[] {
  const names = new Map(areas.map((area) => [area.id, nameOf(area)]));
  return outcomesBy(measures, (measure) => measure.areaId, today, areas.map((area) => area.id)).map((outcome) => {
    const counts = Object.fromEntries(SLIPPAGE_BUCKETS.map((bucket) => [bucket, 0])) as Record<SlippageBucket, number>;
    for (const years of outcome.doneSlippage) counts[bucketOf(years)] += 1;
    counts.openLate = outcome.openLate.length;
    return {
      areaId: outcome.key,
      name: names.get(outcome.key) ?? outcome.key,
      counts,
      withTarget: outcome.withTarget,
      judged: outcome.doneSlippage.length + outcome.openLate.length,
      notJudged: outcome.notJudged,
      onTimeShare: outcome.onTimeShare,
      medianSlippage: outcome.medianSlippage,
    };
  });
}

export interface AreaOutcomeFacts {
  judged: number;
  onTime: number;
  /** On time among all judged, over every area; null when none can be judged. */
  onTimeShare: number | null;
  late: number;
  openLate: number;
  notJudged: number;
  /** Areas with nothing to judge. */
  areasWithout: number;
  /** The judged area with the lowest on-time share (the first in order on a tie); null when none. */
  lowest: { name: string; share: number; judged: number } | null;
}

export function areaOutcomeFacts(rows: readonly AreaOutcomeRow[]): AreaOutcomeFacts {
  const sum = (value: (row: AreaOutcomeRow) => number) => rows.reduce((total, row) => total + value(row), 0);
  const judged = sum((row) => row.judged);
  const onTime = sum((row) => row.counts.onTime);
  const openLate = sum((row) => row.counts.openLate);
  let lowest: AreaOutcomeFacts['lowest'] = null;
  for (const row of rows) {
    if (row.onTimeShare !== null && (lowest === null || row.onTimeShare < lowest.share)) lowest = { name: row.name, share: row.onTimeShare, judged: row.judged };
  }
  return {
    judged,
    onTime,
    onTimeShare: judged === 0 ? null : onTime / judged,
    late: judged - onTime - openLate,
    openLate,
    notJudged: sum((row) => row.notJudged),
    areasWithout: rows.filter((row) => row.judged === 0).length,
    lowest,
  };
}

/** The most measures in one area's stack (the slippage chart's axis). */
export function largestStack(rows: readonly AreaOutcomeRow[]): number {
  return Math.max(0, ...rows.map((row) => row.judged));
}
