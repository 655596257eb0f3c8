import { queryOptions, useQuery } from '@tanstack/react-query';
import type { IsoDate } from '@/domain/date-point';
import type { MeasureSummary } from '@/domain/measure';
import { MAX_PAGE_SIZE } from '@/domain/measure-query';
import { getMeasures } from './get-measures';
import { measureKeys } from './measure-keys';

export interface MeasureSet {
  items: MeasureSummary[];
  /** The date the server judged "overdue" on: today, or the as-of date. */
  today: IsoDate;
}

/**
 * Every measure (as it stood on `asOf`, when given), fetched once so that the list can filter and
 * sort in the browser without a round trip per keystroke. The API pages at most MAX_PAGE_SIZE at a
 * time: the first page says how many there are, and the rest are fetched side by side.
 */
export async function getAllMeasures(asOf: IsoDate | undefined, signal?: AbortSignal): Promise<MeasureSet> {
  const base = { asOf, pageSize: MAX_PAGE_SIZE, sort: 'number' as const };
  const first = await getMeasures({ ...base, page: 1 }, signal);
  const pageCount = Math.ceil(first.total / MAX_PAGE_SIZE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, index) => getMeasures({ ...base, page: index + 2 }, signal)),
  );
  const items = [first, ...rest].flatMap((page) => page.items);
  return { items, today: first.today };
}

export const allMeasuresQueryOptions = (asOf: IsoDate | undefined) =>
  queryOptions({
    queryKey: measureKeys.everything(asOf),
    queryFn: ({ signal }) => getAllMeasures(asOf, signal),
  });

export function useAllMeasures(asOf: IsoDate | undefined) {
  return useQuery(allMeasuresQueryOptions(asOf));
}
