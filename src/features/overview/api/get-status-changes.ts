import { queryOptions, useQuery } from '@tanstack/react-query';
import { statusChangesSchema, type StatusChanges } from '@/domain/api-contract';
import type { IsoDate } from '@/domain/date-point';
import { apiRequest } from '@/lib/api-client';

export interface StatusChangesParams {
  from: IsoDate;
  /** Left out for today. */
  to?: IsoDate;
  plan?: string[];
}

export const statusChangesKeys = {
  all: ['status-changes'] as const,
  detail: (params: StatusChangesParams) => [...statusChangesKeys.all, params] as const,
};

export function getStatusChanges(params: StatusChangesParams, signal?: AbortSignal): Promise<StatusChanges> {
  return apiRequest('/api/status-changes', statusChangesSchema, { params: { ...params }, signal });
}

export const statusChangesQueryOptions = (params: StatusChangesParams) =>
  queryOptions({
    queryKey: statusChangesKeys.detail(params),
    queryFn: ({ signal }) => getStatusChanges(params, signal),
  });

export function useStatusChanges(params: StatusChangesParams) {
  return useQuery(statusChangesQueryOptions(params));
}
