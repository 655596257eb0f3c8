import { createContext, useContext } from 'react';

/**
 * The prerendered frame a page started from (src/app/frame.tsx at build time, src/main.tsx in the browser).
 * One frame can serve many addresses of a page (`/kommune/:nr`), so while prerendering (`prerendering`), what
 * depends on the address is left out: a component shows a placeholder of the same size instead. A frame
 * made for one address carries what it knew about the page's subject (`subject`, see
 * src/domain/frame-subject.ts); the page shows it until its own data arrives.
 */
export interface Frame {
  prerendering: boolean;
  subject: unknown;
}

export const FrameContext = createContext<Frame>({ prerendering: false, subject: null });

export function useFrame(): Frame {
  return useContext(FrameContext);
}
