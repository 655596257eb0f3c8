import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { expectFitsPhone, scrollToEveryChart, waitForPage, WCAG_TAGS } from './support';

test('the analysis journey: charts, their summaries, the table by keyboard, a measure opened from it', async ({ page }) => {
  await page.goto('/analyse');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Analyse' })).toBeVisible();
  await scrollToEveryChart(page);
  // All plans: 8 measures with a target year (6 of Meld. St. 26, one each of the substance use and habilitation plans).
  await expect(page.locator('[data-chart="target-actual"] [data-measure]')).toHaveCount(8);
  await expect(page.locator('[data-chart="slippage-by-area"] [data-segment]')).toHaveCount(5);
  await expect(page.locator('[data-chart="on-time-by-area"] [data-segment]')).toHaveCount(7);
  await expect(page.getByText(/^6 av 8 tiltak som kan vurderes, ble fullført i tide \(75\s%\)/)).toBeVisible();

  // Keyboard: the table toggle, then a measure's link.
  const panel = page.getByRole('region', { name: 'Planlagt år mot faktisk år' });
  const toggle = panel.getByRole('button', { name: 'Vis som tabell' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const link = panel.getByRole('table').getByRole('link').first();
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tiltak\/ms26-13$/);
});

test('the analysis of one plan: chosen in the form, kept in the address, its data downloaded as CSV', async ({ page }) => {
  await page.goto('/analyse');
  await waitForPage(page);
  // One plan, chosen in the form, lands in the address; the address alone gives the same view.
  await page.getByText(/^Planer:/).click();
  // The box follows the address, which a navigation (a React transition) changes a moment after the
  // click: wait for it rather than expect it at once (check() would).
  const meldSt26 = page.getByRole('checkbox', { name: 'Meld. St. 26 (2014–2015)' });
  await meldSt26.click();
  await expect(page).toHaveURL(/\/analyse\?plan=meld-st-26-2014-2015$/);
  await expect(meldSt26).toBeChecked();
  await expect(page.getByText('28 tiltak i 1 plan, vurdert per', { exact: false })).toBeVisible();
  await scrollToEveryChart(page);
  await expect(page.locator('[data-chart="target-actual"] [data-measure]')).toHaveCount(6);
  await page.reload();
  await waitForPage(page);
  await expect(page.getByText(/^4 av 6 tiltak som kan vurderes, ble fullført i tide \(67\s%\)/)).toBeVisible();

  // The data behind a chart, for Norwegian Excel: a byte order mark, semicolons, the date in the name.
  const group = page.getByRole('group', { name: 'Last ned dataene bak «Planene side om side»' });
  const [download] = await Promise.all([page.waitForEvent('download'), group.getByRole('button', { name: 'CSV (norsk Excel)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tiltaksmonitor-analyse-plan-comparison-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').split('\r\n');
  // The «norsk Excel» file has the data dictionary's Norwegian headers (src/domain/export-dictionary.ts).
  expect(lines[0]).toBe('Plan-ID;Plan;Tiltak;Fullført;Andel fullført;Med målår;Kan vurderes;I tide;Andel i tide;Median forsinkelse (år);Merknad');
  expect(lines[1]).toBe('meld-st-26-2014-2015;Meld. St. 26 (2014–2015);28;25;0,8929;6;6;4;0,6667;0;');
});

test('on a 390 px phone nothing runs off the side, and the charts fit', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/analyse');
  await waitForPage(page);
  await scrollToEveryChart(page);
  await expect(page.locator('[data-measure]').first()).toBeVisible();
  await expect(page.locator('.chart svg.recharts-surface')).toHaveCount(3);
  await expectFitsPhone(page);
  await context.close();
});

test('axe: the analysis with every chart shown as a table has no violations', async ({ page }) => {
  await page.goto('/analyse');
  await waitForPage(page);
  for (const toggle of await page.getByRole('button', { name: 'Vis som tabell' }).all()) await toggle.click();
  await expect(page.getByRole('table')).toHaveCount(4);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3) }))).toEqual([]);
});
