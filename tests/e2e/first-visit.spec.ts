import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { waitForPage } from './support';

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The same rule as scripts/size.mjs: an entry and its static imports. */
function staticClosure(manifest: Record<string, ManifestChunk>, keys: string[]): Set<string> {
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

test('a first visit to / loads exactly the JavaScript that npm run size counts', async ({ browser }) => {
  const manifest = JSON.parse(readFileSync(join('dist', '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const expected = staticClosure(manifest, ['index.html', 'src/app/routes/overview.tsx', 'src/locales/nb/index.ts', 'mocks/browser.ts']);

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
  expect([...loaded].sort()).toEqual([...expected].sort());
  await context.close();
});
