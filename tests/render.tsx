import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { AppProvider } from '@/app/provider';
import { FrameContext } from '@/components/layouts/frame-context';
import { AppRoutes } from '@/app/router';
import type { Language } from '@/domain/localized-text';
import { createI18n } from '@/lib/i18n';
import { allResources } from '@/locales';
import { queryDefaults } from '@/lib/query-client';
import { http } from 'msw';
import { DEMO_USERS } from '@mocks/fixtures/users';
import { server } from '@mocks/node';
import { resetUiStore, type Session } from '@/stores/ui-store';

/** Holds the answers of an endpoint until `release()`, then lets the mock answer as usual. */
export function holdResponses(path: string) {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  server.use(
    http.get(path, async () => {
      await held;
      // Nothing returned: the mock's own handler answers.
      return undefined;
    }),
  );
  return { release };
}

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      ...queryDefaults,
      queries: { ...queryDefaults.queries, retry: false, gcTime: Infinity },
    },
  });
}

export type DemoUserId = 'kari' | 'ola' | 'admin';

/** A signed-in session for a demo user, as the sign-in would store it. */
export function demoSession(userId: DemoUserId): Session {
  const user = DEMO_USERS.find((candidate) => candidate.id === userId);
  if (!user) throw new Error(`No demo user ${userId}`);
  const { token, ...publicUser } = user;
  return { token, user: publicUser };
}

interface RenderRouteOptions {
  language?: Language;
  /** Sign in as this demo user; anonymous (a reader) when left out. */
  signedInAs?: DemoUserId;
  /** What the page's prerendered frame knew about its subject (src/domain/frame-subject.ts). */
  frameSubject?: unknown;
}

/** Keeps the router's current address where a test can read it, and its history's Back within reach. */
function LocationProbe({ intoRef, backRef }: { intoRef: { current: string }; backRef: { current: () => void } }) {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    intoRef.current = `${location.pathname}${location.search}`;
  }, [intoRef, location]);
  useEffect(() => {
    backRef.current = () => void navigate(-1);
  }, [backRef, navigate]);
  return null;
}

/**
 * Renders the whole app at a path, against the msw handlers, with a fresh QueryClient and settings.
 * `location()` is the address the app is at now (after links and navigation); `back()` is the browser's Back.
 */
export function renderRoute(path: string, { language = 'nb', signedInAs, frameSubject = null }: RenderRouteOptions = {}) {
  resetUiStore({ language, session: signedInAs ? demoSession(signedInAs) : null });
  const queryClient = createTestQueryClient();
  const i18n = createI18n(language, allResources);
  const user = userEvent.setup();
  const locationRef = { current: path };
  const backRef: { current: () => void } = { current: () => undefined };
  const utils = render(
    <FrameContext value={{ prerendering: false, subject: frameSubject }}>
      <AppProvider queryClient={queryClient} i18n={i18n}>
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
          <LocationProbe intoRef={locationRef} backRef={backRef} />
        </MemoryRouter>
      </AppProvider>
    </FrameContext>,
  );
  return { ...utils, user, queryClient, i18n, location: () => locationRef.current, back: () => backRef.current() };
}
