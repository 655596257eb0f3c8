/**
 * The floor of a route: the route after it has rendered in Chromium at Lighthouse's phone size, with every
 * lazy part drawn (the page is scrolled through once), saved as static HTML with its CSS and without any
 * script or script preload. Form controls keep what they show (their state is written into attributes).
 * Saved under <build>/__floor/<slug>/index.html, so that `vite preview` serves it beside the app with the same
 * assets; a copy goes to .lighthouse/floors/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The main routes of issue 10, with the name their floor and reports are saved under. */
export const MAIN_ROUTES = [
  { path: '/', slug: 'oversikt' },
  { path: '/tiltak', slug: 'tiltak' },
  { path: '/tiltak/ms26-13', slug: 'tiltak-ms26-13' },
  { path: '/kommune/4601', slug: 'kommune-4601' },
  { path: '/analyse', slug: 'analyse' },
];

/** Lighthouse's mobile emulation (Moto G Power): the floor is drawn at the size it is audited at. */
export const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** What the app shows while something loads; the page has rendered when none is left. */
export const LOADING_SELECTOR = '.app[data-frame], [aria-busy="true"], .query-state--loading, .page-loading, .chart-panel--placeholder, .chart-panel__loading';

export async function waitUntilRendered(page) {
  await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
  await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, LOADING_SELECTOR, { timeout: 30_000 });
}

export async function makeFloors(origin, routes, { chrome, outDir = 'dist', name = '' }) {
  const browser = await chromium.launch({ executablePath: chrome, args: CHROMIUM_ARGS });
  const floors = new Map();
  mkdirSync('.lighthouse/floors', { recursive: true });
  try {
    for (const route of routes) {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      await page.goto(`${origin}${route.path}`, { waitUntil: 'networkidle' });
      await waitUntilRendered(page);
      // Draw what loads near the viewport (charts below the fold), then go back to the top.
      await page.evaluate(async () => {
        const step = window.innerHeight / 2;
        for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
          window.scrollTo(0, y);
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      });
      await page.waitForLoadState('networkidle');
      await waitUntilRendered(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(300);
      const html = await page.evaluate(() => {
        const root = document.documentElement.cloneNode(true);
        const live = document.documentElement;
        // What a control shows lives in properties, which outerHTML leaves out.
        const liveControls = live.querySelectorAll('input, select, textarea');
        root.querySelectorAll('input, select, textarea').forEach((control, index) => {
          const source = liveControls[index];
          if (source instanceof HTMLSelectElement) {
            [...control.options].forEach((option, i) => option.toggleAttribute('selected', source.options[i]?.selected ?? false));
          } else if (source instanceof HTMLInputElement && (source.type === 'checkbox' || source.type === 'radio')) {
            control.toggleAttribute('checked', source.checked);
          } else if (source instanceof HTMLTextAreaElement) {
            control.textContent = source.value;
          } else if (source instanceof HTMLInputElement) {
            control.setAttribute('value', source.value);
          }
        });
        root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"][as="script"]').forEach((element) => element.remove());
        return `<!doctype html>\n${root.outerHTML}`;
      });
      await context.close();
      const dir = `${outDir}/__floor/${route.slug}`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/index.html`, html);
      writeFileSync(`.lighthouse/floors/${name}${route.slug}.html`, html);
      floors.set(route.slug, `/__floor/${route.slug}/`);
    }
  } finally {
    await browser.close();
  }
  return floors;
}
