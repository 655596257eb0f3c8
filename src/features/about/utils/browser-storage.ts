/**
 * What the app keeps in the browser, as /om lists it: every key, where it is kept, what it holds and for how long.
 * Stated from the code, not from memory: tests/features/about-storage.test.ts reads src/, mocks/ and the frames'
 * inline script for every storage key and fails when one is missing here (or listed here and gone from the code).
 * The app sets no cookies and uses no other browser storage (IndexedDB, Cache Storage): the test checks that too.
 */
export type StorageArea = 'localStorage' | 'sessionStorage';

/** Whether every build keeps it, or only the demo whose API runs in the browser (the embedded mock). */
export type StorageScope = 'app' | 'demo';

export interface StoredItem {
  /** Its text in about.json (`storage.items.<id>`). */
  id: 'settings' | 'drafts' | 'demoData' | 'demoFault' | 'demoDataset';
  /** The keys as the browser's developer tools show them; `…` stands for a part that varies. */
  keys: readonly string[];
  area: StorageArea;
  scope: StorageScope;
  /** The keys as the code writes them, a template's `${…}` as `*`: what the test looks for in the source. */
  sourceKeys: readonly string[];
  /** Where the code that reads and writes it is. */
  files: readonly string[];
}

export const STORED_ITEMS: readonly StoredItem[] = [
  {
    id: 'settings',
    keys: ['tiltaksmonitor:ui'],
    area: 'localStorage',
    scope: 'app',
    sourceKeys: ['tiltaksmonitor:ui'],
    files: ['src/stores/ui-store.ts', 'scripts/vite-plugin-frames.ts'],
  },
  {
    id: 'drafts',
    keys: ['tiltaksmonitor:draft:…'],
    area: 'sessionStorage',
    scope: 'app',
    sourceKeys: ['tiltaksmonitor:draft:*:*'],
    files: ['src/features/editing/utils/drafts.ts'],
  },
  {
    id: 'demoData',
    keys: ['tiltaksmonitor:mock-db', 'tiltaksmonitor:mock-db:stamp'],
    area: 'localStorage',
    scope: 'demo',
    sourceKeys: ['tiltaksmonitor:mock-db'],
    files: ['mocks/db.ts', 'mocks/browser.ts'],
  },
  {
    id: 'demoFault',
    keys: ['tiltaksmonitor:mock-fault'],
    area: 'localStorage',
    scope: 'demo',
    sourceKeys: ['tiltaksmonitor:mock-fault'],
    files: ['mocks/browser.ts', 'src/main.tsx'],
  },
  {
    id: 'demoDataset',
    keys: ['tiltaksmonitor:mock-dataset'],
    area: 'localStorage',
    scope: 'demo',
    sourceKeys: ['tiltaksmonitor:mock-dataset'],
    files: ['mocks/address.ts', 'mocks/browser.ts', 'scripts/vite-plugin-frames.ts'],
  },
];

/** The items this build keeps: a build for a real backend has no mock, and keeps only the app's own. */
export function storedItems(mocking: boolean): readonly StoredItem[] {
  return STORED_ITEMS.filter((item) => mocking || item.scope === 'app');
}
