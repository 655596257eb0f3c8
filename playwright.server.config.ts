import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The editing journeys again, against the real backend: the app built for it (`npm run server:app`:
 * VITE_API_BASE_URL=/, no mock in it) served by server/main.ts on PGlite in memory, seeded at start.
 * `npm run test:e2e` runs it after the mock's suite, so that pointing the app at a server is proven.
 */
const port = Number(process.env.E2E_SERVER_PORT ?? 4180);

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-server',
  // One server, one database: the tests change it in turn.
  fullyParallel: false,
  workers: 1,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'npx tsx server/main.ts',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      STATIC_DIR: 'dist-backend',
      DATA_DIR: 'memory',
      SEED_IF_EMPTY: 'true',
      DEMO_SIGN_IN: 'true',
      AUTH_SECRET: 'e2e-secret-of-the-server-suite-at-least-32-chars',
      LOG_LEVEL: 'warn',
    },
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
