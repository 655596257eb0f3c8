import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageLoading } from '@/components/ui/page-loading';
import { RouteErrorBoundary } from './route-error-boundary';

/**
 * Where a layout shows its page: loading while the page's code arrives, and a failure kept to the page (a new
 * boundary per address, so that navigating away from a broken page recovers). The app's shell and the embed's frame.
 */
export function PageOutlet() {
  const { pathname } = useLocation();
  return (
    <RouteErrorBoundary key={pathname}>
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </RouteErrorBoundary>
  );
}
