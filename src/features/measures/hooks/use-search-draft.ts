import { useEffect, useLayoutEffect, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router';
import { useDebouncedCallback } from './use-debounced';

/** How long typing may pause before the address follows the search box. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * The search box's text, kept apart from the address: the box answers every keystroke, the list
 * follows the text (deferred by React while it renders), and the address is written only when
 * typing pauses, replacing its entry so that Back does not step through every letter. When the
 * address changes from outside (Back, "clear filters", a link), the box takes its value; on Back or
 * Forward, a search still waiting to be written is dropped, so that it never lands on the entry they
 * went to.
 */
export function useSearchDraft(committed: string, commit: (text: string) => void) {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const [draft, setDraft] = useState(committed);
  const [seen, setSeen] = useState(committed);
  const [seenKey, setSeenKey] = useState(key);
  const [ownWrite, setOwnWrite] = useState<string | null>(null);
  // Another entry of the history (Back, Forward): its search is the one to show, whatever was typed.
  const steppedThroughHistory = key !== seenKey && navigationType === NavigationType.Pop;
  if (key !== seenKey) setSeenKey(key);
  if (committed !== seen || steppedThroughHistory) {
    setSeen(committed);
    if (committed !== ownWrite || steppedThroughHistory) setDraft(committed);
    if (steppedThroughHistory) setOwnWrite(null);
  }
  const debounced = useDebouncedCallback((text: string) => {
    const trimmed = text.trim();
    setOwnWrite(trimmed);
    commit(trimmed);
  }, SEARCH_DEBOUNCE_MS);
  const { cancel } = debounced;
  // Once the router shows the entry Back went to …
  useLayoutEffect(() => {
    if (navigationType === NavigationType.Pop) cancel();
  }, [key, navigationType, cancel]);
  // … and, in the browser, as soon as Back is pressed: the router renders the new entry in a transition,
  // and a write that came due before that render would replace the entry Back went to.
  useEffect(() => {
    window.addEventListener('popstate', cancel);
    return () => window.removeEventListener('popstate', cancel);
  }, [cancel]);
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
