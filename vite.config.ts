import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { DATASET_VERSION } from './mocks/fixtures/version.ts';
import { appSharing } from './scripts/app-sharing.ts';
import { designsystemetSelectors } from './scripts/designsystemet-css.ts';
import { dataPackagePlugin } from './scripts/vite-plugin-data-package.ts';
import { framesPlugin } from './scripts/vite-plugin-frames.ts';

/**
 * Designsystemet's web helpers define custom elements and touch the DOM when they load; the frames are
 * rendered in Node, where they are neither possible nor needed (they wire up behaviour, not markup).
 */
function noDesignsystemetWebOnServer(): Plugin {
  const stub = '\0designsystemet-web-on-server';
  return {
    name: 'tiltaksmonitor:no-designsystemet-web-on-server',
    enforce: 'pre',
    resolveId(id, _importer, options) {
      return options.ssr && id.startsWith('@digdir/designsystemet-web/') ? stub : null;
    },
    load(id) {
      return id === stub ? 'export {};' : null;
    },
  };
}

/** A build for a real backend ships no mock: not even msw's service worker script from public/. */
function noMockWorkerWithBackend(mocking: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'tiltaksmonitor:no-mock-worker-with-backend',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      if (!mocking) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/** A chunk group's test for script modules only: the styles stay with the module that imports them. */
function scripts(pattern: RegExp): (id: string) => boolean {
  return (id) => pattern.test(id) && !/\.css(\?|$)/.test(id);
}

/** The app's own code that may go into the `shared` chunk: domain, lib, components and stores. */
const appSharedCode = scripts(/[\\/]src[\\/](domain|lib|components|stores)[\\/]/);

/** The API tests that speak only HTTP (tests/support/api-target.ts): they run against the mock and the server. */
const CONTRACT_SUITE = [
  'tests/mocks/changes.test.ts',
  'tests/mocks/editing.test.ts',
  'tests/mocks/editing-limits.test.ts',
  'tests/mocks/editing.property.test.ts',
  'tests/mocks/junk-bodies.test.ts',
  'tests/mocks/measure-list-params.test.ts',
  'tests/mocks/municipalities.test.ts',
  'tests/mocks/plans-api.test.ts',
  'tests/mocks/plan-registration.test.ts',
  'tests/mocks/probe.test.ts',
  'tests/mocks/query-params.test.ts',
  'tests/mocks/status-changes.test.ts',
];

export default defineConfig(({ mode }) => {
  // Whether the embedded mock API is built in (src/lib/env.ts): not when a backend is named.
  const mocking = (loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL ?? '').trim() === '';
  const sharing = appSharing();
  return {
    plugins: [react(), noDesignsystemetWebOnServer(), framesPlugin(), dataPackagePlugin(mocking), noMockWorkerWithBackend(mocking), sharing.plugin],
    define: { __MOCK_API__: JSON.stringify(mocking), __DATASET_VERSION__: JSON.stringify(DATASET_VERSION) },
    // Designsystemet's rules that made every change restyle the whole page (see the file).
    css: { postcss: { plugins: [designsystemetSelectors()] } },
    resolve: {
      alias: [
        { find: /^@\//, replacement: `${fileURLToPath(new URL('./src', import.meta.url))}/` },
        { find: /^@mocks\//, replacement: `${fileURLToPath(new URL('./mocks', import.meta.url))}/` },
        // The mock sets no cookies, so msw's cookie jar is an empty one (see the file).
        { find: /^tough-cookie$/, replacement: fileURLToPath(new URL('./mocks/shims/tough-cookie.ts', import.meta.url)) },
        // Only the parts of Designsystemet's web helpers that our components use (see the file).
        { find: /^@digdir\/designsystemet-web$/, replacement: fileURLToPath(new URL('./src/lib/designsystemet-web.ts', import.meta.url)) },
      ],
    },
    build: {
      // scripts/size.mjs reads the manifest to know what a first visit loads.
      manifest: true,
      rolldownOptions: {
        output: {
          /*
           * Fewer, fuller files: each file a page loads costs a request, a preload and a module to instantiate on
           * the main thread, and left alone the bundler makes dozens of files of a few hundred bytes. In layers
           * that only import downwards (so that no two files wait on each other):
           * - `react`: React and React DOM;
           * - `libs`: the other libraries every page uses (router, texts, server state, UI state, schemas,
           *   Designsystemet);
           * - `shared`: the app's own shared code (domain, lib, components, stores), but the chart kit, which
           *   would bring recharts along, and what only one part uses;
           * Pages, texts, the mock, its data files and the charts stay apart, each loaded when needed.
           */
          codeSplitting: {
            groups: [
              // Vite's helper that loads a lazy module's files: the start-up needs it, and nothing else.
              { name: 'preload', test: /vite[\\/]preload-helper/, priority: 5 },
              { name: 'react', test: scripts(/node_modules[\\/](react|react-dom|scheduler)[\\/]/), priority: 4 },
              {
                name: 'libs',
                test: scripts(/node_modules[\\/](react-router|i18next|react-i18next|@tanstack[\\/](query-core|react-query)|zustand|zod|@digdir|clsx|@radix-ui|use-sync-external-store)[\\/]/),
                priority: 3,
              },
              {
                name: 'shared',
                // Only what two or more parts of the app use, the mock left out (scripts/app-sharing.ts): code of one
                // page (the overview's briefing, the editing rules) stays with it rather than load on every page.
                test: (id) =>
                  appSharedCode(id) &&
                  !/[\\/]components[\\/]charts[\\/]chart-kit/.test(id) &&
                  // The change log's schemas and its export cells: only /endringer and /rapport use them, so they
                  // share a chunk of their own rather than put it on every page's start-up.
                  !/[\\/]domain[\\/]change-(log|cells)\.ts$/.test(id) &&
                  // The calendar file and the «Abonner» link (the measures' and the municipality's pages) and the
                  // embed's chart names (the overview's «Bygg inn» and /embed): loaded with the pages that show them,
                  // not on every page's start-up (2.5 kB gzip on every page when they were shared).
                  !/[\\/](components[\\/]ui[\\/](feed-link|feed-link-target|calendar-download)|lib[\\/]calendar|domain[\\/]embed)\.tsx?$/.test(id) &&
                  // How much of a plan is registered and its goals (the overview, the list and the analysis, for one
                  // plan at a time): with those pages, not on a measure's page (0.7 kB gzip before it rendered).
                  !/[\\/](components[\\/]ui|domain)[\\/]plan-extent\.tsx?$/.test(id) &&
                  // The confirmation of a registered plan: on the list the registration leads to, and nowhere else.
                  !/[\\/]components[\\/]ui[\\/]registered-plan-notice\.tsx$/.test(id) &&
                  sharing.usedByParts(id) >= 2,
                priority: 2,
              },
            ],
          },
        },
        treeshake: {
          // Designsystemet's React package does not declare "sideEffects", so its barrel would pull in every
          // component (with floating-ui, tanstack-virtual and the combobox elements) although we use a few.
          // Its modules are side-effect free; the web-component polyfills they need (designsystemet-web) are not
          // matched here and stay.
          moduleSideEffects: [{ test: /node_modules[\\/]@digdir[\\/]designsystemet-react[\\/]/, sideEffects: false }],
        },
      },
    },
    server: { port: 5173 },
    preview: { port: 4173 },
    test: {
      restoreMocks: true,
      // Both cores (vitest's default leaves one free: on these 2-core machines that halved the run).
      maxWorkers: availableParallelism(),
      benchmark: { include: ['tests/bench/**/*.bench.ts'] },
      testTimeout: 15_000,
      projects: [
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            setupFiles: ['./tests/setup.ts'],
            include: ['tests/**/*.test.{ts,tsx}'],
            exclude: ['tests/e2e/**', 'tests/server/**', 'tests/server-postgres/**', 'tests/domain/**', 'node_modules/**'],
          },
        },
        {
          // The pure functions of src/domain: no DOM, no mock API, no module state to reset, so one module
          // graph serves every file (isolation cost more than the tests themselves).
          extends: true,
          test: { name: 'domain', environment: 'node', isolate: false, include: ['tests/domain/**/*.test.ts'] },
        },
        {
          // The real backend (server/), in Node, on PGlite (and on PostgreSQL when TEST_DATABASE_URL names one).
          extends: true,
          test: { name: 'server', environment: 'node', include: ['tests/server/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 },
        },
        // What needs a PostgreSQL server (two processes on one database, a server killed, the database gone):
        // only when TEST_DATABASE_URL names one (.ci/run starts Debian's, scripts/start-postgres.sh).
        ...(process.env.TEST_DATABASE_URL
          ? [
              {
                extends: true as const,
                test: { name: 'server-postgres', environment: 'node', include: ['tests/server-postgres/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
              },
            ]
          : []),
        {
          // The API tests of tests/mocks again, against the server: one contract suite, two targets.
          extends: true,
          test: {
            name: 'contract-server',
            environment: 'node',
            env: { CONTRACT_TARGET: 'server' },
            setupFiles: ['./tests/server/contract-setup.ts'],
            include: CONTRACT_SUITE,
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
      ],
    },
  };
});
