/**
 * Where the API lives. Unset (the default), the app serves its own mock API (msw) from the browser;
 * set VITE_API_BASE_URL=https://api.example.no to use a real backend with the same contract.
 */
export function apiBaseUrl(): string {
  const configured = import.meta.env.VITE_API_BASE_URL;
  return typeof configured === 'string' && configured.trim() !== '' ? configured.trim().replace(/\/$/, '') : window.location.origin;
}

/**
 * Whether the embedded mock API runs. A build-time constant (vite.config.ts, from VITE_API_BASE_URL), so that a
 * build for a real backend leaves the mock's code out altogether.
 */
export function isMockingEnabled(): boolean {
  return __MOCK_API__;
}
