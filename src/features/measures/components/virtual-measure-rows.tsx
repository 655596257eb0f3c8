import { useWindowVirtualizer } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

interface VirtualMeasureRowsProps {
  count: number;
  /** The list's distance from the top of the document (the virtualizer counts from there). */
  scrollMargin: number;
  cards: boolean;
  getKey: (index: number) => string | number;
  /** A row at its place: `top` in px from the body's top, `measureRef` to tell the virtualizer its real height. */
  renderRow: (index: number, top: number, measureRef: (element: HTMLElement | null) => void) => ReactNode;
}

/**
 * The body of a long measure list, virtualized against the window's scroll: only the rows in view (and a few
 * around them) are in the document, so 10,000 rows scroll as smoothly as 28. In a file of its own, loaded when a
 * list is long (measure-list.tsx): the virtualizer is a third of the list page's code, and the plans' own lists
 * are short.
 */
export function VirtualMeasureRows({ count, scrollMargin, cards, getKey, renderRow }: VirtualMeasureRowsProps) {
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => (cards ? 150 : 76),
    overscan: 8,
    scrollMargin,
    getItemKey: getKey,
  });
  return (
    <div role="rowgroup" className="measure-list__body" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((row) => renderRow(row.index, row.start - virtualizer.options.scrollMargin, virtualizer.measureElement))}
    </div>
  );
}
