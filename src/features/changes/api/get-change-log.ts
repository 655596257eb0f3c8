import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { changeLogPageSchema, type ChangeLogFilters, type ChangeLogItem, type ChangeLogPage, type ChangeLogQuery } from '@/domain/change-log';
import { MAX_PAGE_SIZE } from '@/domain/measure-list-query';
import { apiRequest } from '@/lib/api-client';
import { measureKeys } from '@/lib/measures/measure-keys';
import { readAllPages } from '@/lib/read-all-pages';

/** One page of `/api/changes`. */
export function getChangeLog(query: ChangeLogQuery, signal?: AbortSignal): Promise<ChangeLogPage> {
  return apiRequest('/api/changes', changeLogPageSchema, { params: { ...query }, signal });
}

/**
 * Every change that matches the filters, page by page (for an export). The log is newest first, so a change
 * recorded while it is read shifts every page: then it is read again (read-all-pages.ts), never given cut or
 * with a change twice.
 */
export async function getWholeChangeLog(filters: ChangeLogFilters): Promise<ChangeLogItem[]> {
  const { items } = await readAllPages((page) => getChangeLog({ ...filters, page, pageSize: MAX_PAGE_SIZE }), {
    pageSize: MAX_PAGE_SIZE,
    changedMessage: 'The log of changes changed while it was read; try again.',
  });
  return items;
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
