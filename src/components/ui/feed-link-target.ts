/**
 * The Atom feeds of the real backend (server/), and whether a page can offer one: the embedded mock API runs in
 * the browser and serves no feeds, so in the demo there is nothing to subscribe to and the page says so instead.
 */

export const FEED_TYPE = 'application/atom+xml';

/** The feeds' paths, relative to the API's base (src/lib/env.ts). */
export const feedPaths = {
  plan: (planId: string) => `/api/feeds/plans/${encodeURIComponent(planId)}.atom`,
  municipality: (number: string) => `/api/feeds/municipalities/${encodeURIComponent(number)}.atom`,
  measure: (measureId: string) => `/api/feeds/measures/${encodeURIComponent(measureId)}.atom`,
};

export type FeedTarget = { kind: 'feed'; href: string } | { kind: 'needs-backend' };

/**
 * Where a feed's link goes: its address at the API's base, or, with the embedded mock on (a build-time constant,
 * `isMockingEnabled()`), nowhere, since a link would lead to a page that does not exist.
 */
export function feedTarget(path: string, mocking: boolean, apiBase: string): FeedTarget {
  if (mocking) return { kind: 'needs-backend' };
  return { kind: 'feed', href: `${apiBase.replace(/\/$/, '')}${path}` };
}
