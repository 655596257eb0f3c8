import { expect, test, type BrowserContext } from '@playwright/test';
import { useLanguage, waitForPage, withoutAppCode } from './support';

/** The main pages, with the heading their frame shows before any script has run. */
const PAGES = [
  { path: '/', heading: 'Oversikt' },
  { path: '/tiltak', heading: 'Tiltak' },
  { path: '/tiltak/ms26-13', heading: 'Nasjonal faglig retningslinje for helsestasjon og skolehelsetjenesten (Hdir) – 2015' },
  { path: '/kommune/4601', heading: 'Bergen kommune' },
  { path: '/analyse', heading: 'Analyse' },
  { path: '/endringer', heading: 'Endringer' },
];
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

for (const { path, heading } of PAGES) {
  test(`${path} can be read before any script has run: header, menu and heading are in the page itself`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link')).toHaveCount(6);
    await expect(page).toHaveTitle(`${heading} – Tiltaksmonitor`);
    await context.close();
  });

  test(`${path} on a phone does not move when the app takes over from its frame and the data arrives`, async ({ browser }) => {
    const frameContext = await browser.newContext(PHONE);
    await withoutAppCode(frameContext);
    const frame = await frameContext.newPage();
    await frame.goto(path);
    const inFrame = await frame.getByRole('heading', { level: 1 }).boundingBox();
    const headerInFrame = await frame.locator('header.app-header').boundingBox();
    await frameContext.close();

    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(path);
    await waitForPage(page);
    await expect(page.locator('.app[data-frame]')).toHaveCount(0);
    expect(await page.locator('header.app-header').boundingBox()).toEqual(headerInFrame);
    expect(await page.getByRole('heading', { level: 1 }).boundingBox()).toEqual(inFrame);
    await context.close();
  });
}

test('on a phone the overview’s controls keep their height when the plans arrive: what is below them does not move', async ({ browser }) => {
  const frameContext = await browser.newContext(PHONE);
  await withoutAppCode(frameContext);
  const frame = await frameContext.newPage();
  await frame.goto('/');
  const inFrame = await frame.locator('.overview-controls').boundingBox();
  await frameContext.close();

  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/');
  await waitForPage(page);
  await expect(page.getByRole('combobox', { name: 'Plan' })).toBeEnabled();
  expect(await page.locator('.overview-controls').boundingBox()).toEqual(inFrame);
  await context.close();
});

test('on a desktop the header’s settings keep their place when the demo users arrive: nothing in the header moves', async ({ browser }) => {
  const frameContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await withoutAppCode(frameContext);
  const frame = await frameContext.newPage();
  await frame.goto('/');
  const settingsInFrame = await frame.locator('.app-header__settings').boundingBox();
  const languageInFrame = await frame.getByRole('combobox', { name: /Språk/ }).boundingBox();
  await frameContext.close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  await waitForPage(page);
  const user = page.getByRole('combobox', { name: 'Innlogget som (demo)' });
  await expect(user.getByRole('option')).toHaveCount(4);
  expect(await page.locator('.app-header__settings').boundingBox()).toEqual(settingsInFrame);
  expect(await page.getByRole('combobox', { name: /Språk/ }).boundingBox()).toEqual(languageInFrame);
  await context.close();
});

test('the app’s code is requested only after the frame has been shown, on every main page', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  for (const { path } of PAGES) {
    await page.goto(path);
    await waitForPage(page);
    const order = await page.evaluate(() => ({
      shown: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
      firstScript: Math.min(
        ...performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname.startsWith('/assets/') && entry.name.endsWith('.js'))
          .map((entry) => entry.startTime),
      ),
    }));
    expect(order.shown, `${path}: a first contentful paint`).not.toBeNull();
    expect(order.firstScript, `${path}: the first script file after the first contentful paint`).toBeGreaterThan(order.shown ?? Infinity);
  }
  await context.close();
});

test('the frame’s controls wait for the app, so that nothing chosen before it runs is lost', async ({ browser }) => {
  const frameContext = await browser.newContext();
  await withoutAppCode(frameContext);
  const frame = await frameContext.newPage();
  await frame.goto('/analyse');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Analyse');
  await expect(frame.locator('select[inert]')).toHaveCount(2);
  // Tabbing through the frame reaches its links, never a control that would forget what was chosen.
  const focused: string[] = [];
  for (let press = 0; press < 12; press += 1) {
    await frame.keyboard.press('Tab');
    focused.push(await frame.evaluate(() => document.activeElement?.tagName ?? ''));
  }
  expect(focused).toContain('A');
  expect(focused.filter((tag) => ['SELECT', 'INPUT', 'BUTTON', 'SUMMARY', 'TEXTAREA'].includes(tag))).toEqual([]);
  await frameContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/analyse');
  await waitForPage(page);
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Analysis');
  await context.close();
});

test('a reader who chose nynorsk never sees the bokmål frame: it stays hidden until the app renders', async ({ browser }) => {
  const frameContext = await browser.newContext();
  await useLanguage(frameContext, 'nn');
  await withoutAppCode(frameContext);
  const frame = await frameContext.newPage();
  await frame.goto('/');
  await expect(frame.locator('.app[data-frame]')).toHaveCount(1);
  await expect(frame.getByRole('heading', { level: 1 })).toBeHidden();
  await frameContext.close();

  const context = await browser.newContext();
  await useLanguage(context, 'nn');
  const page = await context.newPage();
  await page.goto('/');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oversikt');
  await expect(page.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible();
  await context.close();
});

test('an address with filters shows the frame’s header, not its unfiltered page, until the app renders', async ({ browser }) => {
  const context = await browser.newContext();
  await withoutAppCode(context);
  const page = await context.newPage();
  await page.goto('/tiltak?status=completed');
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await context.close();
});

test('a frame for one measure is not shown when another dataset is served', async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => window.localStorage.setItem('tiltaksmonitor:mock-dataset', JSON.stringify({ kind: 'large', size: 5 })));
  await withoutAppCode(context);
  const page = await context.newPage();
  await page.goto('/tiltak/ms26-13');
  await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
  await context.close();
});

const CANNOT_START = 'Demo-API-et kunne ikke starte i denne nettleseren: ';
const NO_SERVICE_WORKERS = `${CANNOT_START}nettleseren lar ikke siden bruke service workers`;
const NO_STORAGE = `${CANNOT_START}nettleseren lar ikke siden bruke lokal lagring`;
const MEASURE = PAGES[2] as (typeof PAGES)[number];

/** The list and a measure that exists: each says plainly why there is no data, under its heading, and never that the measure is missing. */
async function expectApiNamedMissing(context: BrowserContext, message: string): Promise<void> {
  const page = await context.newPage();
  // The measure's own frame knew its heading, and the failed page keeps it.
  for (const { path, heading } of [PAGES[1] as (typeof PAGES)[number], MEASURE]) {
    await page.goto(path);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByText(/Fant ikke tiltaket|HTTP 404/)).toHaveCount(0);
  }
}

test('when the demo API cannot start in the browser, the page says so instead of failing quietly', async ({ browser }) => {
  const context = await browser.newContext();
  // A browser without service workers (some private modes, some policies).
  await context.addInitScript(() => Object.defineProperty(navigator, 'serviceWorker', { value: undefined }));
  await expectApiNamedMissing(context, NO_SERVICE_WORKERS);
  await context.close();
});

test('when the browser refuses to register service workers, the pages say so', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await expectApiNamedMissing(context, NO_SERVICE_WORKERS);
  await context.close();
});

test('when the browser blocks local storage, the pages say so', async ({ browser }) => {
  const context = await browser.newContext();
  // What a browser does with cookies and site data blocked: reading `localStorage` throws.
  await context.addInitScript(() =>
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    }),
  );
  await expectApiNamedMissing(context, NO_STORAGE);
  await context.close();
});

test('when the demo API stops answering and the web server answers instead, a measure that exists is not reported missing', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/tiltak');
  await waitForPage(page);
  // The service worker forgets this page (as when the browser restarts it): requests for data go past it to the
  // web server, which answers /api/… with the app's HTML.
  await page.evaluate(() => navigator.serviceWorker.controller?.postMessage('CLIENT_CLOSED'));
  await expect.poll(async () => page.evaluate(async () => (await fetch('/api/measures/ms26-13')).headers.get('content-type'))).toContain('text/html');
  await page.getByRole('link', { name: MEASURE.heading }).first().click();
  await expect(page.getByRole('alert')).toContainText(`${CANNOT_START}forespørslene om data ble besvart av nettstedet i stedet for av demo-API-et`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiltaket kunne ikke vises');
  await expect(page.getByText(/Fant ikke tiltaket|HTTP 404/)).toHaveCount(0);
  await context.close();
});
