import { queryOptions, useQuery } from '@tanstack/react-query';
import { measureDetailSchema } from '@/domain/api-contract';
import type { Measure } from '@/domain/measure';
import { apiRequest } from '@/lib/api-client';
import { measureKeys } from './measure-keys';

/** One measure with its whole history. */
export function getMeasure(id: string, signal?: AbortSignal): Promise<Measure> {
  return apiRequest(`/api/measures/${encodeURIComponent(id)}`, measureDetailSchema, { signal });
}

export const measureQueryOptions = (id: string) =>
  queryOptions({
    queryKey: measureKeys.detail(id),
    queryFn: ({ signal }) => getMeasure(id, signal),
  });

export function useMeasure(id: string) {
  return useQuery(measureQueryOptions(id));
}
