import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { measurePageSchema, type MeasurePage } from '@/domain/api-contract';
import type { IsoDate } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import type { Instrument } from '@/domain/measure';
import type { MeasureSortKey } from '@/domain/measure-list-query';
import type { Status } from '@/domain/status';
import { apiRequest } from '@/lib/api-client';
import { measureKeys } from './measure-keys';

/** The parameters of `GET /api/measures` (docs/api.md). */
export interface MeasureListParams {
  plan?: readonly string[];
  area?: readonly string[];
  status?: readonly Status[];
  instrument?: readonly Instrument[];
  responsible?: readonly string[];
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

/** One page of measures. To read every measure of a scope, use get-measure-scope.ts, which pages through. */
export function getMeasurePage(params: MeasureListParams, signal?: AbortSignal): Promise<MeasurePage> {
  return apiRequest('/api/measures', measurePageSchema, { params: { ...params }, signal });
}

export const measurePageQueryOptions = (params: MeasureListParams) =>
  queryOptions({
    queryKey: measureKeys.list(params),
    queryFn: ({ signal }) => getMeasurePage(params, signal),
    placeholderData: keepPreviousData,
  });

export function useMeasurePage(params: MeasureListParams) {
  return useQuery(measurePageQueryOptions(params));
}
