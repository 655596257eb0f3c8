import { queryOptions, useQuery } from '@tanstack/react-query';
import { summarySchema, type Summary } from '@/domain/api-contract';
import { apiRequest } from '@/lib/api-client';
import { measureKeys, type MeasureScope } from '@/lib/measures/measure-keys';

/** The counts of a scope (`/api/summary`); under `measureKeys`, so that an edit refreshes them. */
export function getSummary(scope: MeasureScope, signal?: AbortSignal): Promise<Summary> {
  const params = { ...(scope.plan.length === 0 ? {} : { plan: scope.plan }), ...(scope.asOf === null ? {} : { asOf: scope.asOf }) };
  return apiRequest('/api/summary', summarySchema, { params, signal });
}

export const summaryQueryOptions = (scope: MeasureScope) =>
  queryOptions({
    queryKey: measureKeys.summary(scope),
    queryFn: ({ signal }) => getSummary(scope, signal),
  });

/** `enabled` is false while the address holds a date that cannot be asked for. */
export function useSummary(scope: MeasureScope, enabled = true) {
  return useQuery({ ...summaryQueryOptions(scope), enabled });
}
