import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { printedPages, waitForPage } from './support';

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
  // The «norsk Excel» file has the data dictionary's Norwegian headers (src/domain/export-dictionary.ts).
  expect(lines[0]).toMatch(/^Kommunenummer;Kommune;Fylke;Per dato;Gruppe;Plikt-ID;/);
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

test('on a 390 px phone the duties start with a summary whose links jump to compact cards', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/kommune/4601');
  await waitForPage(page);
  const summary = page.getByRole('navigation', { name: 'Pliktene kort' });
  const links = summary.getByRole('link');
  await expect(links).toHaveCount(8);
  // The summary starts on the first screen.
  expect((await summary.boundingBox())?.y ?? 9999).toBeLessThan(844);
  // About 1,000 px each before; the one that explains an interpretation is longer.
  for (const card of await page.locator('.duty').all()) {
    const limit = (await card.locator('.obligation-card__interpretation').count()) > 0 ? 1_050 : 750;
    expect((await card.boundingBox())?.height ?? 9999).toBeLessThanOrEqual(limit);
  }
  // 12,443 px before the summary and the compact cards.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(9_000);
  const carers = links.filter({ hasText: /^Pårørende med tunge/ });
  await carers.click();
  await expect(page).toHaveURL(/#plikt-hol-3-6-parorendestotte-2017$/);
  const card = page.locator('#plikt-hol-3-6-parorendestotte-2017');
  await expect(card).toBeInViewport();
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(/^Pårørende med tunge/);
  // The sources are a tap away: measure 23's four (Prop. 49 L, the Directorate's commentary, a municipality's page, the 2016 consultation).
  await card.getByText('Vis kildene (4)').click();
  await expect(card.getByRole('link', { name: 'regjeringen.no: Prop. 49 L (2016–2017)' }).last()).toBeVisible();
  await context.close();
});

test('the printed checklist is one compact row per duty, with its source addresses and columns to fill in, on two A4 pages', async ({ page }) => {
  await page.goto('/kommune/4601');
  await waitForPage(page);
  await page.emulateMedia({ media: 'print' });
  const checklist = page.getByRole('table', { name: 'Sjekkliste' });
  await expect(checklist).toBeVisible();
  await expect(checklist.getByRole('columnheader')).toHaveText(['Utført', 'Plikt', 'I kraft fra', 'Ansvarlig', 'Dato', 'Kommentar']);
  const rows = checklist.locator('tbody tr');
  await expect(rows).toHaveCount(8);
  const carers = rows.filter({ hasText: 'Pårørende med tunge omsorgsoppgaver' });
  await expect(carers).toContainText('Kilder: https://regjeringen.no/no/dokumenter/prop.-49-l-20162017/id2526898/');
  await expect(carers).toContainText('1. oktober 2017');
  // Responsible, date and comment are left empty, to be filled in by hand.
  await expect(carers.locator('td').nth(3)).toHaveText('');
  await expect(carers.locator('td').nth(4)).toHaveText('');
  await expect(carers.locator('td').nth(5)).toHaveText('');
  // The cards and the summary are for the screen.
  await expect(page.locator('.duty').first()).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Pliktene kort' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(checklist).toBeHidden();
  // Ten A4 pages for eight duties before. (Printing to PDF uses the print styles once no media is emulated.)
  await page.emulateMedia({ media: null });
  expect(await printedPages(page)).toBeLessThanOrEqual(2);
});

test('on a 390 px phone the picker shows the search and the last choice, not a list of all 357; a typing error still finds', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/kommune/1826');
  await waitForPage(page);
  await page.goto('/kommune');
  await waitForPage(page);
  await expect(page.getByRole('link', { name: 'Aarborte - Hattfjelldal (1826)', exact: true })).toBeInViewport();
  await expect(page.getByRole('searchbox', { name: 'Søk etter kommune' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1_700);
  await page.getByRole('searchbox', { name: 'Søk etter kommune' }).fill('hattfjeldal');
  await expect(page.getByRole('list', { name: 'Kommuner' }).getByRole('link').first()).toHaveText('Aarborte - Hattfjelldal (1826), Nordland');
  await page.getByRole('searchbox', { name: 'Søk etter kommune' }).fill('');
  await page.getByRole('button', { name: 'Vis alle kommuner etter fylke (357)' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Nordland (41)' })).toBeVisible();
  await context.close();
});
