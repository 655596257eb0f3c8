import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/db';
import { MELD_ST_26_ID } from '@mocks/fixtures';
import { DATASET_VERSION } from '@mocks/fixtures/version';
import type { Language } from '@/domain/localized-text';
import { renderRoute } from '../render';
import { tableRows } from '../support/table-rows';

// «Bygg inn»: an overview chart as an iframe on another site (/embed/:chart), and the overview's snippet for it.
// The figures are Meld. St. 26 (2014–2015) on 31 December 2020, as the overview's own tests know them.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const VIEW = `plan=${MELD_ST_26_ID}&asOf=2020-12-31`;

const TEXTS = {
  nb: { area: 'Fremdrift per område', toggle: 'Vis som tabell', back: 'Se hele oversikten i Tiltaksmonitor', source: /^Kilde: Tiltaksmonitor, datasett / },
  nn: { area: 'Framdrift per område', toggle: 'Vis som tabell', back: 'Sjå heile oversikta i Tiltaksmonitor', source: /^Kjelde: Tiltaksmonitor, datasett / },
  en: { area: 'Progress by area', toggle: 'Show as table', back: 'See the full overview in Tiltaksmonitor', source: /^Source: Tiltaksmonitor, dataset / },
} as const satisfies Record<Language, unknown>;

/** The rows of a chart panel's table, after pressing its toggle. */
async function panelTable(user: UserEvent, title: string, toggle: string): Promise<string[][]> {
  const panel = await screen.findByRole('region', { name: title });
  const button = within(panel).getByRole('button', { name: toggle });
  await user.click(button);
  expect(button).toHaveAttribute('aria-pressed', 'true');
  return tableRows(within(panel).getByRole('table'));
}

describe('an embed (/embed/:chart)', () => {
  it.each(['nb', 'nn', 'en'] as const)('in %s: the chart as its h1, its summary, its table with the overview’s figures, its source and a link back, and nothing else', async (language) => {
    const text = TEXTS[language];
    // The reader's stored choice is another language: the embed speaks the one its address asks for.
    const overview = renderRoute(`/?${VIEW}`, { language });
    const expected = await panelTable(overview.user, text.area, text.toggle);
    overview.unmount();
    expect(expected[0]).toEqual(language === 'en' ? ['Competence', '4', '0', '0', '0', '0', '0', '4', '100%'] : expect.arrayContaining(['4', '100 %']));

    const { user } = renderRoute(`/embed/omraader?${VIEW}&lang=${language}`, { language: language === 'nb' ? 'en' : 'nb' });
    const panel = await screen.findByRole('region', { name: text.area });
    expect(panel).toContainElement(screen.getByRole('heading', { level: 1, name: text.area }));
    expect(document.documentElement.lang).toBe(language);
    // Its summary, as the overview says it.
    expect(within(panel).getByText(language === 'en' ? /^\d+ of 28 measures are completed/ : /^\d+ av 28 tiltak er fullført/)).toBeInTheDocument();
    expect(await panelTable(user, text.area, text.toggle)).toEqual(expected);
    expect(screen.getByText(text.source)).toHaveTextContent(DATASET_VERSION);
    expect(screen.getByText(text.source)).toHaveTextContent('Meld. St. 26 (2014–2015)');
    const back = screen.getByRole('link', { name: text.back });
    expect(back).toHaveAttribute('href', `/?${VIEW}`);
    expect(back).toHaveAttribute('target', '_blank');
    expect(back).toHaveAttribute('rel', 'noopener');
    // A frame of its own: one main area, no header, footer, navigation or skip link.
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.queryByRole('contentinfo')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('the deadlines and completed-over-time charts, each with its own title and table', async () => {
    const { user } = renderRoute(`/embed/frister?plan=${MELD_ST_26_ID}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Frister per målår' })).toBeInTheDocument();
    expect(await panelTable(user, 'Frister per målår', 'Vis som tabell')).toContainEqual(['2015', '2', '0', '0', '0', '0', '0', '2', '0']);
    expect(screen.getByRole('link', { name: 'Se hele oversikten i Tiltaksmonitor' })).toHaveAttribute('href', `/?plan=${MELD_ST_26_ID}`);

    const burnUp = renderRoute(`/embed/fullfort-over-tid?${VIEW}&lang=en`);
    const title = 'Completed over time, against the targets';
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect((await panelTable(burnUp.user, title, 'Show as table')).map((row) => row.join(' '))).toContain('2020 6 6 15');
  });

  it('writes no cookie and no setting: the reader’s stored language and user stay as they were', async () => {
    const { user } = renderRoute(`/embed/omraader?${VIEW}&lang=nn`, { language: 'en' });
    // From here on (the test's own setup of the stored settings is done).
    const writes = vi.spyOn(Storage.prototype, 'setItem');
    await panelTable(user, 'Framdrift per område', 'Vis som tabell');
    expect(document.cookie).toBe('');
    expect(writes.mock.calls.map(([key]) => key)).not.toContain('tiltaksmonitor:ui');
    expect(JSON.parse(localStorage.getItem('tiltaksmonitor:ui') ?? '{}')).toMatchObject({ state: { language: 'en' } });
  });

  it('reads nothing from the page around it: no code of the app asks for the referrer, the parent or top window, or messages', () => {
    const files = (dir: string): string[] =>
      readdirSync(join(process.cwd(), dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? files(join(dir, entry.name)) : /\.(ts|tsx)$/.test(entry.name) ? [join(dir, entry.name)] : [],
      );
    const reads = /document\s*\.\s*referrer|window\s*\.\s*(parent|top|opener|frameElement)\b|\bpostMessage\s*\(|addEventListener\(\s*['"]message['"]/;
    const found = files('src').filter((file) => reads.test(readFileSync(join(process.cwd(), file), 'utf8')));
    expect(files('src').length).toBeGreaterThan(100);
    expect(found).toEqual([]);
    expect(reads.test('const from = document.referrer;')).toBe(true);
    expect(reads.test('window.parent.postMessage(x, "*")')).toBe(true);
  });

  it('opens a link of its chart in a new tab, not inside the frame', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { user, location } = renderRoute(`/embed/omraader?${VIEW}`);
    const panel = await screen.findByRole('region', { name: 'Fremdrift per område' });
    await user.click(within(panel).getByRole('button', { name: 'Vis som tabell' }));
    await user.click(within(panel).getByRole('link', { name: '4: Kompetanse, Fullført' }));
    expect(open).toHaveBeenCalledWith(`http://localhost:3000/tiltak?plan=${MELD_ST_26_ID}&area=kompetanse&status=completed&asOf=2020-12-31`, '_blank', 'noopener');
    expect(location()).toBe(`/embed/omraader?${VIEW}`);
  });

  it.each([
    ['/embed/kake', 'Fant ikke diagrammet', /Det finnes ikke noe diagram som heter «kake»\. Diagrammene som kan bygges inn, er: omraader, frister, fullfort-over-tid\./],
    ['/embed/frister?asOf=2020-13-01', 'Frister per målår', /«2020-13-01» er ikke en gyldig dato\./],
    ['/embed/frister?asOf=2099-01-01', 'Frister per målår', /Datoen er 1\. januar 2099, som er fram i tid\./],
    ['/embed/omraader?asOf=2014-01-01', 'Fremdrift per område', /Datoen er 1\. januar 2014, før planen ble lagt fram/],
    ['/embed/omraader?plan=finnes-ikke', 'Fremdrift per område', /Fant ingen plan med id «finnes-ikke»\./],
    ['/embed/fullfort-over-tid?lang=de', 'Fullført over tid, mot målene', /«de» er ikke et språk innbyggingen kan vises på\./],
  ])('says what is wrong with %s, in the frame', async (path, title, message) => {
    renderRoute(path);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Vis som tabell' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Se hele oversikten i Tiltaksmonitor' })).toHaveAttribute('target', '_blank');
  });
});

describe('«Bygg inn» on the overview', () => {
  it('gives each chart’s iframe snippet for the view on the overview’s address, to copy', async () => {
    const { user } = renderRoute(`/?${VIEW}`, { language: 'nn' });
    const charts = [
      ['Framdrift per område', 'omraader'],
      ['Fristar per målår', 'frister'],
      ['Fullført over tid, mot måla', 'fullfort-over-tid'],
    ] as const;
    for (const [title, chart] of charts) {
      const panel = await screen.findByRole('region', { name: title });
      const button = within(panel).getByRole('button', { name: 'Bygg inn' });
      expect(button).toHaveAttribute('aria-expanded', 'false');
      await user.click(button);
      expect(button).toHaveAttribute('aria-expanded', 'true');
      const field = await within(panel).findByRole('textbox', { name: 'HTML-kode for ei nettside' });
      expect(field).toHaveAttribute('readonly');
      const snippet = (field as HTMLTextAreaElement).value;
      const frame = new DOMParser().parseFromString(snippet, 'text/html').querySelector('iframe');
      expect(frame?.getAttribute('src')).toBe(`http://localhost:3000/embed/${chart}?${VIEW}&lang=nn`);
      expect(frame?.getAttribute('title')).toBe(`${title} – Tiltaksmonitor`);
      expect(frame?.getAttribute('width')).toBe('100%');
      expect(frame?.getAttribute('height')).toMatch(/^\d+$/);
      expect(frame?.getAttribute('style')).toBe('border:0');
      expect(frame?.getAttribute('loading')).toBe('lazy');
      expect(within(panel).getByText(/pikslar høg/)).toBeInTheDocument();
      await user.click(within(panel).getByRole('button', { name: 'Kopier koden' }));
      expect(await within(panel).findByText('Koden er kopiert.')).toBeInTheDocument();
      expect(await navigator.clipboard.readText()).toBe(snippet);
      // Keyboard: the button closes it again.
      button.focus();
      await user.keyboard('{Enter}');
      expect(button).toHaveAttribute('aria-expanded', 'false');
      expect(within(panel).queryByRole('textbox')).toBeNull();
    }
  });

  it('the snippet’s address opens the same chart in the embed', async () => {
    const { user, unmount } = renderRoute('/?asOf=2020-12-31');
    const panel = await screen.findByRole('region', { name: 'Fremdrift per område' });
    await user.click(within(panel).getByRole('button', { name: 'Bygg inn' }));
    const field = await within(panel).findByRole('textbox', { name: 'HTML-kode for en nettside' });
    const src = new DOMParser().parseFromString((field as HTMLTextAreaElement).value, 'text/html').querySelector('iframe')?.getAttribute('src') ?? '';
    expect(src).toBe('http://localhost:3000/embed/omraader?asOf=2020-12-31&lang=nb');
    const expected = await panelTable(user, 'Fremdrift per område', 'Vis som tabell');
    unmount();
    const url = new URL(src);
    const embed = renderRoute(`${url.pathname}${url.search}`);
    const embedPanel = await screen.findByRole('region', { name: 'Fremdrift per område' });
    await embed.user.click(within(embedPanel).getByRole('button', { name: 'Vis som tabell' }));
    expect(tableRows(within(embedPanel).getByRole('table'))).toEqual(expected);
  });
});
