import { useEffect, useRef, useState } from 'react';

/** How far outside the viewport an element counts as near: about a phone screen's scroll. */
const NEAR = '600px';

/**
 * Whether an element has come near the viewport (once true, it stays true). Charts below the fold draw
 * when the reader scrolls towards them, not while the page loads; their space is reserved meanwhile (a
 * printout shows the table of a chart not drawn yet, see charts.css). Without IntersectionObserver (jsdom)
 * the element counts as near at once.
 */
export function useNearViewport<E extends Element>() {
  const ref = useRef<E>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || element === null) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: `${NEAR} 0px` });
    observer.observe(element);
    return () => observer.disconnect();
  }, [near]);
  return [ref, near] as const;
}
