import './styles/designsystemet.css';
import '@digdir/designsystemet-css/theme';
import './styles/app.css';
import { servesOtherDataset, takeMockParams } from '../mocks/address';
import type { ApiUnavailableReason } from './domain/api-unavailable';

/**
 * Start-up. The page's frame (header, heading, the page's loading states) is already on screen: it was
 * prerendered into the HTML at build time (scripts/vite-plugin-frames.ts), and this script starts after its
 * first paint. While the frame shows, the mock API starts, and React DOM and the app load beside each other:
 * each is evaluated in a task of its own as it arrives, so that no single task holds a phone's main thread
 * for long. The app then renders the same frame in place of the static one (src/app/start.tsx), and the data
 * fills it in as it arrives.
 */

// A build-time constant: a build for a real backend leaves the mock's code out altogether. The mock's own
// parameters leave the address before the router reads it.
const mockParams = __MOCK_API__ ? takeMockParams() : null;

function startApi(): Promise<void> {
  if (mockParams === null) return Promise.resolve();
  // The mock keeps its data, settings and cookies in localStorage, and msw reads it as it loads: where the browser
  // blocks it (throws, or has none), the mock would fail before it could say why, so it is tried first. Reading is
  // enough, so that a storage that is merely full still serves the data. The mock checks the service workers.
  try {
    window.localStorage.getItem('tiltaksmonitor:mock-fault');
  } catch (error) {
    const reason: ApiUnavailableReason = 'storage';
    return Promise.reject(Object.assign(new Error('The browser does not allow local storage', { cause: error }), { reason }));
  }
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
  // Keeps the rejection handled until the app takes the promise over.
  api.catch(() => undefined);
  const [{ createRoot }, { startApp }] = await Promise.all([import('react-dom/client'), import('./app/start')]);
  await startApp({ root, createRoot, api, frameSubject: frameSubject() });
}

void start(container);
