import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { changeLogPageSchema, type ChangeLogItem, type ChangeLogPage, type ChangeLogQuery } from '@/domain/change-log';
import { MAX_PAGE_SIZE } from '@/domain/measure-list-query';
import { apiRequest } from '@/lib/api-client';
import { measureKeys } from '@/lib/measures/measure-keys';

export type ChangeLogFilterQuery = Omit<ChangeLogQuery, 'page' | 'pageSize'>;

/** One page of `/api/changes`. */
export function getChangeLog(query: ChangeLogQuery, signal?: AbortSignal): Promise<ChangeLogPage> {
  return apiRequest('/api/changes', changeLogPageSchema, { params: { ...query }, signal });
}

/** Every change that matches the filters, page by page (for an export): the first page says how many there are. */
export async function getWholeChangeLog(filters: ChangeLogFilterQuery): Promise<ChangeLogItem[]> {
  const first = await getChangeLog({ ...filters, page: 1, pageSize: MAX_PAGE_SIZE });
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, index) => getChangeLog({ ...filters, page: index + 2, pageSize: MAX_PAGE_SIZE })));
  return [first, ...rest].flatMap((page) => page.items);
}

/**
 * The log's queries live under `measureKeys.all`, so that an edit (invalidate-measure-data.ts) refreshes them
 * with everything else made from measures.
 */
export const changeLogKeys = {
  all: () => [...measureKeys.all, 'changes'] as const,
  page: (query: ChangeLogQuery) => [...changeLogKeys.all(), query] as const,
};

export const changeLogQueryOptions = (query: ChangeLogQuery) =>
  queryOptions({
    queryKey: changeLogKeys.page(query),
    queryFn: ({ signal }) => getChangeLog(query, signal),
    // Paging or filtering keeps the page shown until the next one is there, instead of a spinner between them.
    placeholderData: keepPreviousData,
  });

export function useChangeLog(query: ChangeLogQuery) {
  return useQuery(changeLogQueryOptions(query));
}
