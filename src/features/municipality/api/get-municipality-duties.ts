import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/date-point';
import { municipalityDutiesSchema, type MunicipalityDuties } from '@/domain/municipality';
import { apiRequest } from '@/lib/api-client';
import { municipalityKeys } from './municipality-keys';

export function getMunicipalityDuties(number: string, asOf: IsoDate | null, signal?: AbortSignal): Promise<MunicipalityDuties> {
  return apiRequest(`/api/municipalities/${encodeURIComponent(number)}/duties`, municipalityDutiesSchema, { params: { asOf }, signal });
}

export const municipalityDutiesQueryOptions = (number: string, asOf: IsoDate | null) =>
  queryOptions({
    queryKey: municipalityKeys.duties(number, asOf),
    queryFn: ({ signal }) => getMunicipalityDuties(number, asOf, signal),
  });

/** `enabled` is false while the address holds a number or date that cannot be asked for. */
export function useMunicipalityDuties(number: string, asOf: IsoDate | null, enabled = true) {
  return useQuery({ ...municipalityDutiesQueryOptions(number, asOf), enabled });
}
