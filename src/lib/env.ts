/**
 * Where the API lives. Unset (the default), the app serves its own mock API (msw) from the browser;
 * set VITE_API_BASE_URL=https://api.example.no to use a real backend with the same contract, or `/` for one on
 * the app's own origin (`npm run server`).
 */
export function apiBaseUrl(): string {
  const configured = typeof import.meta.env.VITE_API_BASE_URL === 'string' ? import.meta.env.VITE_API_BASE_URL.trim().replace(/\/$/, '') : '';
  // `/` names a backend on the app's own origin (the server of `npm run server` serves both).
  return configured !== '' ? configured : window.location.origin;
}

/**
 * Whether the embedded mock API runs. A build-time constant (vite.config.ts, from VITE_API_BASE_URL), so that a
 * build for a real backend leaves the mock's code out altogether.
 */
export function isMockingEnabled(): boolean {
  return __MOCK_API__;
}
