import { setupWorker } from 'msw/browser';
import { configureMock, faultModeSchema } from './config';
import { datasetChoiceSchema, datasetFromParams, MOCK_PARAMS, REAL_DATASET, type DatasetChoice } from './dataset';
import { db, localStoragePersistence } from './db';
import { handlers } from './handlers';

const FAULT_KEY = 'tiltaksmonitor:mock-fault';
const DATASET_KEY = 'tiltaksmonitor:mock-dataset';

/**
 * Starts the mock API in the browser: the data is kept in localStorage so edits survive a reload,
 * responses take about 150 ms (as a real network would), and a fault mode can be chosen with
 * `?mock-fault=error500` (remembered) or cleared with `?mock-fault=none`. `?dataset=large&n=10000`
 * serves a synthetic dataset of that size instead of the real data (remembered, never stored over the
 * real data); `?dataset=real` goes back. The mock takes its parameters out of the address, so that the
 * page sees (and a copied link carries) only its own.
 */
export async function startMockApi(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  db.usePersistence(localStoragePersistence());
  const dataset = initialDataset(params);
  if (dataset.kind !== 'real') db.useDataset(dataset);
  configureMock({ latencyMs: Number(import.meta.env.VITE_MOCK_LATENCY_MS ?? 150), fault: initialFault(params) });
  removeMockParams();
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: import.meta.env.PROD,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
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

function removeMockParams() {
  const url = new URL(window.location.href);
  // `n` belongs to the mock only next to `dataset`.
  const names = MOCK_PARAMS.filter((name) => name !== 'n' || url.searchParams.has('dataset'));
  if (!names.some((name) => url.searchParams.has(name))) return;
  for (const name of names) url.searchParams.delete(name);
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}
