import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORED_ITEMS } from '@/features/about/utils/browser-storage';

/**
 * /om lists what the app stores in the browser (src/features/about/utils/browser-storage.ts). This reads the code
 * for every storage key, so that a new one cannot appear without the page saying so.
 */
// The repository (vitest runs there; under jsdom import.meta.url is not a file address).
const ROOT = process.cwd();
/** The list itself names every key; it is what the code is compared with. */
const LIST = 'src/features/about/';
/** The inline script of every prerendered frame reads the settings before the first paint. */
const FRAME_SCRIPT = 'scripts/vite-plugin-frames.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

/** A template's `${…}` as `*`, as the list writes it. */
const normalise = (key: string) => key.replace(/\$\{[^}]*\}/g, '*');

/**
 * The storage keys a piece of code names: any string starting with the app's prefix `tiltaksmonitor:`, any string
 * given straight to localStorage or sessionStorage, and the name of a persisted zustand store.
 */
function storageKeysIn(code: string): string[] {
  const keys = new Set<string>();
  for (const match of code.matchAll(/(['"`])(tiltaksmonitor:[^'"`]*)\1/g)) keys.add(normalise(match[2] ?? ''));
  for (const match of code.matchAll(/(?:localStorage|sessionStorage)\s*\.\s*(?:getItem|setItem|removeItem)\(\s*(['"`])([^'"`]*)\1/g)) keys.add(normalise(match[2] ?? ''));
  if (/from\s+['"]zustand\/middleware['"]/.test(code)) for (const match of code.matchAll(/\bname:\s*(['"`])([^'"`]*)\1/g)) keys.add(normalise(match[2] ?? ''));
  return [...keys];
}

/** Browser storage the page says the app does not use: cookies, IndexedDB, Cache Storage. */
const OTHER_STORAGE = /document\s*\.\s*cookie|\bindexedDB\b|\bcaches\s*\.\s*(?:open|match|keys)|\bcookieStore\s*\.\s*(?:get|getAll|set|delete)\b|navigator\s*\.\s*storage\b/;

const files = [...sourceFiles('src'), ...sourceFiles('mocks')].filter((file) => !file.startsWith(LIST));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const listed = new Set(STORED_ITEMS.flatMap((item) => item.sourceKeys));

describe('what /om says the app stores in the browser', () => {
  it('finds new keys, whichever way the code names them', () => {
    const code = [
      "import { createJSONStorage, persist } from 'zustand/middleware';",
      "window.localStorage.setItem('other-key', '1');",
      'const key = (id: string) => `tiltaksmonitor:filters:${id}`;',
      "persist((set) => ({}), { name: 'a-store', storage: createJSONStorage(() => window.sessionStorage) });",
    ].join('\n');
    expect(storageKeysIn(code).sort()).toEqual(['a-store', 'other-key', 'tiltaksmonitor:filters:*']);
    expect(OTHER_STORAGE.test('document.cookie = "a=b"')).toBe(true);
    expect(OTHER_STORAGE.test("await cookieStore.set('a', 'b')")).toBe(true);
    // A file named cookieStore.mjs in a comment is not the Cookie Store API.
    expect(OTHER_STORAGE.test('msw/lib/core/utils/cookieStore.mjs')).toBe(false);
  });

  it('lists every key that src/ and mocks/ use', () => {
    const found = new Map<string, string>();
    for (const file of files) for (const key of storageKeysIn(read(file))) found.set(key, file);
    expect(found.size).toBeGreaterThanOrEqual(5);
    expect([...found].filter(([key]) => !listed.has(key)).map(([key, file]) => `${key} (${file})`)).toEqual([]);
    // And lists no key the code no longer uses.
    expect([...listed].filter((key) => !found.has(key))).toEqual([]);
  });

  it('lists every key the frames’ inline script reads before the first paint', () => {
    const script = read(FRAME_SCRIPT);
    const keys = [...script.matchAll(/localStorage\.getItem\(\\?"([^"\\]+)\\?"\)/g)].map((match) => match[1] ?? '');
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(keys.filter((key) => !listed.has(key))).toEqual([]);
  });

  it('uses no cookies, IndexedDB or Cache Storage anywhere in src/ or mocks/', () => {
    expect(files.filter((file) => OTHER_STORAGE.test(read(file))).map((file) => relative(ROOT, join(ROOT, file)))).toEqual([]);
  });

  it('points at code that exists, for each item', () => {
    for (const item of STORED_ITEMS) for (const file of item.files) expect(existsSync(join(ROOT, file)), `${item.id}: ${file}`).toBe(true);
  });
});
