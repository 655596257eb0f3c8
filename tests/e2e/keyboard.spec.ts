import { expect, test, type Locator } from '@playwright/test';
import { waitForPage } from './support';

/** A focused element must show it: an outline or a focus ring (box-shadow) that is not "none". */
async function expectVisibleFocus(locator: Locator) {
  await expect(locator).toBeFocused();
  const style = await locator.evaluate((element) => {
    const computed = getComputedStyle(element);
    return { outline: computed.outlineStyle, outlineWidth: computed.outlineWidth, shadow: computed.boxShadow };
  });
  const hasOutline = style.outline !== 'none' && style.outlineWidth !== '0px';
  expect(hasOutline || style.shadow !== 'none', JSON.stringify(style)).toBe(true);
}

test('the skip link comes first and moves focus to the main content', async ({ page }) => {
  await page.goto('/tiltak');
  await waitForPage(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnhold' });
  // Designsystemet's skip link is hidden until focused; its focus indicator is appearing as a full bar.
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const box = await skip.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(20);
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();
});

test('the main navigation can be walked and used by keyboard, with visible focus', async ({ page }) => {
  await page.goto('/');
  await waitForPage(page);
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  const expected = ['Oversikt', 'Tiltak', 'Kommune', 'Analyse', 'Endringer', 'Rapport'];

  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // the app name, a link home
  await expectVisibleFocus(page.getByRole('link', { name: 'Tiltaksmonitor' }));
  for (const name of expected) {
    await page.keyboard.press('Tab');
    await expectVisibleFocus(nav.getByRole('link', { name }));
  }
  // Then the settings: language and role.
  await page.keyboard.press('Tab');
  await expectVisibleFocus(page.getByRole('combobox', { name: 'Språk' }));

  // Go back to "Tiltak" and open it with Enter: focus moves to the new page's content.
  const stepsBack = expected.length - expected.indexOf('Tiltak');
  for (let step = 0; step < stepsBack; step += 1) await page.keyboard.press('Shift+Tab');
  await expect(nav.getByRole('link', { name: 'Tiltak' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Tiltak' })).toBeVisible();
  await expect(page.locator('#main-content')).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Tiltak' })).toHaveAttribute('aria-current', 'page');
});

test('a measure can be reached and opened from the list by keyboard', async ({ page }) => {
  await page.goto('/tiltak');
  await waitForPage(page);
  const link = page.getByRole('link', { name: /Legge frem en ungdomshelsestrategi/ });
  await link.focus();
  await expectVisibleFocus(link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /ungdomshelsestrategi/ })).toBeVisible();
});

test('the log of changes can be filtered, read and paged by keyboard, and the filters go into the address', async ({ page }) => {
  await page.goto('/endringer');
  await waitForPage(page);
  const form = page.getByRole('form', { name: 'Filtrer endringene' });
  const plan = form.getByRole('combobox', { name: 'Plan' });
  await plan.focus();
  await expectVisibleFocus(plan);
  await plan.selectOption({ label: 'Meld. St. 26 (2014–2015)' });
  // Who, from, to (a date field has a stop for each of its parts), then the button: Enter sends the form.
  const apply = form.getByRole('button', { name: 'Vis endringene' });
  for (let step = 0; step < 12 && !(await apply.evaluate((element) => element === document.activeElement)); step += 1) await page.keyboard.press('Tab');
  await expectVisibleFocus(apply);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/endringer\?plan=meld-st-26-2014-2015$/);

  // The wide table scrolls in a region that takes focus, so that it can be scrolled without a mouse.
  const region = page.getByRole('region', { name: 'Endringer, den nyeste registrerte først' });
  await region.focus();
  await expectVisibleFocus(region);
  const next = page.getByRole('navigation', { name: 'Sider' }).getByRole('link', { name: 'Neste side' });
  await next.focus();
  await expectVisibleFocus(next);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/plan=meld-st-26-2014-2015&page=2$/);
  await expect(page.getByText(/^Viser 51–/)).toBeVisible();
});
