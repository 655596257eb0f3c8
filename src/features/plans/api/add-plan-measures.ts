import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planRegistrationResultSchema, type MeasureBatch, type PlanRegistrationResult } from '@/domain/plan-registration';
import { apiRequest } from '@/lib/api-client';
import { catalogKeys } from '@/lib/catalog/catalog-keys';
import { invalidateMeasureData } from '@/lib/measures/invalidate-measure-data';
import { planKeys } from './plan-keys';

/**
 * POST /api/plans/:id/measures: measures added to a plan, all or none, on top of the plan's version (If-Match); the
 * plan moves one version on.
 */
export function addPlanMeasures(id: string, version: number, batch: MeasureBatch): Promise<PlanRegistrationResult> {
  return apiRequest(`/api/plans/${encodeURIComponent(id)}/measures`, planRegistrationResultSchema, { method: 'POST', body: batch, headers: { 'If-Match': `"${version}"` } });
}

interface Variables {
  batch: MeasureBatch;
  version: number;
}

/** Adds measures; once saved, the plan is the server's answer and everything made from measures is read again. */
export function useAddPlanMeasures(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ batch, version }: Variables) => addPlanMeasures(id, version, batch),
    onSuccess: ({ plan }) => {
      queryClient.setQueryData(planKeys.detail(id), plan);
      return Promise.all([queryClient.invalidateQueries({ queryKey: catalogKeys.plans() }), invalidateMeasureData(queryClient)]);
    },
  });
}
