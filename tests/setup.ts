import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { resetMockConfig } from '@mocks/config';
import { REAL_DATASET } from '@mocks/dataset';
import { db } from '@mocks/db';
import { server } from '@mocks/node';
import { DEFAULT_TIMEOUT_MS, setDefaultTimeout } from '@/lib/api-client';
import { fixToday } from '@/lib/clock';
import { resetUiStore } from '@/stores/ui-store';
import { TEST_TODAY } from './test-date';

// jsdom has no layout: report a size so that charts (recharts' ResponsiveContainer) render.
class SizedResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: 800, height: 400 } } as unknown as ResizeObserverEntry], this);
  }
  unobserve() {}
  disconnect() {}
}

// jsdom has no Web Animations API; Designsystemet's Spinner synchronises its animation with it.
if (typeof document.getAnimations !== 'function') {
  document.getAnimations = () => [];
}
if (typeof Element.prototype.getAnimations !== 'function') {
  Element.prototype.getAnimations = () => [];
}

// On two busy cores a lazy route chunk can take longer than testing-library's default second to appear;
// waiting longer only slows down a test that is failing anyway.
configure({ asyncUtilTimeout: 4000 });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // The mock loads its data files on demand; tests read the store directly, so load them all first.
  await db.loadEverything();
});

beforeEach(() => {
  vi.stubGlobal('ResizeObserver', SizedResizeObserver);
  window.localStorage.clear();
  window.sessionStorage.clear();
  fixToday(TEST_TODAY);
  // Memory only, unless a test plays a browser's storage (tests/support/fake-persistence.ts).
  db.usePersistence(null);
  db.useDataset(REAL_DATASET);
  db.limitToPlans(null);
  db.reset();
  resetMockConfig();
  resetUiStore();
  setDefaultTimeout(DEFAULT_TIMEOUT_MS);
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  vi.unstubAllGlobals();
});

afterAll(() => {
  server.close();
});
