import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import mammoth from 'mammoth';
import { expectFitsPhone, waitForPage, withoutAppCode } from './support';

const PATH = '/rapport?plan=meld-st-26-2014-2015&asOf=2020-12-31&compareTo=2017-01-01';
const HEADER = 'Statusrapport Meld. St. 26 (2014–2015) per 31. desember 2020';
const REASON = 'Prop. 71 L (2016–2017) gikk gjennom statsråd 31.3.2017.';

async function openReport(page: Page): Promise<void> {
  await page.goto(PATH);
  await waitForPage(page);
  await expect(page.getByRole('table', { name: 'Nøkkeltall 1. januar 2017 og 31. desember 2020' })).toBeVisible();
}

/**
 * The text of each page of a PDF that Chromium (Skia) wrote: each page's text drawing, decoded with its fonts'
 * ToUnicode maps, in the order it is drawn. Enough to find the running header, the page numbers and which page a
 * text is on; not a general PDF reader.
 */
function pdfPageTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream: string }>();
  for (const [, id = '', body = ''] of raw.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const at = body.indexOf('stream');
    const dict = at === -1 ? body : body.slice(0, at);
    let stream = '';
    if (at !== -1) {
      const start = body.indexOf('\n', at) + 1;
      const bytes = Buffer.from(body.slice(start, body.lastIndexOf('endstream')), 'latin1');
      stream = (/\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes).toString('latin1');
    }
    objects.set(id, { dict, stream });
  }
  const ref = (text: string, key: string) => new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(text)?.[1] ?? '';
  const unicodeMap = (id: string) => {
    const map = new Map<number, string>();
    const text = objects.get(id)?.stream ?? '';
    for (const [, codes = ''] of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code = '', unicode = ''] of codes.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(code, 16), String.fromCharCode(...(unicode.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16))));
    }
    for (const [, ranges = ''] of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from = '', to = '', unicode = ''] of ranges.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        for (let code = parseInt(from, 16); code <= parseInt(to, 16); code += 1) map.set(code, String.fromCodePoint(parseInt(unicode, 16) + code - parseInt(from, 16)));
      }
    }
    return map;
  };
  const pages = [...objects.values()].filter((object) => /\/Type\s*\/Page\b(?!s)/.test(object.dict));
  return pages.map((page) => {
    const resources = objects.get(ref(page.dict, 'Resources'))?.dict ?? page.dict;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map([...fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)].map(([, name = '', id = '']) => [name, unicodeMap(ref(objects.get(id)?.dict ?? '', 'ToUnicode'))]));
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1]?.match(/\d+(?= 0 R)/g) ?? [ref(page.dict, 'Contents')];
    let text = '';
    for (const id of contents) {
      let font = new Map<number, string>();
      const decode = (hex: string) => (hex.match(/.{4}/g) ?? []).map((unit) => font.get(parseInt(unit, 16)) ?? '').join('');
      for (const [, name, array, single, end] of (objects.get(id)?.stream ?? '').matchAll(/\/(\w+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|(ET)/g)) {
        if (name !== undefined) font = fonts.get(name) ?? new Map<number, string>();
        else if (array !== undefined) text += [...array.matchAll(/<([0-9A-Fa-f]*)>/g)].map(([, hex = '']) => decode(hex)).join('');
        else if (single !== undefined) text += decode(single);
        else if (end !== undefined) text += ' ';
      }
    }
    return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  });
}

/** Letters and digits only: what a text and its PDF have in common whatever the line breaks and spacing. */
const bare = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{N}]/gu, '');

test('the report of Meld. St. 26 from 2017-01-01 to 2020-12-31 downloads as a Word document: headings, tables, lists and the reasons', async ({ page }) => {
  await openReport(page);
  const tools = page.getByRole('group', { name: 'Rapporten' });
  const [download] = await Promise.all([page.waitForEvent('download'), tools.getByRole('button', { name: 'Word (.docx)' }).click()]);
  expect(download.suggestedFilename()).toBe('statusrapport-meld-st-26-2014-2015-2017-01-01-2020-12-31.docx');
  const buffer = readFileSync(await download.path());
  console.log(`Status report .docx for Meld. St. 26, 2017-01-01 to 2020-12-31: ${buffer.length} bytes`);
  await expect(tools.getByRole('status')).toHaveText('Lastet ned statusrapport-meld-st-26-2014-2015-2017-01-01-2020-12-31.docx.');

  const { value: html, messages } = await mammoth.convertToHtml({ buffer });
  expect(messages.filter((message) => message.type === 'error')).toEqual([]);
  const all = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>(.*?)</${tag}>`, 'g'))].map(([, text = '']) => text);
  expect(all('h1')).toEqual(['Statusrapport']);
  expect(all('h2')).toEqual(['Sammendrag', 'Tiltak per område', 'Frister de neste 12 månedene', 'Usikre og ikke verifiserte opplysninger', 'Slik er rapporten laget']);
  expect(all('h3')).toEqual(['Fremdrift per område', 'Kompetanse', 'Ledelse', 'Teamorganisering', 'Barn og unge', 'Psykisk helse og rus', 'Omsorgstjenestene', 'Rehabilitering']);
  expect(all('h4')).toHaveLength(28);
  expect(all('table')).toHaveLength(2);
  // One measure's change, with its reason: #1 went to in progress when Prop. 71 L went through the Council of State.
  const change = all('li').find((item) => item.includes('31. mars 2017: Status: Planlagt → Pågår.'));
  expect(change).toContain(`Begrunnelse: ${REASON}`);
  expect(change).toContain('Registrert av: Tiltaksmonitor');
});

test('prints on A4 with the running header and page numbers on every page, a table of contents, and no measure cut between pages', async ({ page }) => {
  await openReport(page);
  await page.emulateMedia({ media: 'print' });
  // On paper: the document alone, without the form, the buttons and the app's header.
  await expect(page.getByRole('form', { name: 'Rapportens plan og datoer' })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Rapporten' })).toBeHidden();
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Innhold' })).toBeVisible();
  const entries = page.locator('.report-entry');
  await expect(entries).toHaveCount(28);
  expect(await entries.evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakInside))).toEqual(Array(28).fill('avoid'));
  // The bars keep their fills and textures: print colours, exact.
  expect(await page.locator('.report-bars__segment').first().evaluate((element) => getComputedStyle(element).printColorAdjust)).toBe('exact');

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const pages = pdfPageTexts(pdf);
  console.log(`Status report for Meld. St. 26, 2017-01-01 to 2020-12-31: ${pages.length} A4 pages`);
  expect(pages.length).toBeGreaterThan(5);
  pages.forEach((text, index) => {
    expect(text, `page ${index + 1}`).toContain(HEADER);
    expect(text, `page ${index + 1}`).toContain(`Side ${index + 1} av ${pages.length}`);
  });
  // The cover and the contents on the first page; the summary from the second.
  expect(pages[0]).toContain('Innhold');
  expect(pages[1]).toMatch(/Side 2 av \d+ Sammendrag/);
  // Each measure's entry is whole on one page: its text stands, uninterrupted by a page's header, on a single page.
  const bared = pages.map(bare);
  const texts = await entries.evaluateAll((elements) => elements.map((element) => [element.getAttribute('data-measure') ?? '', (element as HTMLElement).innerText] as const));
  const cut = texts.filter(([, text]) => !bared.some((onPage) => onPage.includes(bare(text)))).map(([id]) => id);
  expect(cut).toEqual([]);
  expect(pages.join(' ')).toContain(REASON);
});

test('the table of contents leads to each part', async ({ page }) => {
  await openReport(page);
  await page.getByRole('navigation', { name: 'Innhold' }).getByRole('link', { name: 'Rehabilitering' }).click();
  await expect(page).toHaveURL(/#rapport-omrade-rehabilitering$/);
  await expect(page.getByRole('heading', { level: 3, name: 'Rehabilitering' })).toBeInViewport();
});

test('/rapport can be read before any script has run, and does not move when the app takes over', async ({ browser }) => {
  const frameContext = await browser.newContext({ javaScriptEnabled: false });
  const frame = await frameContext.newPage();
  await frame.goto('/rapport');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Statusrapport');
  await expect(frame).toHaveTitle('Statusrapport – Tiltaksmonitor');
  await frameContext.close();

  const staticContext = await browser.newContext();
  await withoutAppCode(staticContext);
  const still = await staticContext.newPage();
  await still.goto(PATH);
  const inFrame = await still.locator('.report-controls').boundingBox();
  await staticContext.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await openReport(page);
  expect(await page.locator('.report-controls').boundingBox()).toEqual(inFrame);
  await context.close();
});

test('on a 390 px phone nothing of the report runs off the side, and axe finds nothing', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await openReport(page);
  await expectFitsPhone(page);
  await context.close();
});
