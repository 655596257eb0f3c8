import './styles/designsystemet.css';
import '@digdir/designsystemet-css/theme';
import './styles/app.css';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { servesOtherDataset, takeMockParams } from '../mocks/address';
import { App } from './app/app';
import { pageRouteFor } from './app/page-routes';
import { preloadPage } from './app/router';
import { waitForApi } from './lib/api-client';
import { createI18n, loadTexts } from './lib/i18n';
import { useUiStore } from './stores/ui-store';

/**
 * Start-up. The page's frame (header, heading, the page's loading states) is already on screen: it was
 * prerendered into the HTML at build time (scripts/frames.ts). While it shows, three things happen at once:
 * the mock API starts (requests wait for it, see waitForApi), and the first page's code and texts load. Then
 * React renders the same frame in place of the static one, and the data fills it in as it arrives.
 */
// A build-time constant: a build for a real backend leaves the mock's code out altogether. The mock's own
// parameters leave the address before the router reads it.
const mockParams = __MOCK_API__ ? takeMockParams() : null;

function startApi(): Promise<void> {
  if (mockParams === null) return Promise.resolve();
  return import('../mocks/browser').then((module) => module.startMockApi(mockParams));
}

/** What the page's frame knew about its subject (src/domain/frame-subject.ts), when it applies to this visit. */
function frameSubject(): unknown {
  const element = document.getElementById('frame-subject');
  if (element === null || (mockParams !== null && servesOtherDataset(mockParams))) return null;
  try {
    return JSON.parse(element.textContent) as unknown;
  } catch {
    return null;
  }
}

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

async function start(root: HTMLElement): Promise<void> {
  const api = startApi();
  waitForApi(api);
  // Without the mock every request fails as `unavailable`, and each page says so.
  api.catch((error: unknown) => console.error('The mock API could not start', error));

  const language = useUiStore.getState().language;
  const { pathname } = window.location;
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
        <App i18n={i18n} frameSubject={frameSubject()} />
      </StrictMode>,
    );
  });
}

void start(container);
