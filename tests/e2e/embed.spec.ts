import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { WCAG_TAGS } from './support';

/*
 * «Bygg inn»: an overview chart in an article on another site. The article comes from a small server of the test's
 * own on this machine (Chromium's checks of local network access do not let a page that page.route made up frame a
 * local address), on another origin than the preview server at http://127.0.0.1:4173, the app's:
 * - http://127.0.0.1:<port>: another origin on the same site. The demo's API runs in the browser and needs storage,
 *   which a browser that blocks third-party storage (as Playwright's Chromium does) gives a frame of the same site;
 * - http://localhost:<port>: another site. There the demo says in the frame that it may not store its data (a build
 *   for a real backend stores nothing); a browser that partitions third-party storage shows the chart.
 * Both are potentially trustworthy origins, as an https site would be.
 */
const VIEW = 'plan=meld-st-26-2014-2015&asOf=2020-12-31';
let server: Server;
let ARTICLE = '';
let CROSS_SITE_ARTICLE = '';
/** The article's iframe, per test (the server answers every request with an article around it). */
const iframes = new Map<string, string>();

test.beforeAll(async () => {
  server = createServer((request, response) => {
    const iframe = iframes.get(new URL(request.url ?? '/', 'http://localhost').searchParams.get('test') ?? '') ?? '';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(article(iframe));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  ARTICLE = `http://127.0.0.1:${port}/artikkel`;
  CROSS_SITE_ARTICLE = `http://localhost:${port}/artikkel`;
});
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Opens the article with this iframe in it. */
async function openArticle(page: Page, name: string, iframe: string, address = ARTICLE): Promise<void> {
  iframes.set(name, iframe);
  await page.goto(`${address}?test=${name}`);
}

function article(iframe: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>En artikkel</title></head>
<body><main><h1>En artikkel om tiltakene</h1><p>Teksten før diagrammet.</p>${iframe}<p>Teksten etter.</p></main></body></html>`;
}

/** Waits until the app in the frame has rendered the chart's panel (its summary is there). */
async function chartIn(frame: FrameLocator, title: string) {
  const panel = frame.getByRole('region', { name: title });
  await expect(panel).toBeVisible({ timeout: 20_000 });
  return panel;
}

test('an embed works in a page on another site: its chart, summary, table and link back, and no cookie', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The snippet as the overview's «Bygg inn» gives it, pasted into the article.
  await page.goto(`/?${VIEW}`);
  const overviewPanel = page.getByRole('region', { name: 'Fremdrift per område' });
  await overviewPanel.getByRole('button', { name: 'Bygg inn' }).click();
  const field = overviewPanel.getByRole('textbox', { name: 'HTML-kode for en nettside' });
  await expect(field).toHaveValue(/^<iframe src="/);
  const results = await new AxeBuilder({ page }).include('.embed-snippet').withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  const snippet = await field.inputValue();
  expect(snippet).toBe(
    `<iframe src="${baseURL}/embed/omraader?plan=meld-st-26-2014-2015&amp;asOf=2020-12-31&amp;lang=nb" title="Fremdrift per område – Tiltaksmonitor" width="100%" height="1050" style="border:0" loading="lazy"></iframe>`,
  );
  await openArticle(page, 'areas', snippet);
  expect(new URL(page.url()).origin).not.toBe(new URL(baseURL ?? '').origin);
  const frame = page.frameLocator('iframe');

  const panel = await chartIn(frame, 'Fremdrift per område');
  await expect(frame.getByRole('heading', { level: 1, name: 'Fremdrift per område' })).toBeVisible();
  await expect(panel.getByText(/^\d+ av 28 tiltak er fullført \(\d+\s%\)/)).toBeVisible();
  await expect(frame.getByText(/^Kilde: Tiltaksmonitor, datasett .*Meld\. St\. 26 \(2014–2015\)/)).toBeVisible();
  // No header, footer or navigation in the frame.
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('contentinfo')).toHaveCount(0);
  await expect(frame.getByRole('navigation')).toHaveCount(0);

  // The table toggle shows the table with the figures.
  const toggle = panel.getByRole('button', { name: 'Vis som tabell' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const table = panel.getByRole('table', { name: 'Antall tiltak per område og status, og andel fullført' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /^Kompetanse/ })).toBeVisible();

  // The link back opens the full view, with the same plan and date, in a new tab; the article stays.
  const back = frame.getByRole('link', { name: 'Se hele oversikten i Tiltaksmonitor' });
  await expect(back).toHaveAttribute('target', '_blank');
  const [tab] = await Promise.all([context.waitForEvent('page'), back.click()]);
  await expect(tab).toHaveURL(`${baseURL}/?${VIEW}`);
  await expect(tab.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await tab.close();
  // A count in the table opens its measures in a new tab too, not inside the frame.
  const [list] = await Promise.all([context.waitForEvent('page'), table.getByRole('link', { name: '4: Kompetanse, Fullført' }).click()]);
  await expect(list).toHaveURL(`${baseURL}/tiltak?plan=meld-st-26-2014-2015&area=kompetanse&status=completed&asOf=2020-12-31`);
  await list.close();
  expect(page.url()).toBe(`${ARTICLE}?test=areas`);
  await expect(page.getByRole('heading', { level: 1, name: 'En artikkel om tiltakene' })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 1, name: 'Fremdrift per område' })).toBeVisible();

  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('an embed speaks the language of its address, not the reader’s stored choice, and writes no setting', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  // A reader who chose English on the app's own pages.
  await context.addInitScript(() => {
    if (location.port === '4173' && !window.localStorage.getItem('tiltaksmonitor:ui')) {
      window.localStorage.setItem('tiltaksmonitor:ui', JSON.stringify({ state: { language: 'en' }, version: 0 }));
    }
  });
  const page = await context.newPage();
  await openArticle(page, 'nn', `<iframe src="${baseURL}/embed/frister?${VIEW.replace('&', '&amp;')}&amp;lang=nn" title="Fristar per målår – Tiltaksmonitor" width="100%" height="760" style="border:0"></iframe>`);
  const frame = page.frameLocator('iframe');
  const panel = await chartIn(frame, 'Fristar per målår');
  await expect(frame.locator('html')).toHaveAttribute('lang', 'nn');
  await panel.getByRole('button', { name: 'Vis som tabell' }).click();
  await expect(panel.getByRole('table')).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Sjå heile oversikta i Tiltaksmonitor' })).toHaveAttribute('href', `/?${VIEW}`);
  const stored = await page.frames().find((candidate) => candidate.url().includes('/embed/'))?.evaluate(() => window.localStorage.getItem('tiltaksmonitor:ui'));
  expect(JSON.parse(stored ?? 'null')).toEqual({ state: { language: 'en' }, version: 0 });
  expect(await context.cookies()).toEqual([]);
  await context.close();
});

test('an unknown chart says so in the frame', async ({ page, baseURL }) => {
  await openArticle(page, 'unknown', `<iframe src="${baseURL}/embed/kake" title="Et diagram" width="100%" height="600" style="border:0"></iframe>`, CROSS_SITE_ARTICLE);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1, name: 'Fant ikke diagrammet' })).toBeVisible({ timeout: 20_000 });
  await expect(frame.getByRole('alert')).toContainText('Det finnes ikke noe diagram som heter «kake».');
});

test('on another site, the frame shows the chart or says why the demo cannot, never a blank frame, and sets no cookie', async ({ browser, baseURL }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openArticle(page, 'cross-site', `<iframe src="${baseURL}/embed/omraader?lang=en" title="Progress by area – Tiltaksmonitor" width="100%" height="900" style="border:0"></iframe>`, CROSS_SITE_ARTICLE);
  expect(new URL(page.url()).hostname).toBe('localhost');
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('region', { name: 'Progress by area' }).or(frame.getByText(/does not let the page use local storage/))).toBeVisible({ timeout: 20_000 });
  expect(await context.cookies()).toEqual([]);
  await context.close();
});
