import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { scrollToEveryChart, waitForPage } from './support';

interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

function readManifest(): Manifest {
  return JSON.parse(readFileSync(join('dist', '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/** A module's chunk and its static imports. */
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

const CHARTS = ['area-progress-chart', 'deadline-chart', 'burn-up-chart'].map((name) => `src/features/overview/components/${name}.tsx`);
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

/** The chart code (recharts and the charts) that nothing but a chart needs. */
function chartCode(): Set<string> {
  const manifest = readManifest();
  const rest = staticClosure(manifest, ['index.html', 'src/app/routes/overview.tsx', 'src/features/overview/components/chart-sections.ts', 'mocks/browser.ts']);
  return new Set([...staticClosure(manifest, CHARTS)].filter((file) => !rest.has(file)));
}

function loadedScripts(page: Page): Set<string> {
  const loaded = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) loaded.add(path.slice(1));
  });
  return loaded;
}

test('on a phone, the overview loads no chart code until the reader scrolls to the charts, and then draws them', async ({ browser }) => {
  const charts = chartCode();
  expect(charts.size).toBeGreaterThan(0);
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const loaded = loadedScripts(page);
  await page.goto('/');
  await waitForPage(page);
  await expect(page.getByRole('link', { name: /^Tiltak i alt 39$/ })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect([...loaded].filter((file) => charts.has(file))).toEqual([]);
  await expect(page.locator('.recharts-surface')).toHaveCount(0);

  await scrollToEveryChart(page);
  await expect(page.locator('.chart svg.recharts-surface')).toHaveCount(3);
  await expect(page.locator('[data-chart="area-progress"] [data-segment]').first()).toBeVisible();
  expect([...charts].filter((file) => !loaded.has(file))).toEqual([]);
  await context.close();
});

test('the figures and the charts’ tables do not wait for the chart code, and do without it', async ({ browser }) => {
  const charts = chartCode();
  const context = await browser.newContext();
  const page = await context.newPage();
  // On the context, not the page: the mock API's service worker fetches the app's files, and only context routes see those.
  await context.route('**/assets/*.js', (route) => {
    const file = new URL(route.request().url()).pathname.slice(1);
    return charts.has(file) ? route.abort() : route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('link', { name: /^Fullført \d+/ })).toBeVisible();
  await scrollToEveryChart(page);
  for (const title of ['Fremdrift per område', 'Frister per målår', 'Fullført over tid, mot målene']) {
    const panel = page.getByRole('region', { name: title });
    await expect(panel.getByText('Diagrammet kunne ikke lastes. Tabellen viser de samme tallene.')).toBeVisible();
    await expect(panel.getByRole('table')).toBeVisible();
  }
  await context.close();
});
