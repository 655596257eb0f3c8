/** The parameters the mock API reads from the address: `?mock-fault=`, `?dataset=` and, next to it, `n`. */
export const MOCK_PARAMS = ['mock-fault', 'dataset', 'n'] as const;

/**
 * Takes the mock's parameters out of the address and returns them, so that the page sees (and a copied link
 * carries) only its own. Runs before the app first reads the address (src/main.tsx); the mock API, which
 * loads later, reads what this returns.
 */
export function takeMockParams(): URLSearchParams {
  const url = new URL(window.location.href);
  const taken = new URLSearchParams();
  // `n` belongs to the mock only next to `dataset`.
  const names = MOCK_PARAMS.filter((name) => name !== 'n' || url.searchParams.has('dataset'));
  for (const name of names) {
    for (const value of url.searchParams.getAll(name)) taken.append(name, value);
    url.searchParams.delete(name);
  }
  if ([...taken.keys()].length > 0) window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  return taken;
}

/** Where the mock remembers a dataset other than the real one (mocks/browser.ts). */
export const DATASET_KEY = 'tiltaksmonitor:mock-dataset';

/**
 * Whether this visit serves a dataset other than the real one (chosen in the address or remembered): then
 * what a prerendered frame knows about the real dataset does not apply.
 */
export function servesOtherDataset(params: URLSearchParams): boolean {
  const chosen = params.get('dataset');
  if (chosen !== null) return chosen !== 'real';
  try {
    return window.localStorage.getItem(DATASET_KEY) !== null;
  } catch {
    return false;
  }
}
