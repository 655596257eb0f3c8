import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageRouteFor, type PageRoute } from '../src/app/page-routes.ts';

/**
 * Which prerendered frame answers an address (docs/performance.md, «Serving the frames»): used by `vite preview`
 * (scripts/vite-plugin-frames.ts) and by the server (server/app.ts), so that both serve every page alike.
 */

/** Frames of single addresses, by path: /tiltak/ms26-13 → __frames/pages/tiltak/ms26-13.html. */
export const PAGES_DIR = '__frames/pages';

/** Where a page's shared frame is written in dist/. */
export function frameFile(route: PageRoute): string {
  return route.name === 'overview' ? 'index.html' : `__frames/${route.name}.html`;
}

/** The frame (a file in `outDir`) that answers an address: its own, or its page's. */
export function frameFor(outDir: string, pathname: string): string {
  const own = `${PAGES_DIR}${pathname.replace(/\/$/, '')}.html`;
  if (/^\/[\w/-]+$/.test(pathname) && existsSync(join(outDir, own))) return own;
  const shared = frameFile(pageRouteFor(pathname));
  // A build without frames (an older one, served to compare) answers every page with index.html.
  return existsSync(join(outDir, shared)) ? shared : 'index.html';
}

/** Whether a request is for a page (an address without a file extension, outside /api and the build's own folders). */
export function isPageRequest(method: string, pathname: string, accept: string): boolean {
  return method === 'GET' && !/\.[a-z0-9]+$/i.test(pathname) && !pathname.startsWith('/__') && !pathname.startsWith('/api/') && accept.includes('text/html');
}
