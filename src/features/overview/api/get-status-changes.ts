import { queryOptions, useQuery } from '@tanstack/react-query';
import { statusChangesSchema, type StatusChanges } from '@/domain/api-contract';
import { apiRequest } from '@/lib/api-client';
import { measureKeys, type StatusChangeRange } from '@/lib/measures/measure-keys';

/** The measures whose status moved between two dates (`/api/status-changes`); an edit refreshes them. */
export function getStatusChanges(range: StatusChangeRange, signal?: AbortSignal): Promise<StatusChanges> {
  const params = { from: range.from, ...(range.to === null ? {} : { to: range.to }), ...(range.plan.length === 0 ? {} : { plan: range.plan }) };
  return apiRequest('/api/status-changes', statusChangesSchema, { params, signal });
}

export const statusChangesQueryOptions = (range: StatusChangeRange) =>
  queryOptions({
    queryKey: measureKeys.statusChanges(range),
    queryFn: ({ signal }) => getStatusChanges(range, signal),
  });

export function useStatusChanges(range: StatusChangeRange) {
  return useQuery(statusChangesQueryOptions(range));
}
