import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { expect, test } from '@playwright/test';
import { waitForPage, WCAG_TAGS } from './support';

interface Descriptor {
  profile: string;
  version: string;
  resources: { name: string; path: string; rows: number; bytes: number; schema: { fields: { name: string }[] } }[];
}

test('the preview build serves the data package beside the app: the descriptor and every file it names', async ({ request }) => {
  const response = await request.get('/data/datapackage.json');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/json');
  const descriptor = (await response.json()) as Descriptor;
  expect(descriptor.profile).toBe('tabular-data-package');
  expect(descriptor.resources.map((resource) => resource.name)).toContain('measures');
  for (const resource of descriptor.resources) {
    const file = await request.get(`/data/${resource.path}`);
    expect(file.status(), resource.path).toBe(200);
    expect(file.headers()['content-type']).toContain('text/csv');
    const body = await file.body();
    expect(body.length).toBe(resource.bytes);
    const parsed = Papa.parse<string[]>(body.toString('utf8'), { skipEmptyLines: true });
    expect(parsed.data[0]).toEqual(resource.schema.fields.map((field) => field.name));
    expect(parsed.data).toHaveLength(resource.rows + 1);
  }
});

test('/data is the page, reached from the footer, with a working link to each file, and no axe violations with a file’s fields open', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Åpne data' }).click();
  await expect(page).toHaveURL(/\/data$/);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Åpne data' })).toBeVisible();
  const files = page.getByRole('table', { name: 'Filene i datapakken' });
  await expect(files.getByRole('row')).toHaveCount(10);
  const link = files.getByRole('link', { name: 'measures.csv' });
  const href = await link.getAttribute('href');
  expect(href).toMatch(/\/data\/measures\.csv$/);
  const csv = await page.request.get(href ?? '');
  expect(csv.status()).toBe(200);
  expect((await csv.text()).startsWith('id,plan_id,number,area_id,')).toBe(true);

  await page.getByText(/^Tiltak \(measures\.csv\): \d+ felt$/).click();
  await expect(page.getByRole('table', { name: 'Feltene i Tiltak' })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }))).toEqual([]);

  // A fresh load of /data is the page too, not the folder of files.
  await page.goto('/data');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Åpne data' })).toBeVisible();
});
