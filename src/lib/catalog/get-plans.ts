import { queryOptions, useQuery } from '@tanstack/react-query';
import { planListSchema } from '@/domain/api-contract';
import type { Plan } from '@/domain/plan';
import { apiRequest } from '../api-client';
import { catalogKeys } from './catalog-keys';

export async function getPlans(signal?: AbortSignal): Promise<Plan[]> {
  const response = await apiRequest('/api/plans', planListSchema, { signal });
  return response.items;
}

export const plansQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.plans(),
    queryFn: ({ signal }) => getPlans(signal),
    // Plans change when a new plan is added, not during a session.
    staleTime: 60 * 60_000,
  });

export function usePlans() {
  return useQuery(plansQueryOptions());
}
