import { expect, test, type Browser, type Page } from '@playwright/test';
import { scrollToEveryChart, useLanguage as storeLanguage, waitForPage, type Language } from '../e2e/support';

/**
 * The three journeys of issue 13 (a ministry advisor writing a briefing, a researcher, the municipal director of
 * a small municipality on a phone), each page in bokmål, nynorsk and English at 1280 and 390 px, into
 * screenshots/journeys/ as `<journey>-<step>-<language>-<width>.png`. For the walk that closes the issue: each
 * point of it is on one of these.
 */
const LANGUAGES: Language[] = ['nb', 'nn', 'en'];
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

interface Step {
  journey: 'radgiver' | 'forsker' | 'kommune';
  step: string;
  path: string;
  /** What the reader does on the page before the picture is taken. */
  act?: (page: Page) => Promise<void>;
  print?: boolean;
}

const STEPS: Step[] = [
  { journey: 'radgiver', step: '1-oversikt', path: '/' },
  { journey: 'radgiver', step: '2-oversikt-utskrift', path: '/', print: true },
  { journey: 'radgiver', step: '3-tiltak-23', path: '/tiltak/ms26-23' },
  { journey: 'radgiver', step: '4-tiltak-18', path: '/tiltak/ms26-18' },
  { journey: 'radgiver', step: '5-endringer', path: '/endringer' },
  { journey: 'forsker', step: '1-tiltak', path: '/tiltak' },
  { journey: 'forsker', step: '2-tiltak-fullfort-for-sent', path: '/tiltak?completedLate=true' },
  { journey: 'forsker', step: '3-analyse', path: '/analyse' },
  { journey: 'forsker', step: '4-oversikt-sammenligning', path: '/?asOf=2016-06-30&compareTo=2015-12-31' },
  { journey: 'kommune', step: '1-sok', path: '/kommune' },
  {
    journey: 'kommune',
    step: '2-sok-skrivefeil',
    path: '/kommune',
    act: async (page) => {
      await page.getByRole('searchbox').fill('hattfjeldal');
      await expect(page.getByRole('link', { name: /Hattfjelldal/ }).first()).toBeVisible();
    },
  },
  { journey: 'kommune', step: '3-plikter', path: '/kommune/1826' },
  { journey: 'kommune', step: '4-sjekkliste-utskrift', path: '/kommune/1826', print: true },
];

async function shoot(browser: Browser, step: Step, language: Language, viewport: { width: number; height: number }): Promise<void> {
  const context = await browser.newContext({ viewport });
  await storeLanguage(context, language);
  const page = await context.newPage();
  await page.goto(step.path);
  await waitForPage(page);
  await step.act?.(page);
  await scrollToEveryChart(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  if (step.print === true) await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: `screenshots/journeys/${step.journey}-${step.step}-${language}-${viewport.width}.png`, fullPage: true });
  await context.close();
}

for (const step of STEPS) {
  for (const language of LANGUAGES) {
    test(`${step.journey} ${step.step} (${language})`, async ({ browser }) => {
      for (const viewport of WIDTHS) await shoot(browser, step, language, viewport);
    });
  }
}

/** The editor's step: a status change with its reason, and what the page shows after saving (focus on the message). */
const EDITING: Record<Language, { user: string; editor: string; change: string; status: RegExp; reason: RegExp; text: string; save: string }> = {
  nb: { user: 'Innlogget som (demo)', editor: 'Kari Nordmann – redaktør', change: 'Endre status', status: /Ny status/, reason: /Begrunnelse/, text: 'Regelverket er ikke avklart', save: 'Lagre' },
  nn: { user: 'Innlogga som (demo)', editor: 'Kari Nordmann – redaktør', change: 'Endre status', status: /Ny status/, reason: /Grunngiving/, text: 'Regelverket er ikkje avklart', save: 'Lagre' },
  en: { user: 'Signed in as (demo)', editor: 'Kari Nordmann – editor', change: 'Change status', status: /New status/, reason: /Reason/, text: 'The regulations are not settled', save: 'Save' },
};

for (const language of LANGUAGES) {
  test(`radgiver 6-lagret (${language})`, async ({ browser }) => {
    const words = EDITING[language];
    for (const viewport of WIDTHS) {
      const context = await browser.newContext({ viewport });
      await storeLanguage(context, language);
      const page = await context.newPage();
      await page.goto('/tiltak/ms26-28');
      await waitForPage(page);
      const menu = page.getByRole('button', { name: 'Meny' }).or(page.getByRole('button', { name: 'Menu' }));
      if (await menu.isVisible()) await menu.click();
      const user = page.getByRole('combobox', { name: words.user });
      await expect(user.getByRole('option', { name: words.editor })).toBeAttached();
      await user.selectOption({ label: words.editor });
      await expect(user.locator('option:checked')).toHaveText(words.editor);
      if (await menu.isVisible()) await page.keyboard.press('Escape');
      await page.getByRole('button', { name: words.change }).click();
      const form = page.getByRole('form', { name: words.change });
      await form.getByRole('combobox', { name: words.status }).selectOption('at_risk');
      await form.getByRole('textbox', { name: words.reason }).fill(words.text);
      await form.getByRole('button', { name: words.save }).click();
      await expect(form).toHaveCount(0);
      await expect(page.locator(':focus')).toBeInViewport();
      await page.screenshot({ path: `screenshots/journeys/radgiver-6-lagret-${language}-${viewport.width}.png` });
      await context.close();
    }
  });
}
