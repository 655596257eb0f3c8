import { queryOptions, useQuery } from '@tanstack/react-query';
import { measurePageSchema } from '@/domain/api-contract';
import { MAX_PAGE_SIZE } from '@/domain/measure-query';
import { apiRequest } from '@/lib/api-client';
import { measureKeys } from '@/lib/query-keys';

/** The measures a replaced measure can point to: the others in the same plan. */
export function getReplacementCandidates(planId: string, signal?: AbortSignal) {
  return apiRequest('/api/measures', measurePageSchema, { params: { plan: [planId], pageSize: MAX_PAGE_SIZE }, signal }).then((page) => page.items);
}

export const replacementCandidatesQueryOptions = (planId: string) =>
  queryOptions({
    queryKey: measureKeys.list({ plan: [planId], pageSize: MAX_PAGE_SIZE, purpose: 'replacement' }),
    queryFn: ({ signal }) => getReplacementCandidates(planId, signal),
  });

export function useReplacementCandidates(planId: string, enabled: boolean) {
  return useQuery({ ...replacementCandidatesQueryOptions(planId), enabled });
}
