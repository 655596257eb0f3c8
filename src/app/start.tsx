import { startTransition, StrictMode } from 'react';
import type { createRoot as CreateRoot } from 'react-dom/client';
import { embedLanguage } from '@/domain/embed';
import { waitForApi } from '@/lib/api-client';
import { createI18n, loadTexts } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';
import { App } from './app';
import { pageRouteFor } from './page-routes';
import { preloadPage } from './router';

interface StartOptions {
  root: HTMLElement;
  /** React DOM's createRoot, loaded beside this module (see src/main.tsx). */
  createRoot: typeof CreateRoot;
  /** Settles when the API can be asked (the embedded mock has started, or there is none to start). */
  api: Promise<void>;
  /** What the page's prerendered frame knew about its subject, when it applies to this visit. */
  frameSubject: unknown;
}

/**
 * Renders the app in place of the page's prerendered frame, once the first page's code and texts are here,
 * so that the first render shows the page itself. Requests wait for the API (waitForApi); without the mock,
 * every request fails as `unavailable`, and each page says so.
 */
export async function startApp({ root, createRoot, api, frameSubject }: StartOptions): Promise<void> {
  waitForApi(api);
  api.catch((error: unknown) => console.error('The mock API could not start', error));
  const { pathname, search } = window.location;
  // An embed speaks the language of its address, whatever the reader chose on the app's own pages.
  const language = pageRouteFor(pathname).name === 'embed' ? embedLanguage(new URLSearchParams(search)).language : useUiStore.getState().language;
  const [texts] = await Promise.all([
    loadTexts(language, ['common', ...pageRouteFor(pathname).namespaces]),
    // If the page's code fails to load, the page's error boundary says so when it tries again.
    preloadPage(pathname).catch(() => undefined),
  ]);
  document.documentElement.lang = language;
  const i18n = createI18n(language, { [language]: texts });
  // A transition, so that the first render yields to the browser instead of holding the main thread.
  startTransition(() => {
    createRoot(root).render(
      <StrictMode>
        <App i18n={i18n} frameSubject={frameSubject} />
      </StrictMode>,
    );
  });
}
