import { getResponse, http, passthrough, type RequestHandler } from 'msw';
import { setupWorker } from 'msw/browser';
import { ApiUnavailableError } from '@/domain/api-unavailable';
import { DATASET_KEY } from './address';
import { configureMock, faultModeSchema } from './config';
import { datasetChoiceSchema, datasetFromParams, REAL_DATASET, type DatasetChoice } from './dataset';

const FAULT_KEY = 'tiltaksmonitor:mock-fault';

/**
 * Starts the mock API in the browser: the data is kept in localStorage so edits survive a reload,
 * responses take about 150 ms (as a real network would), and a fault mode can be chosen with
 * `?mock-fault=error500` (remembered) or cleared with `?mock-fault=none`. `?dataset=large&n=10000`
 * serves a synthetic dataset of that size instead of the real data (remembered, never stored over the
 * real data); `?dataset=real` goes back. `params` are those the start-up took out of the address
 * (address.ts), so that the page never sees them.
 */
export async function startMockApi(params: URLSearchParams): Promise<void> {
  // What the mock cannot do without, checked before it starts, so that the page can say which one is missing
  // (the storage is tried before this module loads, by src/main.tsx: msw reads it as it loads).
  requireServiceWorkers();
  const dataset = initialDataset(params);
  configureMock({ latencyMs: Number(import.meta.env.VITE_MOCK_LATENCY_MS ?? 150), fault: initialFault(params) });
  // The store, the rules and the handlers load with the first request, not with the page: rendering needs none
  // of them (as the data files load with the first request that needs them, db.ts).
  let api: Promise<RequestHandler[]> | null = null;
  const loadApi = () =>
    (api ??= Promise.all([import('./db'), import('./handlers')]).then(([{ db, localStoragePersistence }, { handlers }]) => {
      db.usePersistence(localStoragePersistence());
      if (dataset.kind !== 'real') db.useDataset(dataset);
      return handlers;
    }));
  const worker = setupWorker(http.all('/api/*', async ({ request }) => (await getResponse(await loadApi(), request)) ?? passthrough()));
  try {
    await worker.start({
      onUnhandledRequest: 'bypass',
      quiet: import.meta.env.PROD,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
  } catch (error) {
    throw new ApiUnavailableError('service-worker', `The mock's service worker could not start: ${messageOf(error)}`, { cause: error });
  }
}

/** Some browsers have no service workers at all (some private modes, some policies). */
function requireServiceWorkers(): void {
  if (!('serviceWorker' in navigator) || (navigator.serviceWorker as ServiceWorkerContainer | undefined) == null) {
    throw new ApiUnavailableError('service-worker', 'The browser does not allow service workers');
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function initialFault(params: URLSearchParams) {
  const fromUrl = params.get('mock-fault');
  if (fromUrl !== null) {
    const parsed = faultModeSchema.safeParse(fromUrl);
    if (parsed.success) window.localStorage.setItem(FAULT_KEY, parsed.data);
  }
  const stored = faultModeSchema.safeParse(window.localStorage.getItem(FAULT_KEY));
  return stored.success ? stored.data : 'none';
}

function initialDataset(params: URLSearchParams): DatasetChoice {
  const fromUrl = datasetFromParams(params);
  if (fromUrl?.kind === 'real') window.localStorage.removeItem(DATASET_KEY);
  else if (fromUrl !== null) window.localStorage.setItem(DATASET_KEY, JSON.stringify(fromUrl));
  const stored = window.localStorage.getItem(DATASET_KEY);
  if (stored === null) return REAL_DATASET;
  try {
    const parsed = datasetChoiceSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : REAL_DATASET;
  } catch {
    return REAL_DATASET;
  }
}
