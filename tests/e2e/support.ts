import AxeBuilder from '@axe-core/playwright';
import { expect, type BrowserContext, type Page } from '@playwright/test';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every route of the app, with a path that shows real content. */
export const ROUTES = [
  { name: 'oversikt', path: '/' },
  { name: 'oversikt-per-dato', path: '/?asOf=2016-06-30&compareTo=2015-12-31' },
  { name: 'tiltak', path: '/tiltak' },
  { name: 'tiltak-id', path: '/tiltak/ms26-13' },
  { name: 'tiltak-filtrert', path: '/tiltak?area=psykisk-helse-og-rus&status=completed&q=plikt&sort=deadline&order=desc' },
  { name: 'tiltak-per-dato', path: '/tiltak?asOf=2016-06-30&status=planned' },
  // 10,000 generated measures: loading them takes seconds on a busy 2-core machine.
  { name: 'tiltak-syntetisk', path: '/tiltak?dataset=large&n=10000', slow: true },
  { name: 'kommune', path: '/kommune' },
  { name: 'kommune-nr', path: '/kommune/4601' },
  { name: 'kommune-per-dato', path: '/kommune/4601?asOf=2017-06-30' },
  { name: 'analyse', path: '/analyse' },
  { name: 'analyse-planer', path: '/analyse?plan=meld-st-26-2014-2015&plan=opptrappingsplan-rus-2016-2020' },
  { name: 'endringer', path: '/endringer' },
  { name: 'endringer-filtrert', path: '/endringer?plan=meld-st-26-2014-2015&from=2015-01-01&to=2026-12-31' },
  { name: 'endringer-syntetisk', path: '/endringer?dataset=large&n=10000', slow: true },
  { name: 'data', path: '/data' },
  { name: 'om', path: '/om' },
  { name: 'tilgjengelighet', path: '/tilgjengelighet' },
  // Signed out: the page says it is for administrators (the form is covered in tests/features/plan-import.test.tsx).
  { name: 'planer-ny', path: '/planer/ny' },
  // Signed out, as the other plan page (the edit form is covered in tests/features/plan-edit.test.tsx).
  { name: 'planer-rediger', path: '/planer/meld-st-26-2014-2015/rediger' },
  { name: 'rapport', path: '/rapport' },
  { name: 'rapport-meld-st-26', path: '/rapport?plan=meld-st-26-2014-2015&asOf=2020-12-31&compareTo=2017-01-01' },
  // An embed speaks the language of its address (`lang=`, added per language), not the stored one, and has no menu.
  { name: 'embed-omraader', path: '/embed/omraader?plan=meld-st-26-2014-2015&asOf=2020-12-31', embed: true },
  { name: '404', path: '/finnes-ikke' },
] as const;

export const NAV_LABEL: Record<Language, string> = { nb: 'Hovedmeny', nn: 'Hovudmeny', en: 'Main menu' };

/** Starts the context with a stored language, as a returning user would have. */
export async function useLanguage(context: BrowserContext, language: Language): Promise<void> {
  await context.addInitScript((lang) => {
    if (!window.localStorage.getItem('tiltaksmonitor:ui')) {
      window.localStorage.setItem('tiltaksmonitor:ui', JSON.stringify({ state: { language: lang }, version: 0 }));
    }
  }, language);
}

/** Waits until the page has its heading, the app runs, and nothing is loading any more (charts below the fold are drawn only when scrolled to). */
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The app has taken over from the page's prerendered frame (whose controls do nothing yet).
  await expect(page.locator('.app[data-frame]')).toHaveCount(0, { timeout: 20_000 });
  // Waiting longer only delays a test that fails anyway; the 10,000-measure view can take this long under load.
  await expect(page.locator('.query-state--loading, .page-loading, .chart-panel--placeholder, .chart-panel__loading')).toHaveCount(0, { timeout: 20_000 });
}

/**
 * Scrolls to every chart on the page, as a reader would: charts draw when they come near the viewport
 * (src/components/charts/use-near-viewport.ts). Waits until each has drawn, or failed and shown its table.
 */
export async function scrollToEveryChart(page: Page): Promise<void> {
  const waiting = page.locator('.chart-panel__deferred, .chart-panel__loading, .chart-panel--placeholder, .query-state--loading');
  await expect(async () => {
    const deferred = page.locator('.chart-panel__deferred');
    if ((await deferred.count()) > 0) await deferred.first().scrollIntoViewIfNeeded();
    await expect(waiting).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
}

/** A key that i18next could not find shows as ⟦key⟧ (see src/lib/i18n.ts). */
export async function expectNoMissingTranslations(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text.match(/⟦[^⟧]*⟧/g) ?? []).toEqual([]);
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** On a phone `width` px wide: nothing runs off the side, every chart fits, and axe finds nothing. */
export async function expectFitsPhone(page: Page, width = 390): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
  for (const chart of await page.locator('.chart svg.recharts-surface').all()) {
    const box = await chart.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(width);
  }
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/**
 * Words of four letters or more that the browser broke across two lines (dashes and slashes are places a line
 * may break, so they part words). Where the browser can hyphenate the text's language, a break in text with
 * `hyphens: auto` carries its hyphen and is left out; where it cannot (Debian's Chromium has no dictionaries),
 * every broken word is one broken without a hyphen.
 */
export async function wordsBrokenWithoutHyphen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canHyphenate = (lang: string) => {
      const probe = document.createElement('div');
      probe.lang = lang;
      probe.style.cssText = 'position:absolute;width:4em;hyphens:auto;overflow-wrap:normal;visibility:hidden';
      probe.textContent = 'omsorgsdepartementet';
      document.body.append(probe);
      const hyphenates = probe.scrollWidth <= probe.clientWidth;
      probe.remove();
      return hyphenates;
    };
    const hyphenating = new Map<string, boolean>();
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('.app') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('.visually-hidden, .table-scroll, svg')) continue;
      const lang = parent.closest('[lang]')?.getAttribute('lang') ?? 'nb';
      if (!hyphenating.has(lang)) hyphenating.set(lang, canHyphenate(lang));
      if (hyphenating.get(lang) === true && getComputedStyle(parent).hyphens === 'auto') continue;
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/[^\s\u00ad\u2010-\u2015\-/]{4,}/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(`${match[0]} (${parent.tagName.toLowerCase()}.${parent.className})`);
      }
    }
    return broken;
  });
}

/** The app's code never arrives: what the reader sees is the page's prerendered frame (and its inline settings script). */
export async function withoutAppCode(context: BrowserContext): Promise<void> {
  await context.route('**/assets/*.js', (route) => route.abort());
}

/** How many A4 pages the page prints on (Chromium's PDF, with the page's own print styles and page size). */
export async function printedPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}
