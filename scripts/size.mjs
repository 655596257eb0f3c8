#!/usr/bin/env node
/**
 * npm run size: how much JavaScript a visitor gets, and the budgets CI holds the build to (issue 10).
 *
 * 1. The entry graph: index.html's script and everything it imports statically (all of it must arrive
 *    before the app can render; the page's prerendered frame shows meanwhile). Read from the build manifest.
 * 2. The whole visit of each main route, measured in Debian's Chromium at a phone's size with the embedded
 *    mock API: every script the page requests until the network has been idle (the mock's worker and its
 *    data files included), as a first visit with an empty cache. Nothing is scrolled, so charts below the
 *    fold (which load as the reader nears them) are not part of it.
 * 3. A build for a real backend (VITE_API_BASE_URL set) contains no msw and no fixtures: no module of theirs
 *    in its source maps, no service worker script, no prerendered data.
 *
 * Sizes are gzip at zlib's default level of the files in dist/, in kB of 1000 bytes, as Vite reports them.
 * Exits 1 above a budget or when the backend build has mock code. Writes dist/size-report.json.
 *
 *   npm run size                      build, then measure
 *   node scripts/size.mjs             measure dist/ as it is (CI: the build the end-to-end tests used)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, MAIN_ROUTES, PHONE } from './floors.mjs';
import { startPreview } from './preview.mjs';

export const BUDGETS_KB = { entry: 90, visit: 260 };
const dist = 'dist';
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const kB = (bytes) => (bytes / 1000).toFixed(1);
const gzipOf = (dir, file) => gzipSync(readFileSync(join(dir, file))).length;

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8'));
}

/** The chunk files a module loads before it runs: itself and its static imports, recursively. */
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

/** Which part of the app a file belongs to, for the report: the mock API, its data, the charts, or the app. */
function partOf(manifest, file) {
  const sources = Object.entries(manifest).filter(([, chunk]) => chunk.file === file).map(([key]) => key);
  if (file === 'mockServiceWorker.js' || sources.some((key) => key.startsWith('mocks/fixtures'))) return 'mock data';
  if (sources.some((key) => key.startsWith('mocks/'))) return 'mock';
  if (/chart-kit|BarChart|-chart-/.test(file)) return 'charts';
  return 'app';
}

async function measureVisits(manifest) {
  const preview = await startPreview(Number(process.env.SIZE_PORT ?? 4182));
  const browser = await chromium.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
  const visits = [];
  try {
    for (const route of MAIN_ROUTES) {
      const context = await browser.newContext(PHONE);
      const scripts = new Set();
      // On the context: it also sees what the mock's service worker fetches for the page.
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (url.origin === preview.origin && url.pathname.endsWith('.js')) scripts.add(url.pathname.slice(1));
      });
      const page = await context.newPage();
      await page.goto(`${preview.origin}${route.path}`, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor();
      // Anything started once the page is idle (an idle callback, a late chunk) counts too.
      await page.waitForTimeout(1500);
      await page.waitForLoadState('networkidle');
      await context.close();
      const files = [...scripts].sort().map((file) => ({ file, gzip: gzipOf(dist, file), part: partOf(manifest, file) }));
      visits.push({ route: route.path, files, gzip: files.reduce((sum, file) => sum + file.gzip, 0) });
    }
  } finally {
    await browser.close();
    await preview.stop();
  }
  return visits;
}

/** Builds for a real backend into a temporary folder and lists what of the mock it still contains. */
function mockInBackendBuild() {
  const outDir = mkdtempSync(join(tmpdir(), 'tiltaksmonitor-backend-build-'));
  try {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--sourcemap', '--logLevel', 'error'], {
      env: { ...process.env, VITE_API_BASE_URL: 'https://api.example.invalid' },
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`The backend build failed:\n${build.stderr}`);
    const found = [];
    const assets = join(outDir, 'assets');
    for (const map of readdirSync(assets).filter((file) => file.endsWith('.js.map'))) {
      const { sources } = JSON.parse(readFileSync(join(assets, map), 'utf8'));
      for (const source of sources) {
        if (/node_modules\/(msw|@mswjs)\/|(^|\/)mocks\//.test(source)) found.push(`${map.replace(/\.map$/, '')}: ${source.replace(/^(\.\.\/)+/, '')}`);
      }
    }
    if (existsSync(join(outDir, 'mockServiceWorker.js'))) found.push('mockServiceWorker.js');
    if (existsSync(join(outDir, '__frames', 'pages'))) found.push('__frames/pages (frames with data from the fixtures)');
    const scriptKb = readdirSync(assets).filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzipOf(outDir, join('assets', file)), 0);
    return { found, scriptKb: scriptKb / 1000 };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function main() {
  const manifest = readManifest(dist);
  const entryFiles = [...staticClosure(manifest, ['index.html'])].sort();
  const entry = entryFiles.map((file) => ({ file, gzip: gzipOf(dist, file) }));
  const entryGzip = entry.reduce((sum, file) => sum + file.gzip, 0);
  console.log('Entry graph (index.html’s script and its static imports)       gzip kB');
  for (const file of entry) console.log(`  ${file.file.padEnd(60)}${kB(file.gzip).padStart(6)}`);
  console.log(`  ${'TOTAL'.padEnd(60)}${kB(entryGzip).padStart(6)}   budget ${BUDGETS_KB.entry} kB`);

  const visits = await measureVisits(manifest);
  console.log('\nWhole first visit on a phone (412 × 823), every script until the network is idle, gzip kB');
  console.log(`  ${'route'.padEnd(18)}${'files'.padStart(6)}${'app'.padStart(8)}${'mock'.padStart(8)}${'data'.padStart(8)}${'charts'.padStart(8)}${'TOTAL'.padStart(8)}   budget ${BUDGETS_KB.visit} kB`);
  for (const visit of visits) {
    const part = (name) => kB(visit.files.filter((file) => file.part === name).reduce((sum, file) => sum + file.gzip, 0)).padStart(8);
    console.log(`  ${visit.route.padEnd(18)}${String(visit.files.length).padStart(6)}${part('app')}${part('mock')}${part('mock data')}${part('charts')}${kB(visit.gzip).padStart(8)}`);
  }

  const backend = mockInBackendBuild();
  console.log(`\nBuild for a real backend (VITE_API_BASE_URL set): ${backend.found.length === 0 ? 'no msw, no mock code, no fixtures' : 'CONTAINS MOCK CODE'}; all its JavaScript ${backend.scriptKb.toFixed(1)} kB gzip`);
  for (const item of backend.found.slice(0, 20)) console.log(`  ${item}`);

  writeFileSync(
    join(dist, 'size-report.json'),
    `${JSON.stringify({ budgetsKb: BUDGETS_KB, entry: { files: entry, gzip: entryGzip }, visits, backendBuild: backend }, null, 2)}\n`,
  );

  const failures = [];
  if (entryGzip / 1000 > BUDGETS_KB.entry) failures.push(`the entry graph is ${kB(entryGzip)} kB gzip (budget ${BUDGETS_KB.entry} kB)`);
  for (const visit of visits) {
    if (visit.gzip / 1000 > BUDGETS_KB.visit) failures.push(`a first visit to ${visit.route} loads ${kB(visit.gzip)} kB gzip of JavaScript (budget ${BUDGETS_KB.visit} kB)`);
  }
  if (backend.found.length > 0) failures.push('the build for a real backend contains mock code');
  if (failures.length > 0) {
    console.error(`\nOver budget:\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nWithin every budget.');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
