/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of a real backend; when unset the embedded mock API is used. */
  readonly VITE_API_BASE_URL?: string;
  /** Simulated latency of the mock API in milliseconds (default 150). */
  readonly VITE_MOCK_LATENCY_MS?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

/** True unless VITE_API_BASE_URL names a backend (set in vite.config.ts; see src/lib/env.ts). */
declare const __MOCK_API__: boolean;

/** The release of the dataset the app was built with (mocks/fixtures/version.ts; set in vite.config.ts), for citations. */
declare const __DATASET_VERSION__: string;
