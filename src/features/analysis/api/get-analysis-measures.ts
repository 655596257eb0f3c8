import { queryOptions, useQuery } from '@tanstack/react-query';
import { measurePageSchema, type MeasurePage } from '@/domain/api-contract';
import { apiRequest } from '@/lib/api-client';

export interface AnalysisMeasuresParams {
  /** Empty for all plans. */
  plan: string[];
}

/** Under the `measures` key, so that an edit to a measure refreshes the analysis too. */
export const analysisMeasuresKeys = {
  all: ['measures', 'analysis'] as const,
  list: (params: AnalysisMeasuresParams) => [...analysisMeasuresKeys.all, params] as const,
};

/** The API's largest page (MAX_PAGE_SIZE in measure-query.ts, not imported to keep the mock's module out). */
export const ANALYSIS_PAGE_SIZE = 1000;

/** Every measure of the plans chosen (all plans when none), for the analysis. */
export function getAnalysisMeasures(params: AnalysisMeasuresParams, signal?: AbortSignal): Promise<MeasurePage> {
  const query = { ...(params.plan.length === 0 ? {} : { plan: params.plan }), pageSize: ANALYSIS_PAGE_SIZE };
  return apiRequest('/api/measures', measurePageSchema, { params: query, signal });
}

export function useAnalysisMeasures(params: AnalysisMeasuresParams) {
  return useQuery(queryOptions({ queryKey: analysisMeasuresKeys.list(params), queryFn: ({ signal }) => getAnalysisMeasures(params, signal) }));
}
