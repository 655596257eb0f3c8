import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { lazyPage, type LazyPage } from './lazy-page';
import { PAGE_ROUTES, pageRouteFor, type PageRoute } from './page-routes';

/*
 * Pages load their code on demand, so that a visit downloads only what it shows. We use React Router's
 * declarative mode: the data-router mode adds about 15 KB gzip that this app does not use (data comes
 * through react-query, not loaders).
 */
const PAGES: Record<PageRoute['name'], LazyPage> = {
  overview: lazyPage(() => import('./routes/overview').then((module) => module.OverviewRoute)),
  measures: lazyPage(() => import('./routes/measures').then((module) => module.MeasuresRoute)),
  measure: lazyPage(() => import('./routes/measure').then((module) => module.MeasureRoute)),
  'municipality-picker': lazyPage(() => import('./routes/municipality').then((module) => module.MunicipalityPickerRoute)),
  'municipality-duties': lazyPage(() => import('./routes/municipality').then((module) => module.MunicipalityDutiesRoute)),
  analysis: lazyPage(() => import('./routes/analysis').then((module) => module.AnalysisRoute)),
  changes: lazyPage(() => import('./routes/changes').then((module) => module.ChangesRoute)),
  report: lazyPage(() => import('./routes/report').then((module) => module.ReportRoute)),
  data: lazyPage(() => import('./routes/data').then((module) => module.DataRoute)),
  about: lazyPage(() => import('./routes/about').then((module) => module.AboutRoute)),
  accessibility: lazyPage(() => import('./routes/accessibility').then((module) => module.AccessibilityRoute)),
  'plan-import': lazyPage(() => import('./routes/plans').then((module) => module.PlanImportRoute)),
  'plan-edit': lazyPage(() => import('./routes/plans').then((module) => module.PlanEditRoute)),
  embed: lazyPage(() => import('./routes/embed').then((module) => module.EmbedRoute)),
  'not-found': lazyPage(() => import('./routes/not-found').then((module) => module.NotFoundRoute)),
};

// An embed's frame (no header or footer) loads with the embed: the app's pages do not carry it.
const loadEmbedLayout = () => import('@/components/layouts/embed-layout');
const EmbedLayout = lazy(() => loadEmbedLayout().then((module) => ({ default: module.EmbedLayout })));

// What the demo did with the user's changes at an upgrade of its data: asked for after the first render, so that
// no page waits for it (it is almost always nothing).
const UpgradeNotice = lazy(() => import('@/features/upgrade-notice/components/upgrade-notice').then((module) => ({ default: module.UpgradeNotice })));
const notices = (
  <Suspense fallback={null}>
    <UpgradeNotice />
  </Suspense>
);

/** Loads the code of the page at an address (before the first render, so that it renders at once). */
export function preloadPage(pathname: string): Promise<void> {
  const { name } = pageRouteFor(pathname);
  return Promise.all([PAGES[name].preload(), name === 'embed' ? loadEmbedLayout() : null]).then(() => undefined);
}

function element(route: PageRoute): ReactNode {
  const { Page } = PAGES[route.name];
  return <Page />;
}

export function AppRoutes() {
  return (
    <Routes>
      {/* An embed stands alone, in an iframe on another site: no header, footer or notices. */}
      <Route
        element={
          <Suspense fallback={null}>
            <EmbedLayout />
          </Suspense>
        }
      >
        {PAGE_ROUTES.filter((route) => route.name === 'embed').map((route) => (
          <Route key={route.name} path={route.path.slice(1)} element={element(route)} />
        ))}
      </Route>
      <Route element={<AppLayout notices={notices} />}>
        {PAGE_ROUTES.filter((route) => route.name !== 'embed').map((route) =>
          route.path === '/' ? <Route key={route.name} index element={element(route)} /> : <Route key={route.name} path={route.path.slice(1) || route.path} element={element(route)} />,
        )}
      </Route>
    </Routes>
  );
}
