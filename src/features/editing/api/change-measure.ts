import { useMutation, useQueryClient } from '@tanstack/react-query';
import { conflictSchema, measureDetailSchema, type Conflict } from '@/domain/api-contract';
import type { Measure } from '@/domain/measure';
import { applyChange, type MeasureChange } from '@/domain/measure-change';
import { apiRequest, isApiError } from '@/lib/api-client';
import { now } from '@/lib/clock';
import { invalidateMeasureData } from '@/lib/measures/invalidate-measure-data';
import { measureKeys } from '@/lib/measures/measure-keys';

export function changeMeasure(id: string, version: number, change: MeasureChange): Promise<Measure> {
  return apiRequest(`/api/measures/${encodeURIComponent(id)}`, measureDetailSchema, {
    method: 'PATCH',
    body: change,
    headers: { 'If-Match': `"${version}"` },
  });
}

/** The server's side of a 409: the measure as it is now. */
export function conflictOf(error: unknown): Conflict | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const parsed = conflictSchema.safeParse(error.body);
  return parsed.success ? parsed.data : null;
}

interface Variables {
  change: MeasureChange;
  /** The version the user edited; the server refuses the change if it has moved on. */
  baseVersion: number;
  authorName: string;
}

/**
 * Saves a change. The page shows it at once (optimistic) and rolls back if the server refuses; on a
 * conflict the page shows the server's current state. Everything read from measures is refreshed after.
 */
export function useChangeMeasure(measureId: string) {
  const queryClient = useQueryClient();
  const detailKey = measureKeys.detail(measureId);
  return useMutation({
    mutationFn: ({ change, baseVersion }: Variables) => changeMeasure(measureId, baseVersion, change),
    onMutate: async ({ change, authorName }: Variables) => {
      await queryClient.cancelQueries({ queryKey: detailKey });
      const previous = queryClient.getQueryData<Measure>(detailKey);
      if (previous) queryClient.setQueryData<Measure>(detailKey, applyChange(previous, change, { name: authorName }, now()));
      return { previous };
    },
    onError: (error, _variables, context) => {
      const conflict = conflictOf(error);
      if (conflict) queryClient.setQueryData<Measure>(detailKey, conflict.current);
      else if (context?.previous) queryClient.setQueryData<Measure>(detailKey, context.previous);
    },
    onSuccess: (measure) => {
      queryClient.setQueryData<Measure>(detailKey, measure);
    },
    // Saved or not, everything made from measures is read again: lists, the overview's and the analysis'
    // scopes, the summary, status changes and the duties (invalidate-measure-data.ts); the measure itself
    // holds the server's answer already (or, after a failed save, what it was before).
    onSettled: () => invalidateMeasureData(queryClient, { keep: detailKey }),
  });
}
