import { queryOptions, useQuery } from '@tanstack/react-query';
import { areaListSchema } from '@/domain/api-contract';
import type { Area } from '@/domain/area';
import { apiRequest } from '../api-client';
import { catalogKeys } from './catalog-keys';

export async function getAreas(signal?: AbortSignal): Promise<Area[]> {
  const response = await apiRequest('/api/areas', areaListSchema, { signal });
  return response.items;
}

export const areasQueryOptions = () =>
  queryOptions({
    queryKey: catalogKeys.areas(),
    queryFn: ({ signal }) => getAreas(signal),
    staleTime: 60 * 60_000,
  });

export function useAreas() {
  return useQuery(areasQueryOptions());
}
