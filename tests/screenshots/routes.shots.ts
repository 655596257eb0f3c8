import { test } from '@playwright/test';
import { ROUTES, scrollToEveryChart, waitForPage } from '../e2e/support';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

for (const viewport of VIEWPORTS) {
  for (const route of ROUTES) {
    test(`${route.name} at ${viewport.name}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      await page.goto(route.path);
      await waitForPage(page);
      // Charts draw when scrolled to, and rows far below the screen only then: scroll through the page first.
      await scrollToEveryChart(page);
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        window.scrollTo(0, 0);
      });
      await page.screenshot({ path: `screenshots/${route.name}-${viewport.name}.png`, fullPage: true });
      await context.close();
    });
  }
}
