import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planConflictSchema, planRegistrationResultSchema, type PlanConflict, type PlanCreation, type PlanRegistrationResult } from '@/domain/plan-registration';
import { apiRequest, isApiError } from '@/lib/api-client';
import { catalogKeys } from '@/lib/catalog/catalog-keys';
import { invalidateMeasureData } from '@/lib/measures/invalidate-measure-data';

/** POST /api/plans: the plan and its measures in one request, saved all together or not at all. */
export function registerPlan(body: PlanCreation): Promise<PlanRegistrationResult> {
  return apiRequest('/api/plans', planRegistrationResultSchema, { method: 'POST', body });
}

/** A 409's plan: the one that has the id already. */
export function planConflictOf(error: unknown): PlanConflict | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = planConflictSchema.safeParse(error.body);
  return parsed.success ? parsed.data : null;
}

/**
 * Registers a plan. Once it is saved, the plans and everything made from measures are read again, so that the new
 * plan and its measures show on every page without a reload.
 */
export function useRegisterPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: registerPlan,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: catalogKeys.plans() }), invalidateMeasureData(queryClient)]),
  });
}
