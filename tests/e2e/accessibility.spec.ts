import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LANGUAGES, ROUTES, useLanguage, waitForPage } from './support';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Every page in bokmål (the default); in nynorsk and English the pages whose markup differs with the language:
 * texts that fall back to bokmål carry lang="nb" (measures, duties, reports, the embed), and dates, numbers and
 * plural forms change length. The pages are built alike in every language (the same components, the texts from
 * src/locales, whose keys tests/locales.test.ts compares), so the other 15 pages would repeat the bokmål check
 * at about 6 s each; tests/e2e/journeys.spec.ts switches every page through the three languages.
 */
const IN_EVERY_LANGUAGE: ReadonlySet<string> = new Set(['oversikt', 'tiltak', 'tiltak-id', 'kommune-nr', 'analyse-planer', 'endringer', 'rapport-meld-st-26', 'embed-omraader', '404']);

for (const language of LANGUAGES) {
  for (const route of ROUTES.filter((candidate) => language === 'nb' || IN_EVERY_LANGUAGE.has(candidate.name))) {
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
