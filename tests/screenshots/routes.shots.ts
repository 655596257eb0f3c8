import { test } from '@playwright/test';
import { ROUTES, waitForPage } from '../e2e/support';

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
      await page.screenshot({ path: `screenshots/${route.name}-${viewport.name}.png`, fullPage: true });
      await context.close();
    });
  }
}
