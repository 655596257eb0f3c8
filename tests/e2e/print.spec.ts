import { expect, test, type Page } from '@playwright/test';
import { scrollToEveryChart, waitForPage } from './support';

/** Counts the calls of window.print() instead of opening the dialogue. */
async function catchPrint(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
}

/** The value of a print header's entry, by its label. */
function entry(page: Page, label: string) {
  return page.locator('[data-print-header] dl > div').filter({ has: page.getByText(label, { exact: true }) }).locator('dd');
}

const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

test('the overview prints what a briefing needs: the plan, the dates, the selection, and the lists', async ({ page }) => {
  await catchPrint(page);
  await page.goto('/?compareTo=2019-01-01');
  await waitForPage(page);
  await scrollToEveryChart(page);

  const button = page.getByRole('button', { name: 'Skriv ut' });
  await button.click();
  expect(await printed(page)).toBe(1);
  const header = page.locator('[data-print-header]');
  await expect(header).toBeHidden();

  await page.emulateMedia({ media: 'print' });
  await expect(header).toBeVisible();
  await expect(header).toContainText('Tiltaksmonitor – oversikt');
  await expect(entry(page, 'Plan')).toHaveText('Alle planer');
  await expect(entry(page, 'Status per')).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}$/u);
  await expect(entry(page, 'Sammenlign med')).toHaveText('1. januar 2019');
  await expect(entry(page, 'Utvalg')).toHaveText('Alle tiltak i alle planer');
  // The lists, not only the charts: late, at risk and stalled, and what changed between the dates.
  const briefing = page.getByRole('region', { name: 'Risiko og usikkerhet' });
  await expect(briefing.getByRole('table')).toBeVisible();
  await expect(briefing.getByRole('row')).toHaveCount(4);
  await expect(briefing.getByRole('link', { name: /nr\. 22: Utarbeide en plan i samarbeid med KS/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Tiltak som endret status mellom 1\. januar 2019 og / })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Slik teller vi' })).toBeVisible();
  // No controls on paper.
  await expect(button).toBeHidden();
  await expect(briefing.getByRole('button', { name: 'Kopier som tekst' })).toBeHidden();
  await expect(page.locator('.overview-controls')).toBeHidden();
  // Each chart prints its table, drawn or not.
  await expect(page.getByRole('table', { name: /^Tiltak med målår: fullført ved utgangen av hvert år/ })).toBeAttached();
});

test('the analysis prints the plans chosen and the date, and has a print button', async ({ page }) => {
  await catchPrint(page);
  await page.goto('/analyse?plan=meld-st-26-2014-2015&plan=opptrappingsplan-rus-2016-2020');
  await waitForPage(page);
  await page.getByRole('button', { name: 'Skriv ut' }).click();
  expect(await printed(page)).toBe(1);

  await page.emulateMedia({ media: 'print' });
  const header = page.locator('[data-print-header]');
  await expect(header).toBeVisible();
  await expect(header).toContainText('Tiltaksmonitor – analyse');
  await expect(entry(page, 'Planer')).toHaveText('Meld. St. 26 (2014–2015), Prop. 15 S (2015–2016)');
  await expect(entry(page, 'Vurdert per')).toHaveText(/^\d{1,2}\. \p{L}+ \d{4}$/u);
  await expect(entry(page, 'Utvalg')).toHaveText('Alle tiltak i de 2 valgte planene');
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Planene side om side' }).getByRole('table')).toBeVisible();
});

for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) test(`the briefing keeps its place while it loads, at ${viewport.width} px: what is below moves little when it arrives`, async ({ page }) => {
  await page.setViewportSize(viewport);
  await page.goto('/');
  const placeholder = page.locator('.chart-panel--briefing');
  const below = page.getByRole('region', { name: 'Fremdrift per område' });
  await waitForPage(page);
  await expect(placeholder).toHaveCount(0);
  const region = page.getByRole('region', { name: 'Risiko og usikkerhet' });
  const box = await region.boundingBox();
  expect(box).not.toBeNull();
  // The space kept for it is at least as tall as the section usually is (docs/overview.md).
  const kept = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.className = 'chart-panel chart-panel--placeholder chart-panel--briefing';
    document.querySelector('.overview')?.append(probe);
    const height = probe.getBoundingClientRect().height;
    probe.remove();
    return height;
  });
  expect(Math.abs(kept - (box?.height ?? 0))).toBeLessThan(120);
  await expect(below).toBeVisible();
});
