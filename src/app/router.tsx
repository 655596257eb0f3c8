import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';

/*
 * Pages load their code on demand, so that a first visit downloads only what it shows. We use React
 * Router's declarative mode: the data-router mode adds about 15 KB gzip that this app does not use
 * (data comes through react-query, not loaders).
 */
const OverviewRoute = lazy(() => import('./routes/overview').then((module) => ({ default: module.OverviewRoute })));
const MeasuresRoute = lazy(() => import('./routes/measures').then((module) => ({ default: module.MeasuresRoute })));
const MeasureRoute = lazy(() => import('./routes/measure').then((module) => ({ default: module.MeasureRoute })));
const MunicipalityPickerRoute = lazy(() => import('./routes/municipality').then((module) => ({ default: module.MunicipalityPickerRoute })));
const MunicipalityDutiesRoute = lazy(() => import('./routes/municipality').then((module) => ({ default: module.MunicipalityDutiesRoute })));
const AnalysisRoute = lazy(() => import('./routes/analysis').then((module) => ({ default: module.AnalysisRoute })));
const NotFoundRoute = lazy(() => import('./routes/not-found').then((module) => ({ default: module.NotFoundRoute })));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<OverviewRoute />} />
        <Route path="tiltak" element={<MeasuresRoute />} />
        <Route path="tiltak/:id" element={<MeasureRoute />} />
        <Route path="kommune" element={<MunicipalityPickerRoute />} />
        <Route path="kommune/:nr" element={<MunicipalityDutiesRoute />} />
        <Route path="analyse" element={<AnalysisRoute />} />
        <Route path="*" element={<NotFoundRoute />} />
      </Route>
    </Routes>
  );
}
