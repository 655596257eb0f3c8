import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
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
  // React Router's functional setter starts from the address of the last render, so two writes before
  // the next render (a sort click while the search box's write is under way) would lose the first.
  // Each write starts from the latest address, written or rendered.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: (current: ListView) => ListView, options: { replace?: boolean } = {}) => {
      const next = listViewToParams(change(parseListView(latest.current, today()).view));
      latest.current = next;
      setParams(next, { replace: options.replace ?? false });
    },
    [setParams],
  );
  return { view, issues, update };
}

export type ListViewState = ReturnType<typeof useListView>;
