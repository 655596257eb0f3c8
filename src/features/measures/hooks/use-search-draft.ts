import { useState } from 'react';
import { useDebouncedCallback } from './use-debounced';

/** How long typing may pause before the address follows the search box. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box's text, kept apart from the address: the box answers every keystroke, the list
 * follows the text (deferred by React while it renders), and the address is written only when
 * typing pauses, replacing its entry so that Back does not step through every letter. When the
 * address changes from outside (Back, "clear filters", a link), the box takes its value.
 */
export function useSearchDraft(committed: string, commit: (text: string) => void) {
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const [ownWrite, setOwnWrite] = useState<string | null>(null);
  if (committed !== seen) {
    setSeen(committed);
    if (committed !== ownWrite) setDraft(committed);
  }
  const debounced = useDebouncedCallback((text: string) => {
    const trimmed = text.trim();
    setOwnWrite(trimmed);
    commit(trimmed);
  }, SEARCH_DEBOUNCE_MS);
  const change = (text: string) => {
    setDraft(text);
    debounced.run(text);
  };
  /** Empties the box and drops a write still waiting (the caller clears the address). */
  const reset = () => {
    debounced.cancel();
    setDraft('');
  };
  return { draft, change, reset, flush: debounced.flush };
}
