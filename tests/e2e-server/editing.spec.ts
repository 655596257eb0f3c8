import { expect, test, type Browser, type Page } from '@playwright/test';
import { waitForPage } from '../e2e/support';

/**
 * The app on the real backend (playwright.server.config.ts): no mock in the page, the data from the server's
 * database, so a change made in one browser is there for another, as it is for two colleagues.
 */
async function signIn(page: Page, option: string) {
  const select = page.getByRole('combobox', { name: 'Innlogget som (demo)' });
  await expect(select.getByRole('option', { name: option })).toBeAttached();
  await select.selectOption({ label: option });
  await expect(select.locator('option:checked')).toHaveText(option);
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('the page runs without the mock: no service worker, and the API answers from the server', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  const health = await page.request.get('/healthz');
  expect(health.status()).toBe(200);
});

test('an editor’s change in one browser is seen in another, in the measure, its history and the overview', async ({ browser }) => {
  const editor = await freshPage(browser);
  const colleague = await freshPage(browser);
  const figure = (page: Page, label: string) => page.locator('.key-figure', { hasText: label }).locator('.key-figure__value');

  await colleague.goto('/');
  await waitForPage(colleague);
  const atRiskBefore = Number(await figure(colleague, 'I fare').textContent());

  await editor.goto('/tiltak/ms26-28');
  await waitForPage(editor);
  await signIn(editor, 'Kari Nordmann – redaktør');
  await editor.getByRole('button', { name: 'Endre status' }).click();
  const form = editor.getByRole('form', { name: 'Endre status' });
  await form.getByRole('combobox', { name: /Ny status/ }).selectOption('at_risk');
  await form.getByRole('textbox', { name: /Begrunnelse/ }).fill('Regelverket er ikke avklart (fra serveren)');
  await form.getByRole('button', { name: 'Lagre' }).click();
  await expect(editor.getByText('Endringen er lagret.')).toBeVisible();

  // The colleague, not signed in, in a browser of their own: by in-app navigation, not a reload.
  await colleague.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tiltak' }).click();
  await waitForPage(colleague);
  await colleague.goto('/tiltak/ms26-28');
  await waitForPage(colleague);
  await expect(colleague.locator('.status-tag').first()).toHaveText('I fare');
  await expect(colleague.getByRole('region', { name: 'Historikk' })).toContainText('Regelverket er ikke avklart (fra serveren)');
  await colleague.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
  await waitForPage(colleague);
  await expect(figure(colleague, 'I fare')).toHaveText(String(atRiskBefore + 1));
  await expect(colleague.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Endringer' })).toBeVisible();
  await colleague.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Endringer' }).click();
  await expect(colleague.getByRole('table', { name: /^Endringer/ })).toContainText('Regelverket er ikke avklart (fra serveren)');
});

test('two editors on one version, in two browsers: the second save is a conflict, and both changes are kept', async ({ browser }) => {
  const kari = await freshPage(browser);
  const ola = await freshPage(browser);
  const forms = [];
  for (const [page, name] of [[kari, 'Kari Nordmann – redaktør'], [ola, 'Ola Nordmann – redaktør']] as const) {
    await page.goto('/tiltak/ms26-05');
    await waitForPage(page);
    await signIn(page, name);
    await page.getByRole('button', { name: 'Legg til merknad' }).click();
    forms.push(page.getByRole('form', { name: 'Legg til merknad' }));
  }
  const [kariForm, olaForm] = forms as [ReturnType<Page['getByRole']>, ReturnType<Page['getByRole']>];
  await kariForm.getByRole('textbox', { name: /Merknad/ }).fill('Kari sin merknad');
  await kariForm.getByRole('button', { name: 'Lagre' }).click();
  await expect(kari.getByText('Endringen er lagret.')).toBeVisible();

  await olaForm.getByRole('textbox', { name: /Merknad/ }).fill('Ola sin merknad');
  await olaForm.getByRole('button', { name: 'Lagre' }).click();
  await expect(ola.getByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' })).toBeVisible();
  await ola.getByRole('button', { name: 'Lagre min endring likevel' }).click();
  await expect(ola.getByText('Endringen er lagret.')).toBeVisible();

  await kari.getByRole('link', { name: '← Alle tiltak' }).click();
  await waitForPage(kari);
  await kari.goto('/tiltak/ms26-05');
  await waitForPage(kari);
  const history = kari.getByRole('region', { name: 'Historikk' });
  await expect(history).toContainText('Kari sin merknad');
  await expect(history).toContainText('Ola sin merknad');
});

test('a crafted request without a token is refused by the server', async ({ page }) => {
  await page.goto('/tiltak/ms26-28');
  await waitForPage(page);
  const status = await page.evaluate(async () => {
    const response = await fetch('/api/measures/ms26-28', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      body: JSON.stringify({ type: 'note', text: 'Hacket', effective: { date: '2026-11-01', precision: 'day' }, language: 'nb' }),
    });
    return response.status;
  });
  expect(status).toBe(401);
});
