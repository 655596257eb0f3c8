import { queryOptions, useQuery } from '@tanstack/react-query';
import { planSchema, type Plan } from '@/domain/plan';
import { apiRequest } from '@/lib/api-client';
import { planKeys } from './plan-keys';

/** GET /api/plans/:id: the plan as stored now, with the version a change must name (If-Match). */
export function getPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return apiRequest(`/api/plans/${encodeURIComponent(id)}`, planSchema, { signal });
}

export const planQueryOptions = (id: string) =>
  queryOptions({
    queryKey: planKeys.detail(id),
    queryFn: ({ signal }) => getPlan(id, signal),
  });

export function usePlan(id: string) {
  return useQuery(planQueryOptions(id));
}
