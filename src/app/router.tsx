import { createBrowserRouter, createMemoryRouter, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { PageLoading } from '@/components/ui/page-loading';
import { RouteError } from './routes/route-error';

/**
 * Pages load their code on demand, so that a first visit downloads only what it shows. The error
 * element sits inside the layout: when a page fails, the header and navigation stay usable.
 */
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('./routes/overview').then((module) => ({ Component: module.OverviewRoute })) },
          { path: 'tiltak', lazy: () => import('./routes/measures').then((module) => ({ Component: module.MeasuresRoute })) },
          { path: 'tiltak/:id', lazy: () => import('./routes/measure').then((module) => ({ Component: module.MeasureRoute })) },
          { path: 'kommune', lazy: () => import('./routes/coming-soon').then((module) => ({ Component: module.MunicipalityRoute })) },
          { path: 'analyse', lazy: () => import('./routes/coming-soon').then((module) => ({ Component: module.AnalysisRoute })) },
          { path: '*', lazy: () => import('./routes/not-found').then((module) => ({ Component: module.NotFoundRoute })) },
        ],
      },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

export function createTestRouter(initialPath: string) {
  return createMemoryRouter(routes, { initialEntries: [initialPath] });
}
