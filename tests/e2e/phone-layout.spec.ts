import { expect, test, type Page } from '@playwright/test';
import { useLanguage, waitForPage, withoutAppCode, wordsBrokenWithoutHyphen, type Language } from './support';

/** A phone held upright (issue 13: the header took 415 of its 844 px). */
const PHONE = { viewport: { width: 390, height: 844 } };
const MAIN_PAGES = ['/', '/tiltak', '/tiltak/ms26-13', '/kommune', '/kommune/4601', '/analyse'];

/** Elements (in `scope`) that stick out of the viewport at the side (a table that scrolls in its own box may). */
async function elementsWiderThanViewport(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((within) => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll(`${within} *`)]
      .filter((element) => !element.closest('.table-scroll, .visually-hidden, .ds-skip-link'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
  }, scope);
}


for (const path of MAIN_PAGES) {
  test(`on a 390 px phone ${path} has a compact header, its menu folded behind a button`, async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(path);
    await waitForPage(page);
    const header = await page.locator('header.app-header').boundingBox();
    expect(header?.height ?? 999).toBeLessThanOrEqual(90);
    await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeHidden();
    await expect(page.getByRole('combobox', { name: 'Språk' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Meny' })).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('button', { name: 'Meny' }).click();
    expect(await elementsWiderThanViewport(page, 'header.app-header')).toEqual([]);
    await context.close();
  });
}

test('on a phone the menu button opens the menu and the settings, Escape closes them, and a link closes it too', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/tiltak/ms26-13');
  await waitForPage(page);
  const button = page.getByRole('button', { name: 'Meny' });
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  const links = await page.locator('header nav a').count();
  expect(links).toBeGreaterThanOrEqual(4);
  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(page.locator(`#${await button.getAttribute('aria-controls')}`)).toBeVisible();
  await expect(nav.getByRole('link')).toHaveCount(links);
  await expect(page.getByRole('combobox', { name: 'Språk' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Innlogget som (demo)' })).toBeVisible();
  // Every link of the open menu is a comfortable target for a finger.
  for (const link of await nav.getByRole('link').all()) expect((await link.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
  await expect(nav).toBeHidden();

  await button.click();
  await nav.getByRole('link', { name: 'Kommune' }).click();
  await expect(page).toHaveURL(/\/kommune$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommune');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();
  await context.close();
});

test('on a phone, before any script has run, the frame’s menu link opens the menu, and the app keeps it open', async ({ browser }) => {
  const frameContext = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const frame = await frameContext.newPage();
  await frame.goto('/analyse');
  const nav = frame.getByRole('navigation', { name: 'Hovedmeny' });
  await expect(nav).toBeHidden();
  const links = await frame.locator('header nav a').count();
  expect(links).toBeGreaterThanOrEqual(4);
  await frame.getByRole('link', { name: 'Meny' }).click();
  await expect(nav.getByRole('link')).toHaveCount(links);
  const openInFrame = await frame.locator('header.app-header').boundingBox();
  await frame.getByRole('link', { name: 'Lukk menyen' }).click();
  await expect(nav).toBeHidden();
  await frameContext.close();

  // The app takes over from a frame whose menu was open: it stays open, and nothing moves.
  const blocked = await browser.newContext(PHONE);
  await withoutAppCode(blocked);
  const before = await blocked.newPage();
  await before.goto('/analyse#app-header');
  await expect(before.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  expect(await before.locator('header.app-header').boundingBox()).toEqual(openInFrame);
  await blocked.close();

  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/analyse#app-header');
  await waitForPage(page);
  await expect(page.getByRole('button', { name: 'Meny' })).toHaveAttribute('aria-expanded', 'true');
  expect(await page.locator('header.app-header').boundingBox()).toEqual(openInFrame);
  await context.close();
});

test('on a wide screen the header is as before: menu and settings in view, no menu button', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto('/');
  await waitForPage(page);
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Meny' })).toBeHidden();
  await context.close();
});

test('on a phone a measure’s title leaves room for the page on the first screen', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/tiltak/ms26-13');
  await waitForPage(page);
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  expect(heading?.height ?? 999).toBeLessThanOrEqual(200);
  // Its longest word (skolehelsetjenesten) fits the line.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await wordsBrokenWithoutHyphen(page)).toEqual([]);
  await context.close();
});

const WORD_PAGES: { path: string; language: Language }[] = [
  { path: '/', language: 'nb' },
  { path: '/tiltak/ms26-13', language: 'nb' },
  { path: '/tiltak/ms26-23', language: 'nb' },
  { path: '/kommune?q=b', language: 'nb' },
  { path: '/kommune/4601', language: 'nb' },
  { path: '/kommune/4601', language: 'nn' },
  { path: '/kommune/4601', language: 'en' },
  { path: '/tiltak/ms26-23', language: 'en' },
  { path: '/analyse', language: 'nb' },
  { path: '/om', language: 'nb' },
  { path: '/tilgjengelighet', language: 'nn' },
];

for (const { path, language } of WORD_PAGES) {
  test(`on a 390 px phone no word is broken without a hyphen, and nothing runs off the side: ${path} (${language})`, async ({ browser }) => {
    const context = await browser.newContext(PHONE);
    await useLanguage(context, language);
    const page = await context.newPage();
    await page.goto(path);
    await waitForPage(page);
    expect(await wordsBrokenWithoutHyphen(page)).toEqual([]);
    expect(await elementsWiderThanViewport(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });
}

test('on a 390 px phone the log of changes is a column of cards, not a table scrolled sideways, and still a table to a screen reader', async ({ browser }) => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto('/endringer');
  await waitForPage(page);
  const table = page.getByRole('table', { name: /^Endringer/ });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const region = page.locator('.table-scroll').filter({ has: table });
  expect(await region.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  // One card: its cells one below the other, each cell's header still its column header.
  const card = table.getByRole('row').nth(1);
  const why = await card.getByRole('cell').nth(3).boundingBox();
  const by = await card.getByRole('cell').nth(4).boundingBox();
  expect(by?.y ?? 0).toBeGreaterThan((why?.y ?? 0) + (why?.height ?? 0) - 1);
  await expect(table.getByRole('columnheader')).toHaveCount(7);
  expect(await elementsWiderThanViewport(page)).toEqual([]);
  expect(await wordsBrokenWithoutHyphen(page)).toEqual([]);
  await context.close();
});
