import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { useLanguage, waitForPage } from './support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The measure table (an ARIA table of virtualized rows) and the plan numbers of the rows it shows. */
function measureTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Tiltak i / });
}
async function shownNumbers(page: Page): Promise<number[]> {
  const rows = measureTable(page).getByRole('row');
  const texts = await rows.evaluateAll((elements) => elements.slice(1).map((row) => row.querySelector('[role="cell"]')?.textContent ?? ''));
  return texts.map(Number);
}

test('filter and search, copy the link, open it in a new page: the same view', async ({ browser }) => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('/tiltak');
  await waitForPage(page);
  // All plans: Meld. St. 26's 28 measures and 6 of later plans, plus the header row.
  await expect(measureTable(page).getByRole('row')).toHaveCount(40);

  await page.getByText('Filtre', { exact: true }).click();
  const mentalHealth = page.getByRole('group', { name: 'Område' }).getByRole('checkbox', { name: 'Psykisk helse og rus' });
  await mentalHealth.click();
  await expect(mentalHealth).toBeChecked();
  await page.getByRole('combobox', { name: 'Plikt for kommunene' }).selectOption({ label: 'Legger plikt på kommunene' });
  await page.getByRole('searchbox', { name: 'Søk i tittel og beskrivelse' }).fill('PLIKT');
  await expect.poll(() => shownNumbers(page)).toEqual([15, 17, 18]);
  await measureTable(page).getByRole('columnheader', { name: /^Frist/ }).getByRole('button').click();
  await expect(measureTable(page).getByRole('columnheader', { name: /^Frist/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(() => shownNumbers(page)).toEqual([17, 18, 15]);
  await expect(page).toHaveURL(/\/tiltak\?area=psykisk-helse-og-rus&hasObligation=true&q=PLIKT&sort=deadline$/);

  // Downloads and the link are one click away (so that on a phone the first measures are near the top).
  await page.getByText('Last ned eller del utvalget', { exact: true }).click();
  await page.getByRole('button', { name: 'Kopier lenke til visningen' }).click();
  await expect(page.getByText('Lenken til visningen er kopiert.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const other = await context.newPage();
  await other.goto(copied);
  await waitForPage(other);
  await expect.poll(() => shownNumbers(other)).toEqual([17, 18, 15]);
  await expect(other.getByRole('searchbox', { name: 'Søk i tittel og beskrivelse' })).toHaveValue('PLIKT');
  await expect(other.getByRole('group', { name: 'Valgte filtre' }).getByRole('button')).toHaveText([
    'Område: Psykisk helse og rus',
    'Med plikt for kommunene',
    'Søk: «PLIKT»',
    'Fjern alle filtre',
  ]);
  await context.close();
});

test('a deep link to a filtered view works on a cold start', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/tiltak?area=psykisk-helse-og-rus&status=completed');
  await waitForPage(page);
  // Meld. St. 26's #15–#19, then the escalation plan for substance use that followed #19 up.
  await expect.poll(() => shownNumbers(page)).toEqual([15, 16, 17, 18, 19, 1]);
  await expect(page.getByRole('status').filter({ hasText: /^Viser/ })).toHaveText('Viser 6 av 39 tiltak');
  await expect(page).toHaveTitle('Tiltak – Tiltaksmonitor');
  await context.close();
});

test('a link with a bad value says so, and shows the rest of the view', async ({ page }) => {
  await page.goto('/tiltak?status=done&area=ledelse');
  await waitForPage(page);
  await expect(page.getByText('«done» er ikke en gyldig verdi for status og er hoppet over.')).toBeVisible();
  // In plan order, then by number: Meld. St. 26's #5–#7, then the leadership programme in Kompetanseløft 2020 and 2025 (#2 of each).
  await expect.poll(() => shownNumbers(page)).toEqual([5, 6, 7, 2, 2]);
});

test('the list as it stood on a past date, and back to today', async ({ page }) => {
  await page.goto('/tiltak?asOf=2016-06-30&overdue=true');
  await waitForPage(page);
  await expect(page.getByRole('heading', { name: 'Slik det sto 30. juni 2016' })).toBeVisible();
  await expect.poll(() => shownNumbers(page)).toEqual([13]);
  await page.getByRole('button', { name: 'Vis dagens status' }).click();
  await expect(page.getByRole('heading', { name: 'Ingen tiltak passer' })).toBeVisible();
  await expect(page).toHaveURL(/\/tiltak\?overdue=true$/);
});

test('sorting by keyboard from a column header', async ({ page }) => {
  await page.goto('/tiltak?plan=meld-st-26-2014-2015');
  await waitForPage(page);
  const header = measureTable(page).getByRole('columnheader', { name: /^Tiltak/ });
  await header.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect.poll(async () => (await shownNumbers(page)).slice(0, 3)).toEqual([2, 28, 26]);
  await page.keyboard.press('Enter');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(async () => (await shownNumbers(page)).slice(0, 3)).toEqual([7, 23, 3]);
});

test('downloads the view as CSV with a byte order mark, named with the date', async ({ page }) => {
  await page.goto('/tiltak?plan=meld-st-26-2014-2015&area=ledelse');
  await waitForPage(page);
  await page.getByText('Last ned eller del utvalget', { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV (norsk Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tiltak-semikolon-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines).toHaveLength(4);
  // The «norsk Excel» file has the data dictionary's Norwegian headers (src/domain/export-dictionary.ts).
  expect(lines[0]?.startsWith('Tiltak-ID;Plan-ID;Plan;Nr.;Område-ID;Område;')).toBe(true);
  expect(lines.slice(1).map((line) => line.split(';')[0])).toEqual(['ms26-05', 'ms26-06', 'ms26-07']);
});

test('10,000 synthetic measures: marked as such, searchable, and the last row is reachable', async ({ page }) => {
  await page.goto('/tiltak?dataset=large&n=10000');
  await waitForPage(page);
  await expect(page).toHaveURL(/\/tiltak$/);
  await expect(page.getByRole('heading', { name: 'Syntetiske testdata' })).toBeVisible();
  const table = measureTable(page);
  await expect(table).toHaveAttribute('aria-rowcount', '10001');
  const count = page.getByRole('status').filter({ hasText: /^Viser/ });
  await expect(count).toHaveText('Viser 10 000 av 10 000 tiltak');
  // The rows' code loads when a list is long (its fallback is an empty row group): a person presses End once the rows
  // are there. Pressing it before (as this test did under CI's load) scrolls a short page and leaves the rows above.
  await expect(table.locator('[aria-rowindex="2"]')).toBeVisible();
  const rendered = await table.getByRole('row').count();
  expect(rendered).toBeGreaterThan(2);
  expect(rendered).toBeLessThan(80);

  await page.keyboard.press('End');
  await expect(table.locator('[aria-rowindex="10001"]')).toBeVisible();
  await expect(table.locator('[aria-rowindex="10001"]').getByRole('link')).toHaveAttribute('href', '/tiltak/syn-10000');

  await page.keyboard.press('Home');
  await page.getByRole('searchbox', { name: 'Søk i tittel og beskrivelse' }).pressSequentially('pårørende økonomi', { delay: 20 });
  await expect(count).toHaveText(/^Viser \d+ av 10\s000 tiltak$/);
  const first = table.getByRole('row').nth(1).getByRole('link');
  await expect(first).toContainText('pårørende');
  await expect(first).toContainText('økonomi');

  // Back to the real data.
  await page.getByRole('link', { name: 'Tilbake til ekte data' }).click();
  await waitForPage(page);
  await expect(page.getByRole('heading', { name: 'Syntetiske testdata' })).toHaveCount(0);
  await expect(measureTable(page)).toHaveAttribute('aria-rowcount', '40');
});

test('on a phone the list is cards, and the page has no axe violations', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/tiltak?plan=meld-st-26-2014-2015&area=ledelse');
  await waitForPage(page);
  const firstRow = measureTable(page).getByRole('row').nth(1);
  const box = await firstRow.boundingBox();
  expect(box?.width ?? 0).toBeLessThanOrEqual(390);
  // The header row is there for screen readers but takes no room on screen.
  expect((await measureTable(page).getByRole('row').first().boundingBox())?.height ?? 0).toBeLessThanOrEqual(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await context.close();
});

test('the measure page prints without the app around it, with the addresses of its sources', async ({ page }) => {
  await page.goto('/tiltak/ms26-17');
  await waitForPage(page);
  await expect(page.getByRole('heading', { name: 'Relaterte tiltak' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  const after = await page
    .getByRole('link', { name: /Lovdata: Forskrift FOR-2015-11-13-1287/ })
    .first()
    .evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://lovdata.no/dokument/SF/forskrift/2015-11-13-1287');
});

test('printing the list prints every measure, also those far below the screen', async ({ page }) => {
  await page.goto('/tiltak');
  await waitForPage(page);
  await page.getByText('Last ned eller del utvalget', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'CSV', exact: true })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const table = measureTable(page);
  await expect(table.getByRole('row')).toHaveCount(40);
  // Paper cannot download: the export toolbar stays on screen only.
  await expect(page.locator('.export-toolbar')).toHaveCount(1);
  await expect(page.locator('.export-toolbar')).toBeHidden();
  await expect(page.getByText('Last ned eller del utvalget', { exact: true })).toBeHidden();
  // Rows far below the screen skip rendering on screen (content-visibility); on paper none may.
  const lastLink = table.getByRole('row').last().getByRole('link');
  expect(await lastLink.evaluate((link) => link.checkVisibility({ contentVisibilityAuto: true }))).toBe(true);
});

test('Back while a search waits to be written drops it: the entry Back returns to keeps its own address', async ({ page }) => {
  await page.goto('/tiltak?status=completed');
  await waitForPage(page);
  await measureTable(page).getByRole('columnheader', { name: /^Tiltak/ }).getByRole('button').click();
  await expect(page).toHaveURL(/\/tiltak\?status=completed&sort=title$/);
  // Typing, and Back before the address follows the search box (it waits for a pause of 300 ms).
  await page.getByRole('searchbox', { name: 'Søk i tittel og beskrivelse' }).pressSequentially('ledelse', { delay: 20 });
  await page.goBack();
  await expect(page).toHaveURL(/\/tiltak\?status=completed$/);
  await expect(page.getByRole('searchbox', { name: 'Søk i tittel og beskrivelse' })).toHaveValue('');
  // Well past the pause: the waiting search never lands on the entry Back returned to.
  await page.waitForTimeout(1000);
  await expect(page).toHaveURL(/\/tiltak\?status=completed$/);
});

for (const [language, width] of [['nb', 1280], ['nn', 1280], ['en', 1280], ['en', 1920], ['nb', 1920]] as const) {
  test(`on a ${width} px screen the list fits: no column’s header or tag runs into the next, and nothing sticks out at the side (${language})`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    await useLanguage(context, language);
    const page = await context.newPage();
    await page.goto('/tiltak');
    await waitForPage(page);
    await expect(page.locator('.measure-list__body [role="row"]').first()).toBeVisible();
    const crowded = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.measure-list__row--head [role="columnheader"], .measure-list__body [role="row"]:nth-child(-n+10) > *')]
        .filter((cell) => cell.scrollWidth > cell.clientWidth + 1 || [...cell.children].some((child) => child.getBoundingClientRect().right > cell.getBoundingClientRect().right + 1))
        .map((cell) => `${cell.className}: ${cell.textContent}`),
    );
    expect(crowded).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await context.close();
  });
}
