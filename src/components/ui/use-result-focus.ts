import { useCallback, useEffect, useRef } from 'react';

/**
 * After the address changes within the page (another page of results, filters sent), focus moves to the line
 * that says what is shown, and it scrolls into view: the link or form used may be gone (the last page has no
 * "next", the form starts again from the address), and a keyboard user would otherwise stay below the rows or
 * fall back to the start of the document. Not on the first load, where the app's shell places focus
 * (app-layout.tsx). The returned ref goes on that line (with tabIndex -1); when one line takes the place of
 * another (no results, then some), focus follows it.
 */
export function useResultFocus(address: string): (element: HTMLElement | null) => (() => void) | undefined {
  const target = useRef<HTMLElement | null>(null);
  const shown = useRef(address);
  const pending = useRef(false);
  useEffect(() => {
    if (shown.current === address) return;
    shown.current = address;
    if (target.current === null) pending.current = true;
    else target.current.focus();
  }, [address]);
  return useCallback((element: HTMLElement | null) => {
    if (element === null) return undefined;
    target.current = element;
    if (pending.current) {
      pending.current = false;
      element.focus();
    }
    return () => {
      // The line is replaced while it has focus: the next one takes it.
      if (document.activeElement === element) pending.current = true;
      if (target.current === element) target.current = null;
    };
  }, []);
}
