import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { waitForPage } from './support';

/**
 * Issue 17 in a real browser: an admin registers a white paper from its text (the seed text of Meld. St. 26, as
 * it is written), sees the preview, saves once, finds the measures on /tiltak, and they are still there after a
 * reload (the mock keeps them in the browser's storage).
 */
// The copy in docs/sources (tests/domain/plan-text-import.test.ts checks it against ../shared/seeds where that is there).
const SEED = readFileSync(fileURLToPath(new URL('../../docs/sources/seed-003-meld-st-26-regjeringen.txt', import.meta.url)), 'utf8');

test('an admin registers a plan from its text: preview, one save, the measures on /tiltak, kept after a reload', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  const select = page.getByRole('combobox', { name: 'Innlogget som (demo)' });
  await select.selectOption({ label: 'Ada Admin – administrator' });
  await expect(select.locator('option:checked')).toHaveText('Ada Admin – administrator');

  await page.getByRole('contentinfo').getByRole('link', { name: 'Registrer en ny plan' }).click();
  await expect(page.getByRole('form', { name: 'Ny plan' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Referanse' }).fill('Meld. St. 99 (2025–2026)');
  await page.getByRole('textbox', { name: 'Tittel (bokmål)' }).fill('Fremtidens primærhelsetjeneste, igjen');
  await page.getByLabel('Lagt fram').fill('2026-03-01');
  await page.getByRole('textbox', { name: 'Kildens tittel' }).fill('Regjeringen.no: Meld. St. 99 (2025–2026)');
  await page.getByRole('textbox', { name: 'Adresse (URL)' }).fill('https://www.regjeringen.no/no/dokumenter/meld.-st.-99-20252026/id1/');
  await page.getByRole('textbox', { name: 'Planens tekst' }).fill(SEED);
  await page.getByRole('button', { name: 'Vis forhåndsvisning' }).click();
  const preview = page.getByRole('table', { name: 'Tiltakene som blir lagret' });
  await expect(preview.getByRole('row')).toHaveCount(29);
  await page.getByRole('combobox', { name: 'Virkemiddel' }).selectOption('plan');

  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/plans') posts.push(request.url());
  });
  await page.getByRole('button', { name: 'Lagre plan og 28 tiltak' }).click();
  await expect(page.getByText('Meld. St. 99 (2025–2026) er lagret med 28 tiltak.')).toBeVisible();
  await expect(page).toHaveURL(/\/tiltak\?plan=meld-st-99-2025-2026$/);
  expect(posts).toHaveLength(1);
  const count = page.getByRole('status').filter({ hasText: /^Viser/ });
  await expect(count).toHaveText(/^Viser 28 av \d+ tiltak$/);

  await page.reload();
  await waitForPage(page);
  await expect(count).toHaveText(/^Viser 28 av \d+ tiltak$/);
  await page.getByRole('link', { name: /^Legge frem en ungdomshelsestrategi i 2016/ }).first().click();
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('ungdomshelsestrategi');
  // The history starts with who registered it, and from which source.
  await expect(page.getByText('Ada Admin (Tiltaksmonitor (demo))').first()).toBeVisible();
});
