import type { Summary } from '@/domain/api-contract';
import { DUE_WITHIN_YEAR_MONTHS } from '@/domain/overdue';
import { measuresListHref, type ListFilters, type OverviewScope } from './measure-links';

export type KeyFigureKey = 'total' | 'completed' | 'inProgress' | 'atRisk' | 'overdue' | 'dueWithinYear';

export interface KeyFigure {
  key: KeyFigureKey;
  value: number;
  /** The completed share, in [0, 1], for the figure that has one. */
  share?: number;
  /** The measures list filtered to exactly the measures counted. */
  href: string;
}

const FILTERS: Record<KeyFigureKey, ListFilters> = {
  total: {},
  completed: { status: 'completed' },
  inProgress: { status: 'in_progress' },
  atRisk: { status: 'at_risk' },
  overdue: { overdue: true },
  dueWithinYear: { dueWithinMonths: DUE_WITHIN_YEAR_MONTHS },
};

/** The page's key figures, each with a link to the list of the measures it counts. */
export function keyFigures(summary: Summary, scope: OverviewScope): KeyFigure[] {
  const values: Record<KeyFigureKey, number> = {
    total: summary.totals.total,
    completed: summary.totals.completed,
    inProgress: summary.totals.counts.in_progress,
    atRisk: summary.totals.counts.at_risk,
    overdue: summary.overdue,
    dueWithinYear: summary.dueWithinYear,
  };
  return (Object.keys(FILTERS) as KeyFigureKey[]).map((key) => ({
    key,
    value: values[key],
    ...(key === 'completed' ? { share: summary.totals.completedShare } : {}),
    href: measuresListHref(FILTERS[key], scope),
  }));
}
