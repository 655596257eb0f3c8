import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForPage } from './support';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join('dist', '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** The same rule as scripts/size.mjs: an entry and its static imports. */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`No chunk for ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/** The overview's own lazy modules (chart panels, charts, comparison), found through its dynamic imports. */
function overviewLazyModules(manifest: Manifest): string[] {
  const found = new Set<string>();
  const visit = (key: string) => {
    for (const imported of manifest[key]?.dynamicImports ?? []) {
      if (!imported.startsWith('src/features/overview/') || found.has(imported)) continue;
      found.add(imported);
      visit(imported);
    }
  };
  visit('src/app/routes/overview.tsx');
  return [...found];
}

const FIRST_VISIT = ['index.html', 'src/app/routes/overview.tsx', 'src/locales/nb/common.json', 'src/locales/nb/overview.json', 'mocks/browser.ts'];
const CHARTS = ['area-progress-chart', 'deadline-chart', 'burn-up-chart'].map((name) => `src/features/overview/components/${name}.tsx`);

test('a first visit to / loads what npm run size counts, and the overview’s charts only after it', async ({ browser }) => {
  const manifest = readManifest();
  const expected = staticClosure(manifest, FIRST_VISIT);
  const lazy = overviewLazyModules(manifest);
  expect(lazy).toEqual(expect.arrayContaining(CHARTS));
  const allowedLater = staticClosure(manifest, lazy);
  const chartCode = [...staticClosure(manifest, CHARTS)].filter((file) => !expected.has(file));
  // recharts is not part of the budgeted first visit.
  expect(chartCode.length).toBeGreaterThan(0);

  const context = await browser.newContext();
  const page = await context.newPage();
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) loaded.add(path.slice(1));
  });
  await page.goto('/');
  await waitForPage(page);
  await expect(page.getByText('Tiltak i alt')).toBeVisible();
  await expect(page.locator('[data-chart="area-progress"] [data-segment]').first()).toBeVisible();
  for (const file of expected) expect(loaded, `first visit loads ${file}`).toContain(file);
  const later = [...loaded].filter((file) => !expected.has(file));
  expect(later.filter((file) => !allowedLater.has(file)), 'only the overview’s lazy chunks load after the first visit’s').toEqual([]);
  expect(later).toEqual(expect.arrayContaining(chartCode));
  await context.close();
});

test('the figures and the charts’ tables do not wait for the chart code, and do without it', async ({ browser }) => {
  const manifest = readManifest();
  const expected = staticClosure(manifest, FIRST_VISIT);
  const panels = staticClosure(manifest, ['src/features/overview/components/chart-sections.ts']);
  const chartCode = new Set([...staticClosure(manifest, CHARTS)].filter((file) => !expected.has(file) && !panels.has(file)));

  const context = await browser.newContext();
  const page = await context.newPage();
  // On the context, not the page: the mock API's service worker fetches the app's files, and only context routes see those.
  await context.route('**/assets/*.js', (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    return chartCode.has(file) ? route.abort() : route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Fullført \d+/ })).toBeVisible();
  for (const title of ['Fremdrift per område', 'Frister per målår', 'Fullført over tid, mot målene']) {
    const panel = page.getByRole('region', { name: title });
    await expect(panel.getByText('Diagrammet kunne ikke lastes. Tabellen viser de samme tallene.')).toBeVisible();
    await expect(panel.getByRole('table')).toBeVisible();
  }
  await context.close();
});
