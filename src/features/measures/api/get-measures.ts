import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { measurePageSchema, type MeasurePage } from '@/domain/api-contract';
import type { IsoDate } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import type { Instrument } from '@/domain/measure';
import type { MeasureSortKey } from '@/domain/measure-query';
import type { Status } from '@/domain/status';
import { apiRequest } from '@/lib/api-client';
import { measureKeys } from './measure-keys';

export interface MeasureListParams {
  plan?: string[];
  area?: string[];
  status?: Status[];
  instrument?: Instrument[];
  responsible?: string[];
  overdue?: boolean;
  hasObligation?: boolean;
  deadlineFrom?: number;
  deadlineTo?: number;
  dueWithinMonths?: number;
  asOf?: IsoDate;
  q?: string;
  sort?: MeasureSortKey;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
  lang?: Language;
}

export function getMeasures(params: MeasureListParams, signal?: AbortSignal): Promise<MeasurePage> {
  return apiRequest('/api/measures', measurePageSchema, { params: { ...params }, signal });
}

export const measuresQueryOptions = (params: MeasureListParams) =>
  queryOptions({
    queryKey: measureKeys.list(params),
    queryFn: ({ signal }) => getMeasures(params, signal),
    placeholderData: keepPreviousData,
  });

export function useMeasures(params: MeasureListParams) {
  return useQuery(measuresQueryOptions(params));
}
