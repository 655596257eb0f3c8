import { queryOptions, useQuery } from '@tanstack/react-query';
import { summarySchema, type Summary } from '@/domain/api-contract';
import type { IsoDate } from '@/domain/date-point';
import { apiRequest } from '@/lib/api-client';
import { summaryRootKey } from '@/lib/query-keys';

export interface SummaryParams {
  plan?: string[];
  asOf?: IsoDate;
}

export const summaryKeys = {
  all: summaryRootKey,
  detail: (params: SummaryParams) => [...summaryKeys.all, params] as const,
};

export function getSummary(params: SummaryParams, signal?: AbortSignal): Promise<Summary> {
  return apiRequest('/api/summary', summarySchema, { params: { ...params }, signal });
}

export const summaryQueryOptions = (params: SummaryParams) =>
  queryOptions({
    queryKey: summaryKeys.detail(params),
    queryFn: ({ signal }) => getSummary(params, signal),
  });

/** `enabled` is false while the address holds a date that cannot be asked for. */
export function useSummary(params: SummaryParams, enabled = true) {
  return useQuery({ ...summaryQueryOptions(params), enabled });
}
