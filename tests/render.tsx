import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppProvider } from '@/app/provider';
import { AppRoutes } from '@/app/router';
import type { Language } from '@/domain/localized-text';
import { createI18n } from '@/lib/i18n';
import { allResources } from '@/locales';
import { queryDefaults } from '@/lib/query-client';
import { resetUiStore, type Role } from '@/stores/ui-store';

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      ...queryDefaults,
      queries: { ...queryDefaults.queries, retry: false, gcTime: Infinity },
    },
  });
}

interface RenderRouteOptions {
  language?: Language;
  role?: Role;
}

/** Keeps the router's current address where a test can read it. */
function LocationProbe({ intoRef }: { intoRef: { current: string } }) {
  const location = useLocation();
  useEffect(() => {
    intoRef.current = `${location.pathname}${location.search}`;
  }, [intoRef, location]);
  return null;
}

/**
 * Renders the whole app at a path, against the msw handlers, with a fresh QueryClient and settings.
 * `location()` is the address the app is at now (after links and navigation).
 */
export function renderRoute(path: string, { language = 'nb', role = 'viewer' }: RenderRouteOptions = {}) {
  resetUiStore({ language, role });
  const queryClient = createTestQueryClient();
  const i18n = createI18n(language, allResources);
  const user = userEvent.setup();
  const locationRef = { current: path };
  const utils = render(
    <AppProvider queryClient={queryClient} i18n={i18n}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe intoRef={locationRef} />
      </MemoryRouter>
    </AppProvider>,
  );
  return { ...utils, user, queryClient, i18n, location: () => locationRef.current };
}
