import { useCallback, useEffect, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text to the clipboard and says how it went; "copied" clears after a while, a failure stays. */
export function useCopy(clearAfterMs = 6000) {
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), clearAfterMs);
    return () => window.clearTimeout(timer);
  }, [state, clearAfterMs]);
  const copy = useCallback(async (text: string) => {
    try {
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- missing outside secure contexts
      if (!navigator.clipboard) throw new Error('No clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }, []);
  return { state, copy };
}
