import { queryOptions, useQuery } from '@tanstack/react-query';
import { municipalityListSchema, type MunicipalityList } from '@/domain/municipality';
import { apiRequest } from '@/lib/api-client';
import { municipalityKeys } from './municipality-keys';

/** Every municipality (357): the picker searches them in the browser, so that each keystroke answers at once. */
export function getMunicipalities(signal?: AbortSignal): Promise<MunicipalityList> {
  return apiRequest('/api/municipalities', municipalityListSchema, { signal });
}

export const municipalitiesQueryOptions = () =>
  queryOptions({
    queryKey: municipalityKeys.list(),
    queryFn: ({ signal }) => getMunicipalities(signal),
    // The division changes at most once a year.
    staleTime: Infinity,
  });

export function useMunicipalities() {
  return useQuery(municipalitiesQueryOptions());
}
