import { expect, test } from '@playwright/test';
import { expectNoMissingTranslations, LANGUAGES, NAV_LABEL, ROUTES, waitForPage } from './support';

test('open the app, see the measures, open one', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();
  await expect(page.getByText('Tiltak i alt')).toBeVisible();

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tiltak' }).click();
  await waitForPage(page);
  const table = page.getByRole('table', { name: /Tiltak i Meld\. St\. 26/ });
  // Every plan's measures: the 28 of Meld. St. 26 and 11 of the later plans, plus the header row.
  await expect(table.getByRole('row')).toHaveCount(40);

  await table.getByRole('link', { name: /Innføre kommunal ø-hjelp døgnplikt/ }).click();
  await expect(page).toHaveURL(/\/tiltak\/ms26-17$/);
  await expect(page.getByRole('heading', { level: 1, name: /ø-hjelp døgnplikt/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Historikk' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Plikter for kommunene' })).toContainText('§ 3-5 tredje ledd');
});

// An embed has no menu: its language is its address's (tests/e2e/embed.spec.ts).
for (const route of ROUTES.filter((candidate) => !('embed' in candidate))) {
  test(`switch nb → nn → en → nb on ${route.name}, with no missing or untranslated texts`, async ({ page }) => {
    test.slow('slow' in route && route.slow);
    await page.goto(route.path);
    await waitForPage(page);
    for (const language of [...LANGUAGES.slice(1), 'nb' as const]) {
      await page.getByRole('combobox', { name: /^(Språk|Language)$/ }).selectOption(language);
      await expect(page.getByRole('navigation', { name: NAV_LABEL[language] })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await waitForPage(page);
      await expectNoMissingTranslations(page);
    }
  });
}

test('English pages have English interface text', async ({ page }) => {
  await page.goto('/tiltak/ms26-18');
  await waitForPage(page);
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('en');
  await expect(page.getByRole('heading', { level: 2, name: 'History' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/from 2017 at the earliest/);
  // Interface text that stayed in bokmål would show here.
  for (const word of ['Historikk', 'Kilder', 'Tiltak i', 'Ansvarlig']) {
    await expect(page.getByText(word, { exact: true })).toHaveCount(0);
  }
});

test('a reload keeps the chosen language', async ({ page }) => {
  await page.goto('/tiltak');
  await waitForPage(page);
  await page.getByRole('combobox', { name: 'Språk' }).selectOption('nn');
  await expect(page.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible();
  await page.reload();
  await waitForPage(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn');
  await expect(page.getByRole('navigation', { name: 'Hovudmeny' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Språk' })).toHaveValue('nn');
});

test('a deep link to a measure works on a cold start', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/tiltak/ms26-15');
  await waitForPage(page);
  await expect(page.getByRole('heading', { level: 1, name: /psykologkompetanse/ })).toBeVisible();
  await expect(page).toHaveTitle(/psykologkompetanse.* – Tiltaksmonitor/);
  await context.close();
});

test('an unknown route shows the 404 page, and an unknown measure says so', async ({ page }) => {
  await page.goto('/finnes/ikke');
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeVisible();
  await page.getByRole('link', { name: 'Gå til oversikten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oversikt' })).toBeVisible();

  await page.goto('/tiltak/ms26-99');
  await expect(page.getByRole('heading', { level: 1, name: 'Fant ikke tiltaket' })).toBeVisible();
});
