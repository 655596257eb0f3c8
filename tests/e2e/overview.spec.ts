import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectFitsPhone, printedPages, scrollToEveryChart, waitForPage } from './support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function figure(page: Page, label: RegExp) {
  return page.getByRole('region', { name: 'Nøkkeltall' }).getByRole('link', { name: label });
}

test('the overview journey: figures, a chart segment, an earlier date, a comparison, the table by keyboard', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  // All plans: the 28 measures of Meld. St. 26 and 11 of the later plans; 25 + 3 completed.
  await expect(figure(page, /^Tiltak i alt 39$/)).toBeVisible();
  await expect(figure(page, /^Fullført 28 72\s%\sav alle$/)).toHaveAttribute('href', '/tiltak?status=completed');

  // A segment of the progress chart (below the risks, drawn when scrolled to) opens the list filtered to it.
  await scrollToEveryChart(page);
  await page.locator('[data-segment="omsorg:planned"]').click();
  await expect(page).toHaveURL(/\/tiltak\?area=omsorg&status=planned$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tiltak' })).toBeVisible();
  await page.goBack();
  await waitForPage(page);

  // The page as it stood on 30 June 2016, in the address.
  await page.getByLabel('Status per').fill('2016-06-30');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page).toHaveURL(/\/\?asOf=2016-06-30$/);
  await expect(page.getByRole('status').filter({ hasText: 'Tall per 30. juni 2016' })).toBeVisible();
  await expect(figure(page, /^Fullført 4 14\s%\sav alle$/)).toBeVisible();
  await expect(figure(page, /^Forsinket 1$/)).toHaveAttribute('href', '/tiltak?overdue=true&asOf=2016-06-30');
  // Meld. St. 26's three (#3, #11, #12) and the substance use plan's start, known only as "2016".
  await expect(page.getByText(/^4 tiltak har en endring som bare er kjent med år eller måned/)).toBeVisible();

  // Compared with the end of 2015: #7 (1.1.2016) was done, #20 started.
  await page.getByLabel('Sammenlign med').fill('2015-12-31');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page).toHaveURL(/\/\?asOf=2016-06-30&compareTo=2015-12-31$/);
  const comparison = page.getByRole('region', { name: 'Endringer fra 31. desember 2015 til 30. juni 2016' });
  await expect(comparison.getByText('2 tiltak har en annen status 30. juni 2016 enn 31. desember 2015.')).toBeVisible();
  await expect(comparison.getByRole('table').nth(1).getByRole('link')).toHaveText([
    'Videreføre arbeidet med ledelse i kvalitetsavtalen med KS.',
    'Forsøksordning med statlig finansiering av omsorgstjenestene',
  ]);

  // Keyboard: the table toggle, then a count in the table opens its measures.
  const panel = page.getByRole('region', { name: 'Fremdrift per område' });
  const toggle = panel.getByRole('button', { name: 'Vis som tabell' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const link = panel.getByRole('link', { name: '3: Barn og unge, Planlagt' });
  await link.focus();
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/tiltak\?area=barn-og-unge&status=planned&asOf=2016-06-30$/);
});

test('a bad date in the address says what is wrong, and a link goes back to today', async ({ page }) => {
  await page.goto('/?asOf=2031-01-01');
  await waitForPage(page);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('«Status per» er 1. januar 2031, som er fram i tid.');
  await alert.getByRole('link', { name: 'Vis tallene for i dag' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(figure(page, /^Tiltak i alt 39$/)).toBeVisible();
});

test('prints on A4 with the figures, the charts and the date of the data, without navigation or controls', async ({ page }) => {
  await page.goto('/?asOf=2017-12-31');
  await waitForPage(page);
  await scrollToEveryChart(page);
  await expect(page.locator('.chart svg.recharts-surface')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toBeHidden();
  await expect(page.getByLabel('Status per')).toBeHidden();
  // Hidden elements leave the accessibility tree, so find the toggles by their class.
  await expect(page.locator('.chart-panel__toggle')).toHaveCount(3);
  for (const button of await page.locator('.chart-panel__toggle').all()) await expect(button).toBeHidden();
  await expect(page.getByText('Tall per 31. desember 2017', { exact: true })).toBeVisible();
  await expect(page.getByText('Skrevet ut fra Tiltaksmonitor. Tall per 31. desember 2017.')).toBeVisible();
  await expect(figure(page, /^Fullført 11/)).toBeVisible();
  for (const chart of await page.locator('.chart svg.recharts-surface').all()) {
    const box = await chart.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
  }
  const pages = await printedPages(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  // The figures, the three charts and the lists a briefing needs (late, at risk, stalled): four pages at most.
  expect(pages).toBeLessThanOrEqual(4);
});

test('printed before the reader has scrolled to the charts, each chart is on paper as its table', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  await waitForPage(page);
  await page.emulateMedia({ media: 'print' });
  for (const title of ['Frister per målår', 'Fullført over tid, mot målene']) {
    const panel = page.locator('section.chart-panel').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(panel.locator('.chart-panel__deferred')).toHaveCount(1);
    await expect(panel.locator('table')).toBeVisible();
  }
  await context.close();
});

test('on a 390 px phone nothing runs off the side, and the charts fit', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/?asOf=2016-06-30&compareTo=2015-12-31');
  await waitForPage(page);
  await scrollToEveryChart(page);
  await expect(page.locator('[data-segment]').first()).toBeVisible();
  await expectFitsPhone(page);
  await context.close();
});

test('axe: the overview with every chart shown as a table has no violations', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/?asOf=2016-06-30');
  await waitForPage(page);
  for (const toggle of await page.getByRole('button', { name: 'Vis som tabell' }).all()) await toggle.click();
  // The three charts' tables and the list of risks and uncertainties.
  await expect(page.getByRole('table')).toHaveCount(4);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => ({ id: violation.id, nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3) }))).toEqual([]);
  await context.close();
});
