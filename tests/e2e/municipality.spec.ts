import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { waitForPage } from './support';

test('pick a municipality by typing and the keyboard; a reload and a return to the picker remember it', async ({ page }) => {
  await page.goto('/kommune');
  await waitForPage(page);
  const search = page.getByRole('searchbox', { name: 'Søk etter kommune' });
  await search.focus();
  await page.keyboard.type('Ber');
  await expect(page).toHaveURL(/\/kommune\?q=Ber$/);
  await expect(page.getByRole('status').filter({ hasText: /passer$/ })).toHaveText('6 kommuner passer');
  // Tab from the field to the first match (past the field's clear button, if any), then Enter.
  const first = page.getByRole('list', { name: 'Kommuner' }).getByRole('link').first();
  await expect(first).toHaveText('Bergen (4601), Vestland');
  for (let step = 0; step < 3 && !(await first.evaluate((link) => link === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/kommune\/4601$/);
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bergen kommune');
  await expect(page.getByRole('region', { name: 'I kraft (8)' }).getByRole('heading', { level: 3 })).toHaveCount(8);

  await page.reload();
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bergen kommune');
  await page.getByRole('link', { name: '← Velg en annen kommune' }).click();
  await waitForPage(page);
  await expect(page).toHaveURL(/\/kommune$/);
  await expect(page.getByRole('link', { name: 'Bergen (4601)', exact: true })).toHaveAttribute('href', '/kommune/4601');
  // æøå typed on the keyboard, and Enter with a single match goes to it.
  await search.fill('tromsø');
  await expect(page.getByRole('list', { name: 'Kommuner' }).getByRole('link')).toHaveText(['Tromsø (5501), Troms']);
  await search.press('Enter');
  await expect(page).toHaveURL(/\/kommune\/5501$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tromsø kommune');
});

test('prints as an A4 checklist: a box per duty, the municipality, the date and the sources, without navigation or controls', async ({ page }) => {
  await page.goto('/kommune/4601?asOf=2017-06-30');
  await waitForPage(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Sjekkliste: lovpålagte plikter for Bergen kommune (4601)')).toBeVisible();
  await expect(page.getByText('Data per 30. juni 2017. Pliktene gjelder alle kommuner likt.')).toBeVisible();
  await expect(page.locator('.duty__check')).toHaveCount(8);
  for (const box of await page.locator('.duty__check').all()) await expect(box).toBeVisible();
  await expect(page.getByText('https://www.ssb.no/klass/klassifikasjoner/131', { exact: true })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByLabel('Vis pliktene per dato')).toBeHidden();
  await expect(page.getByRole('link', { name: '← Velg en annen kommune' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.duty__check').first()).toBeHidden();
});

test('downloads the duties as CSV with a byte order mark and one row per duty', async ({ page }) => {
  await page.goto('/kommune/4601?asOf=2017-06-30');
  await waitForPage(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV for Excel (semikolon)' }).click()]);
  expect(download.suggestedFilename()).toBe('plikter-kommune-4601-2017-06-30-semikolon.csv');
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).trim().split('\r\n');
  expect(lines[0]).toMatch(/^municipality_number;municipality;county;as_of;group;duty_id;/);
  expect(lines).toHaveLength(9);
  expect(lines.slice(1).map((line) => line.split(';').slice(0, 6).join(';'))).toEqual([
    '4601;Bergen;Vestland;2017-06-30;in_force;sykehjem-kriterieforskrift-2016',
    '4601;Bergen;Vestland;2017-06-30;in_force;hol-3-5-ohjelp-psykisk-rus-2017',
    '4601;Bergen;Vestland;2017-06-30;in_force;kompetansekrav-leger-2017',
    '4601;Bergen;Vestland;2017-06-30;coming;sykehjem-venteliste-2017',
    '4601;Bergen;Vestland;2017-06-30;coming;hol-3-6-parorendestotte-2017',
    '4601;Bergen;Vestland;2017-06-30;coming;hol-3-2-kjernekompetanse-2018',
    '4601;Bergen;Vestland;2017-06-30;coming;betaling-utskrivningsklare-psykisk-tsb-2019',
    '4601;Bergen;Vestland;2017-06-30;coming;hol-3-2-kjernekompetanse-2020',
  ]);
});

for (const path of ['/kommune?q=ber', '/kommune/5540?asOf=2017-06-30']) {
  test(`fits a 390 px phone without sideways scrolling: ${path}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(path);
    await waitForPage(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
}
