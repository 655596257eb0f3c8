import { setupWorker } from 'msw/browser';
import { configureMock, faultModeSchema } from './config';
import { db, localStoragePersistence } from './db';
import { handlers } from './handlers';

const FAULT_KEY = 'tiltaksmonitor:mock-fault';

/**
 * Starts the mock API in the browser: the data is kept in localStorage so edits survive a reload,
 * responses take about 150 ms (as a real network would), and a fault mode can be chosen with
 * `?mock-fault=error500` (remembered) or cleared with `?mock-fault=none`.
 */
export async function startMockApi(): Promise<void> {
  db.usePersistence(localStoragePersistence());
  configureMock({ latencyMs: Number(import.meta.env.VITE_MOCK_LATENCY_MS ?? 150), fault: initialFault() });
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: import.meta.env.PROD,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}

function initialFault() {
  const fromUrl = new URLSearchParams(window.location.search).get('mock-fault');
  if (fromUrl !== null) {
    const parsed = faultModeSchema.safeParse(fromUrl);
    if (parsed.success) window.localStorage.setItem(FAULT_KEY, parsed.data);
  }
  const stored = faultModeSchema.safeParse(window.localStorage.getItem(FAULT_KEY));
  return stored.success ? stored.data : 'none';
}
