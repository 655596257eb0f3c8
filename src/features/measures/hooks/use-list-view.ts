import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { today } from '@/lib/clock';
import { listViewToParams, parseListView, type ListView } from '../utils/list-view';

/**
 * The list view kept in the address: read (and checked) from it, and written back to it, so that a
 * copied link restores the same view. Writing drops whatever could not be read.
 */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const date = today();
  const { view, issues } = useMemo(() => parseListView(params, date), [params, date]);
  const update = useCallback(
    (change: (current: ListView) => ListView, options: { replace?: boolean } = {}) => {
      setParams((current) => listViewToParams(change(parseListView(current, today()).view)), { replace: options.replace ?? false });
    },
    [setParams],
  );
  return { view, issues, update };
}

export type ListViewState = ReturnType<typeof useListView>;
