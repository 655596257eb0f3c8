import { useCallback, useEffect, useRef, useState } from 'react';

/** The value as it was `delayMs` after it last changed: for announcements that should not flood a screen reader. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/**
 * A function that runs `delayMs` after its last call, with the last arguments; `flush` runs a waiting
 * call at once. A waiting call is dropped when the component goes away.
 */
export function useDebouncedCallback<A extends unknown[]>(callback: (...args: A) => void, delayMs: number) {
  const latest = useRef(callback);
  const pending = useRef<{ timer: number; args: A } | null>(null);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  useEffect(
    () => () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
    },
    [],
  );
  const run = useCallback(
    (...args: A) => {
      if (pending.current) window.clearTimeout(pending.current.timer);
      const timer = window.setTimeout(() => {
        pending.current = null;
        latest.current(...args);
      }, delayMs);
      pending.current = { timer, args };
    },
    [delayMs],
  );
  const flush = useCallback(() => {
    const waiting = pending.current;
    if (!waiting) return;
    window.clearTimeout(waiting.timer);
    pending.current = null;
    latest.current(...waiting.args);
  }, []);
  const cancel = useCallback(() => {
    if (pending.current) window.clearTimeout(pending.current.timer);
    pending.current = null;
  }, []);
  return { run, flush, cancel };
}
