import { useLayoutEffect, useState, type RefObject } from 'react';

export interface ElementWidthOptions {
  /** `em`: in the element's own font size, to match a container query written in em. */
  unit?: 'px' | 'em';
  /** The width until the element is there to measure. */
  initial?: number;
}

/**
 * The width of an element, measured when it mounts and followed as it changes (a chart's axes adapt
 * to a phone's width; the measure list expects taller rows when it is laid out as cards).
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>, { unit = 'px', initial = 0 }: ElementWidthOptions = {}): number {
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const inUnit = (px: number) => (unit === 'em' ? px / (Number.parseFloat(getComputedStyle(element).fontSize) || 16) : px);
    setWidth(inUnit(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(inUnit(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, unit]);
  return width;
}
