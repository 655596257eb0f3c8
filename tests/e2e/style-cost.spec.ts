import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { scrollToEveryChart, waitForPage } from './support';

/**
 * How many elements the browser restyles when one element is added to the page: Designsystemet rules with a
 * `:has()` before a combinator used to make it restyle every element on every change (scripts/designsystemet-css.ts).
 * Counted from Chromium's trace (its UpdateLayoutTree events), not timed.
 */
async function restyledByOneChange(browser: Browser, page: Page, attempt: number): Promise<number> {
  const path = test.info().outputPath(`restyle-${attempt}.json`);
  // Whatever is still pending (a chart that just drew, the details just opened) is styled before the trace
  // starts, so that the trace holds the one change and nothing left over from before it.
  await page.waitForLoadState('networkidle');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            document.body.getBoundingClientRect();
            resolve();
          }),
        );
      }),
  );
  await browser.startTracing(page, { path, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await page.evaluate(() => {
    document.body.getBoundingClientRect();
    const added = document.createElement('span');
    added.textContent = 'x';
    document.querySelector('main')?.append(added);
    document.body.getBoundingClientRect();
  });
  await browser.stopTracing();
  const events = (JSON.parse(readFileSync(path, 'utf8')) as { traceEvents: { name: string; ph: string; args?: { elementCount?: number } }[] }).traceEvents;
  return Math.max(0, ...events.filter((event) => event.name === 'UpdateLayoutTree' && event.ph === 'X').map((event) => event.args?.elementCount ?? 0));
}

for (const path of ['/', '/tiltak', '/analyse?dataset=large&n=2000']) {
  test(`on ${path}, adding an element restyles a few elements, not the whole page`, async ({ browser }) => {
    test.slow(path.includes('dataset'));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(path);
    await waitForPage(page);
    // The whole page, as a reader who has scrolled through it has it: every chart drawn, every details open.
    await scrollToEveryChart(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    const elements = await page.evaluate(() => document.querySelectorAll('*').length);
    expect(elements).toBeGreaterThan(500);
    // The least of three tries: a rule that restyles the whole page does so every time, while other work that
    // happens to fall inside one trace (a chart redrawn on a slow CI machine) does not come back each time.
    const tries: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) tries.push(await restyledByOneChange(browser, page, attempt));
    expect(Math.min(...tries), `elements restyled in each try: ${tries.join(', ')}`).toBeLessThan(50);
    await context.close();
  });
}
