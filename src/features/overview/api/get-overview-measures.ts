import { queryOptions, useQuery } from '@tanstack/react-query';
import { measurePageSchema, type MeasurePage } from '@/domain/api-contract';
import type { IsoDate } from '@/domain/date-point';
import { apiRequest } from '@/lib/api-client';

export interface OverviewMeasuresParams {
  plan?: string[];
  asOf?: IsoDate;
}

/**
 * Under the `measures` key, so that whatever invalidates measures (an edit) refreshes the
 * overview's charts too.
 */
export const overviewMeasuresKeys = {
  all: ['measures', 'overview'] as const,
  list: (params: OverviewMeasuresParams) => [...overviewMeasuresKeys.all, params] as const,
};

/** The API's largest page (MAX_PAGE_SIZE in measure-query.ts, not imported to keep that module off a first visit). */
export const ALL_MEASURES_PAGE_SIZE = 1000;

/** Every measure (as it stood on `asOf`), for the deadline and burn-up charts. */
export function getOverviewMeasures(params: OverviewMeasuresParams, signal?: AbortSignal): Promise<MeasurePage> {
  return apiRequest('/api/measures', measurePageSchema, { params: { ...params, pageSize: ALL_MEASURES_PAGE_SIZE }, signal });
}

export function useOverviewMeasures(params: OverviewMeasuresParams, enabled = true) {
  return useQuery({
    ...queryOptions({ queryKey: overviewMeasuresKeys.list(params), queryFn: ({ signal }) => getOverviewMeasures(params, signal) }),
    enabled,
  });
}
