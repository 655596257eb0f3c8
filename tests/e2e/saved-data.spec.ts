import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { WCAG_TAGS, waitForPage } from './support';

/** People's work in the demo's own storage (localStorage), in a real browser: tabs, a full storage, an upgrade. */

const STORE_KEY = 'tiltaksmonitor:mock-db';

async function signedInAsKari(context: BrowserContext) {
  await context.addInitScript(() => {
    window.localStorage.setItem(
      'tiltaksmonitor:ui',
      JSON.stringify({
        state: { language: 'nb', session: { token: 'demo-editor-kari', user: { id: 'kari', name: 'Kari Nordmann', role: 'editor', organisation: 'Helse- og omsorgsdepartementet (demo)' } } },
        version: 0,
      }),
    );
  });
}

async function openForm(page: Page, id: string, type: 'status' | 'note') {
  await page.goto(`/tiltak/${id}?endre=${type}`);
  await waitForPage(page);
  return page.getByRole('form', { name: type === 'status' ? 'Endre status' : 'Legg til merknad' });
}

async function addNote(page: Page, id: string, text: string) {
  const form = await openForm(page, id, 'note');
  await form.getByRole('textbox', { name: /Merknad/ }).fill(text);
  return form;
}

function history(page: Page) {
  return page.getByRole('region', { name: 'Historikk' });
}

test('two tabs editing one measure: the second save is a conflict, and both changes are kept', async ({ context }) => {
  await signedInAsKari(context);
  const [a, b] = [await context.newPage(), await context.newPage()];
  const formA = await openForm(a, 'ms26-28', 'status');
  const formB = await addNote(b, 'ms26-28', 'Skrevet i fane B');

  await formA.getByRole('combobox', { name: /Ny status/ }).selectOption('at_risk');
  await formA.getByRole('textbox', { name: /Begrunnelse/ }).fill('Skrevet i fane A');
  await formA.getByRole('button', { name: 'Lagre' }).click();
  await expect(a.getByText('Endringen er lagret.')).toBeVisible();

  await formB.getByRole('button', { name: 'Lagre' }).click();
  await expect(b.getByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' })).toBeVisible();
  await b.getByRole('button', { name: 'Lagre min endring likevel' }).click();
  await expect(b.getByText('Endringen er lagret.')).toBeVisible();

  await a.reload();
  await waitForPage(a);
  await expect(history(a)).toContainText('Skrevet i fane A');
  await expect(history(a)).toContainText('Skrevet i fane B');
  await expect(a.locator('.status-tag').first()).toHaveText('I fare');
});

test('two tabs editing different measures: both changes are kept', async ({ context }) => {
  await signedInAsKari(context);
  const [a, b] = [await context.newPage(), await context.newPage()];
  const formA = await addNote(a, 'ms26-28', 'Merknad fra fane A');
  const formB = await addNote(b, 'ms26-27', 'Merknad fra fane B');
  await formA.getByRole('button', { name: 'Lagre' }).click();
  await expect(a.getByText('Endringen er lagret.')).toBeVisible();
  await formB.getByRole('button', { name: 'Lagre' }).click();
  await expect(b.getByText('Endringen er lagret.')).toBeVisible();

  for (const [id, text] of [['ms26-28', 'Merknad fra fane A'], ['ms26-27', 'Merknad fra fane B']] as const) {
    await a.goto(`/tiltak/${id}`);
    await waitForPage(a);
    await expect(history(a)).toContainText(text);
  }
});

test('a full storage: the change is not saved, the page says why and keeps the text, and saves it once there is room', async ({ context }) => {
  await signedInAsKari(context);
  const page = await context.newPage();
  const form = await addNote(page, 'ms26-28', 'Lagres når det er plass');
  // Fill what is left of the site's storage.
  await page.evaluate(() => {
    let size = 1 << 20;
    let index = 0;
    while (size >= 1) {
      try {
        window.localStorage.setItem(`filler-${String(index)}`, 'x'.repeat(size));
        index += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
  await form.getByRole('button', { name: 'Lagre' }).click();
  await expect(form.getByRole('alert')).toContainText('Endringen ble ikke lagret: nettleseren har ikke mer plass.');
  await expect(form.getByText('Det du skrev, er tatt vare på som utkast i denne fanen.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: /Merknad/ })).toHaveValue('Lagres når det er plass');
  await expect(history(page)).not.toContainText('Lagres når det er plass');

  await page.evaluate(() => {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith('filler-')) window.localStorage.removeItem(key);
  });
  await form.getByRole('button', { name: 'Prøv å lagre igjen' }).click();
  await expect(page.getByText('Endringen er lagret.')).toBeVisible();
  await page.reload();
  await waitForPage(page);
  await expect(history(page)).toContainText('Lagres når det er plass');
});

test('an upgrade of the dataset: the change is carried over, one on a measure now gone is shown and downloaded', async ({ context }) => {
  await signedInAsKari(context);
  const page = await context.newPage();
  const form = await addNote(page, 'ms26-28', 'Tatt med over');
  await form.getByRole('button', { name: 'Lagre' }).click();
  await expect(page.getByText('Endringen er lagret.')).toBeVisible();

  // As if the browser had kept this from an older dataset version, which also had a measure #99.
  await page.evaluate((key) => {
    const stored = JSON.parse(window.localStorage.getItem(key) ?? '{}') as { version: string; measures: { id: string; number: number; title: { nb: string }; history: { text?: string }[] }[] };
    const kept = stored.measures.find((measure) => measure.id === 'ms26-28');
    if (!kept) throw new Error('not stored');
    const gone = { ...structuredClone(kept), id: 'ms26-99', number: 99, title: { nb: 'Et tiltak som er tatt ut' } };
    const note = gone.history.at(-1);
    if (note) note.text = 'Om et tiltak som går ut';
    window.localStorage.setItem(key, JSON.stringify({ ...stored, version: '2000-01-01.1', measures: [...stored.measures, gone] }));
  }, STORE_KEY);
  await page.reload();
  await waitForPage(page);

  const notice = page.locator('.upgrade-notice');
  await expect(notice.getByRole('heading', { name: 'Datasettet er oppdatert' })).toBeVisible();
  await expect(notice).toContainText('1 endring du har gjort er tatt med over i den nye versjonen av datasettet.');
  await expect(notice.getByRole('listitem')).toHaveText(['Et tiltak som er tatt ut: merknad (tiltaket finnes ikke i den nye versjonen)']);
  await expect(history(page)).toContainText('Tatt med over');
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);

  await expect(notice.getByRole('button', { name: 'Lukk meldingen' })).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Last ned endringene (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^tiltaksmonitor-endringer-satt-til-side-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8')) as { changes: { measure: { id: string }; reasons: string[]; entry: { text: string } }[] };
  expect(file.changes.map(({ measure, reasons, entry }) => [measure.id, reasons, entry.text])).toEqual([['ms26-99', ['measure_gone'], 'Om et tiltak som går ut']]);

  await notice.getByRole('button', { name: 'Lukk meldingen' }).click();
  await expect(notice).toHaveCount(0);
  await page.reload();
  await waitForPage(page);
  await expect(page.locator('.upgrade-notice')).toHaveCount(0);
  await expect(history(page)).toContainText('Tatt med over');
});
