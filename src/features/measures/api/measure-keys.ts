import type { MeasureListParams } from './get-measures';

/** Query keys for measures: a list key per set of parameters, a detail key per id. */
export const measureKeys = {
  all: ['measures'] as const,
  lists: () => [...measureKeys.all, 'list'] as const,
  list: (params: MeasureListParams) => [...measureKeys.lists(), params] as const,
  details: () => [...measureKeys.all, 'detail'] as const,
  detail: (id: string) => [...measureKeys.details(), id] as const,
};
