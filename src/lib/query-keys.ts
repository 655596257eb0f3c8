import type { IsoDate } from '@/domain/date-point';

/**
 * Query keys that more than one feature needs: the measures feature reads measures and the editing
 * feature updates them; the overview reads the summary and editing makes it stale.
 */
export const measureKeys = {
  all: ['measures'] as const,
  lists: () => [...measureKeys.all, 'list'] as const,
  list: (params: object) => [...measureKeys.lists(), params] as const,
  /** Every measure at once (the explorer filters and sorts them in the browser), today or as of a date. */
  everything: (asOf: IsoDate | undefined) => [...measureKeys.lists(), 'all', { asOf: asOf ?? null }] as const,
  details: () => [...measureKeys.all, 'detail'] as const,
  detail: (id: string) => [...measureKeys.details(), id] as const,
};

export const summaryRootKey = ['summary'] as const;

/** A municipality's duties carry the status of the measures behind them, so an edit makes them stale. */
export const municipalityDutiesRootKey = ['municipalities', 'duties'] as const;
