import type { IsoDate } from '@/domain/date-point';
import type { MeasureListParams } from './get-measures';

/** Query keys for measures: a list key per set of parameters, a detail key per id. */
export const measureKeys = {
  all: ['measures'] as const,
  lists: () => [...measureKeys.all, 'list'] as const,
  list: (params: MeasureListParams) => [...measureKeys.lists(), params] as const,
  /** Every measure at once (the explorer filters and sorts them in the browser), today or as of a date. */
  everything: (asOf: IsoDate | undefined) => [...measureKeys.lists(), 'all', { asOf: asOf ?? null }] as const,
  details: () => [...measureKeys.all, 'detail'] as const,
  detail: (id: string) => [...measureKeys.details(), id] as const,
};
