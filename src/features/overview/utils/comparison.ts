import type { Summary } from '@/domain/api-contract';
import type { Status } from '@/domain/status';
import { PROGRESS_ORDER } from './area-progress';

export type ComparisonKey = 'total' | Status | 'overdue' | 'dueWithinYear';

export interface ComparisonRow {
  key: ComparisonKey;
  before: number;
  after: number;
  /** after − before */
  change: number;
}

function figure(summary: Summary, key: ComparisonKey): number {
  if (key === 'total') return summary.totals.total;
  if (key === 'overdue') return summary.overdue;
  if (key === 'dueWithinYear') return summary.dueWithinYear;
  return summary.totals.counts[key];
}

/** The figures on two dates side by side: the total, each status in the charts' order, overdue and due soon. */
export function compareSummaries(before: Summary, after: Summary): ComparisonRow[] {
  const keys: ComparisonKey[] = ['total', ...PROGRESS_ORDER, 'overdue', 'dueWithinYear'];
  return keys.map((key) => {
    const from = figure(before, key);
    const to = figure(after, key);
    return { key, before: from, after: to, change: to - from };
  });
}
