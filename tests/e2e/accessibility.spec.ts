import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGUAGES, ROUTES, useLanguage, waitForPage } from './support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

for (const language of LANGUAGES) {
  for (const route of ROUTES) {
    test(`axe: ${route.name} in ${language} has no WCAG 2.1 A/AA violations`, async ({ browser }) => {
      test.slow('slow' in route && route.slow);
      const context = await browser.newContext();
      await useLanguage(context, language);
      const page = await context.newPage();
      await page.goto('embed' in route ? `${route.path}&lang=${language}` : route.path);
      await waitForPage(page);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      const violations = results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
      }));
      expect(violations).toEqual([]);
      await context.close();
    });
  }
}

test('axe: a narrow phone screen has no violations either', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/tiltak/ms26-18');
  await waitForPage(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await context.close();
});

test('the axe check can fail: it reports a known violation', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<html lang="nb"><head><title>Test</title></head><body><main><h1>Test</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id).sort()).toEqual(['image-alt', 'label']);
  await context.close();
});
