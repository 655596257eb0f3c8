#!/usr/bin/env node
/**
 * npm run size: the gzip size of the JavaScript a first visit to / loads, and of every lazy chunk.
 *
 * A first visit loads the entry (index.html's script and its static imports), the overview page and
 * the bokmål texts it needs (the common and overview namespaces), with their static imports. The mock API (msw and the
 * demo data) also loads on a first visit while the app runs without a backend; it stands in for the
 * server and is reported on its own line, outside the budget. tests/e2e/first-visit.spec.ts checks in a
 * real browser that a first visit loads exactly the files counted here.
 *
 * Fails (exit 1) when the first-visit app JavaScript is above the budget. Sizes are gzip at the default
 * level, in kB of 1000 bytes, as Vite reports them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 150;
export const FIRST_VISIT_ENTRIES = ['index.html', 'src/app/routes/overview.tsx', 'src/locales/nb/common.json', 'src/locales/nb/overview.json'];
export const MOCK_ENTRY = 'mocks/browser.ts';

const dist = process.argv[2] ?? 'dist';

export function readManifest(distDir = dist) {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
}

/** The chunk files an entry loads before it runs: itself and its static imports, recursively. */
export function staticClosure(manifest, keys) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`No chunk for ${key} in the manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

function sizeOf(distDir, file) {
  const content = readFileSync(join(distDir, file));
  return { raw: content.length, gzip: gzipSync(content).length };
}

const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(7);

function main() {
  const manifest = readManifest();
  const firstVisit = staticClosure(manifest, FIRST_VISIT_ENTRIES);
  const mock = new Set([...staticClosure(manifest, [MOCK_ENTRY])].filter((file) => !firstVisit.has(file)));
  const allJs = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));
  const lazy = [...allJs].filter((file) => !firstVisit.has(file) && !mock.has(file)).sort();

  const total = (files) => [...files].reduce((sum, file) => {
    const size = sizeOf(dist, file);
    return { raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip };
  }, { raw: 0, gzip: 0 });

  const firstVisitSize = total(firstVisit);
  const mockSize = total(mock);
  console.log('First visit to / (app JavaScript)       raw kB   gzip kB');
  for (const file of [...firstVisit].sort()) {
    const size = sizeOf(dist, file);
    console.log(`  ${file.padEnd(38)}${kB(size.raw)}  ${kB(size.gzip)}`);
  }
  console.log(`  ${'TOTAL'.padEnd(38)}${kB(firstVisitSize.raw)}  ${kB(firstVisitSize.gzip)}   budget ${BUDGET_KB} kB gzip`);
  console.log(`\nMock API (loaded while no backend is configured; not in the budget)`);
  console.log(`  ${'TOTAL'.padEnd(38)}${kB(mockSize.raw)}  ${kB(mockSize.gzip)}`);
  console.log('\nLazy chunks (loaded when needed)');
  for (const file of lazy) {
    const size = sizeOf(dist, file);
    console.log(`  ${file.padEnd(38)}${kB(size.raw)}  ${kB(size.gzip)}`);
  }

  const report = {
    budgetKb: BUDGET_KB,
    firstVisit: { files: [...firstVisit].sort(), ...firstVisitSize },
    mock: { files: [...mock].sort(), ...mockSize },
    lazy: Object.fromEntries(lazy.map((file) => [file, sizeOf(dist, file)])),
  };
  writeFileSync(join(dist, 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);

  if (firstVisitSize.gzip / 1000 > BUDGET_KB) {
    console.error(`\nOver budget: the first visit loads ${kB(firstVisitSize.gzip).trim()} kB gzip of JavaScript (budget ${BUDGET_KB} kB).`);
    process.exit(1);
  }
  console.log(`\nWithin budget: ${kB(firstVisitSize.gzip).trim()} of ${BUDGET_KB} kB gzip.`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
