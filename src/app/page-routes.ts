/**
 * The app's pages as data: their address pattern, the texts they need, and the name of their frame (the page
 * as it looks before its data arrives, prerendered into static HTML at build time, see scripts/frames.ts).
 *
 * Plain data with no imports, because three places read it: the router (src/app/router.tsx), the start-up
 * (src/main.tsx, which loads the first page's code and texts before it renders) and the build and preview
 * server (vite.config.ts, which prerenders one frame per page and serves the right one for an address).
 */
export interface PageRoute {
  name: 'overview' | 'measures' | 'measure' | 'municipality-picker' | 'municipality-duties' | 'analysis' | 'changes' | 'report' | 'data' | 'about' | 'accessibility' | 'plan-import' | 'plan-edit' | 'embed' | 'not-found';
  /** React Router's pattern; `*` matches what no other page does. */
  path: string;
  /** Its module in src/app/routes/ (the frame preloads its code). */
  module: 'overview' | 'measures' | 'measure' | 'municipality' | 'analysis' | 'changes' | 'report' | 'data' | 'about' | 'accessibility' | 'plans' | 'embed' | 'not-found';
  /** The text namespaces (besides `common`) the page renders with. */
  namespaces: readonly ('measures' | 'overview' | 'editing' | 'municipality' | 'analysis' | 'changes' | 'targets' | 'report' | 'data' | 'about' | 'plans' | 'embed')[];
  /** An address the frame is rendered for (a pattern with parameters needs an example). */
  framePath: string;
}

export const PAGE_ROUTES: readonly PageRoute[] = [
  { name: 'overview', module: 'overview', path: '/', namespaces: ['overview', 'targets'], framePath: '/' },
  { name: 'measures', module: 'measures', path: '/tiltak', namespaces: ['measures'], framePath: '/tiltak' },
  { name: 'measure', module: 'measure', path: '/tiltak/:id', namespaces: ['measures', 'editing'], framePath: '/tiltak/0' },
  { name: 'municipality-picker', module: 'municipality', path: '/kommune', namespaces: ['municipality'], framePath: '/kommune' },
  { name: 'municipality-duties', module: 'municipality', path: '/kommune/:nr', namespaces: ['municipality'], framePath: '/kommune/0000' },
  { name: 'analysis', module: 'analysis', path: '/analyse', namespaces: ['analysis', 'targets'], framePath: '/analyse' },
  { name: 'changes', module: 'changes', path: '/endringer', namespaces: ['changes'], framePath: '/endringer' },
  { name: 'report', module: 'report', path: '/rapport', namespaces: ['report', 'targets'], framePath: '/rapport' },
  { name: 'data', module: 'data', path: '/data', namespaces: ['data'], framePath: '/data' },
  { name: 'about', module: 'about', path: '/om', namespaces: ['about'], framePath: '/om' },
  { name: 'accessibility', module: 'accessibility', path: '/tilgjengelighet', namespaces: ['about'], framePath: '/tilgjengelighet' },
  // Admins register a new plan and its measures from the plan's text (issue 17); the frame shows the signed-out page.
  { name: 'plan-import', module: 'plans', path: '/planer/ny', namespaces: ['plans'], framePath: '/planer/ny' },
  // Admins edit a plan and add measures to it; one frame for every plan, the signed-out page (no plan's data).
  { name: 'plan-edit', module: 'plans', path: '/planer/:id/rediger', namespaces: ['plans'], framePath: '/planer/0/rediger' },
  // A chart for an iframe on another site, without the app's header and footer (src/components/layouts/embed-layout.tsx).
  { name: 'embed', module: 'embed', path: '/embed/:chart', namespaces: ['embed', 'overview', 'targets'], framePath: '/embed/omraader' },
  { name: 'not-found', module: 'not-found', path: '*', namespaces: [], framePath: '/finnes-ikke' },
];

/** A regular expression for a page's pattern (`:name` is one path segment; a trailing slash is allowed). */
export function patternSource(path: string): string {
  if (path === '*') return '^/.*$';
  const segments = path.split('/').filter(Boolean).map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  return `^/${segments.join('/')}${segments.length > 0 ? '/?' : ''}$`;
}

/** The page an address shows: the first whose pattern matches, else the not-found page. */
export function pageRouteFor(pathname: string): PageRoute {
  const found = PAGE_ROUTES.find((route) => route.path !== '*' && new RegExp(patternSource(route.path)).test(pathname));
  return found ?? (PAGE_ROUTES.find((route) => route.path === '*') as PageRoute);
}
