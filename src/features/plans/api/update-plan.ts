import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planSchema, type Plan } from '@/domain/plan';
import type { PlanPatch } from '@/domain/plan-registration';
import { apiRequest } from '@/lib/api-client';
import { catalogKeys } from '@/lib/catalog/catalog-keys';
import { planKeys } from './plan-keys';

/** PATCH /api/plans/:id: only the fields that change, on top of the version the admin loaded (409 if it moved on). */
export function updatePlan(id: string, version: number, patch: PlanPatch): Promise<Plan> {
  return apiRequest(`/api/plans/${encodeURIComponent(id)}`, planSchema, { method: 'PATCH', body: patch, headers: { 'If-Match': `"${version}"` } });
}

interface Variables {
  patch: PlanPatch;
  /** The version the admin edited. */
  version: number;
}

/**
 * Saves a change to a plan. The edit page holds the server's answer at once; the plans every page shows are read
 * again, so that its new title or reference shows everywhere without a reload.
 */
export function useUpdatePlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ patch, version }: Variables) => updatePlan(id, version, patch),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.detail(id), plan);
      return queryClient.invalidateQueries({ queryKey: catalogKeys.plans() });
    },
  });
}
