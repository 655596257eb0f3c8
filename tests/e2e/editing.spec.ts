import { expect, test, type Page } from '@playwright/test';
import { waitForPage } from './support';

async function signIn(page: Page, option: string) {
  const select = page.getByRole('combobox', { name: 'Innlogget som (demo)' });
  await expect(select.getByRole('option', { name: option })).toBeAttached();
  await select.selectOption({ label: option });
  // Signed in once the API has answered and the session is stored.
  await expect(select.locator('option:checked')).toHaveText(option);
}

test('an editor changes a status; it survives a reload and the overview figures move', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  const figure = (label: string) => page.locator('.key-figure', { hasText: label }).locator('.key-figure__value');
  await expect(figure('I fare')).toHaveText('0');
  const inProgressBefore = Number(await figure('Pågår').textContent());

  await signIn(page, 'Kari Nordmann – redaktør');
  await page.goto('/tiltak/ms26-28');
  await waitForPage(page);
  await page.getByRole('button', { name: 'Endre status' }).click();
  const form = page.getByRole('form', { name: 'Endre status' });
  await form.getByRole('combobox', { name: /Ny status/ }).selectOption('at_risk');
  await form.getByRole('textbox', { name: /Begrunnelse/ }).fill('Regelverket er ikke avklart');
  await form.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Endringen er lagret.')).toBeVisible();

  await page.reload();
  await waitForPage(page);
  await expect(page.locator('.status-tag').first()).toHaveText('I fare');
  await expect(page.getByRole('region', { name: 'Historikk' }).getByRole('listitem').last()).toContainText('Regelverket er ikke avklart');

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oversikt' }).click();
  await waitForPage(page);
  await expect(figure('I fare')).toHaveText('1');
  await expect(figure('Pågår')).toHaveText(String(inProgressBefore - 1));
});

test('a reader sees no edit controls, and a crafted request is refused by the API', async ({ page }) => {
  await page.goto('/tiltak/ms26-28');
  await waitForPage(page);
  // One way to be a reader: not signed in. The others in the list are editors and the admin, by name.
  const select = page.getByRole('combobox', { name: 'Innlogget som (demo)' });
  await expect(select.locator('option:checked')).toHaveText('Ikke innlogget (leser)');
  await expect(select.getByRole('option')).toHaveText(['Ikke innlogget (leser)', 'Kari Nordmann – redaktør', 'Ola Nordmann – redaktør', 'Ada Admin – administrator']);
  await expect(page.getByRole('button', { name: 'Endre status' })).toHaveCount(0);

  const result = await page.evaluate(async () => {
    const response = await fetch('/api/measures/ms26-28', {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      body: JSON.stringify({ type: 'status', to: 'cancelled', reason: 'Hacket', effective: { date: '2026-11-01', precision: 'day' }, language: 'nb' }),
    });
    return { status: response.status, body: (await response.json()) as { title: string } };
  });
  expect(result).toMatchObject({ status: 401, body: { title: 'Unauthorized' } });
  await page.reload();
  await waitForPage(page);
  await expect(page.locator('.status-tag').first()).toHaveText('Pågår');
});

for (const language of ['nb', 'nn', 'en'] as const) {
  test(`axe: the edit form with errors has no violations in ${language}`, async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript((lang) => {
      window.localStorage.setItem(
        'tiltaksmonitor:ui',
        JSON.stringify({
          state: { language: lang, session: { token: 'demo-editor-kari', user: { id: 'kari', name: 'Kari Nordmann', role: 'editor', organisation: 'Helse- og omsorgsdepartementet (demo)' } } },
          version: 0,
        }),
      );
    }, language);
    const page = await context.newPage();
    await page.goto('/tiltak/ms26-28?endre=status');
    await waitForPage(page);
    await page.locator('form.change-form').getByRole('combobox').first().selectOption('completed');
    await page.locator('form.change-form button[type="submit"]').click();
    await expect(page.locator('ds-error-summary')).toBeVisible();
    const { default: AxeBuilder } = await import('@axe-core/playwright');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `test-results/edit-form-${language}.png`, fullPage: true });
    await context.close();
  });
}
