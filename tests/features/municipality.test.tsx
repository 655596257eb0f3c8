import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import type { Language } from '@/domain/localized-text';
import { DUTY_CSV_COLUMNS } from '@/features/municipality/utils/duty-rows';
import { useUiStore } from '@/stores/ui-store';
import { holdResponses, renderRoute } from '../render';
import { captureDownloads, firstBytes } from '../support/downloads';

/** The names of the municipalities the picker lists, as their links read. */
function shownResults(): string[] {
  return within(screen.getByRole('list', { name: 'Kommuner' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

/** The duties of a group as the page shows them: [plain-language heading, date]. */
function group(name: RegExp): [string, string][] {
  const region = screen.getByRole('region', { name });
  return within(region)
    .queryAllByRole('heading', { level: 3 })
    .map((heading) => {
      const card = heading.closest('.duty');
      return [heading.textContent, card?.querySelector('time')?.textContent ?? ''];
    });
}

const ALL_DUTIES_TODAY: [string, string][] = [
  ['Kommunen må ha en lokal forskrift som sier hvem som får langtidsplass i sykehjem.', '1. juli 2016'],
  ['Kommunen må ha akutte døgnplasser (ø-hjelp) også for psykisk helse og rus.', '1. januar 2017'],
  ['Leger som begynner i kommunen etter 1. mars 2017, må være eller bli spesialister i allmennmedisin.', '1. mars 2017'],
  ['Den som søker langtidsplass, har rett til vedtak, og kommunen må føre venteliste.', '1. juli 2017'],
  ['Pårørende med tunge omsorgsoppgaver skal kunne få opplæring, veiledning og avlastning.', '1. oktober 2017'],
  ['Kommunen må ha tilgang til disse fem yrkesgruppene, ansatt eller gjennom avtale.', '1. januar 2018'],
  ['Kommunen må betale når en pasient som er klar for utskrivning, blir liggende fordi kommunen ikke tar imot.', '1. januar 2019'],
  ['Fra 2020 må kommunen også ha tilgang til ergoterapeut og psykolog.', '1. januar 2020'],
];

describe('/kommune: the picker', () => {
  it.each([
    // Names that start with it first, then those that contain it (Randaberg, Kongsberg, Flesberg, Tønsberg).
    ['Ber', ['Bergen (4601), Vestland', 'Berlevåg (5630), Finnmark', 'Randaberg (1127), Rogaland'], '6 kommuner passer'],
    ['4601', ['Bergen (4601), Vestland'], '1 kommune passer'],
    ['Bærum', ['Bærum (3201), Akershus'], '1 kommune passer'],
    ['tromsø', ['Tromsø (5501), Troms'], '1 kommune passer'],
  ])('typing %s lists %j and announces the count', async (text, first, count) => {
    const { user, location } = renderRoute('/kommune');
    const field = await screen.findByRole('searchbox', { name: 'Søk etter kommune' });
    // Nothing typed yet: no list of all 357, and nothing to announce.
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByRole('list', { name: 'Kommuner' })).toBeNull();
    await user.type(field, text);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(count));
    expect(shownResults().slice(0, first.length)).toEqual(first);
    expect(location()).toBe(`/kommune?q=${encodeURIComponent(text)}`);
  });

  it('Ås comes first for "Ås", and a name no municipality has says so', async () => {
    const { user } = renderRoute('/kommune?q=%C3%85s');
    expect(await screen.findByRole('searchbox', { name: 'Søk etter kommune' })).toHaveValue('Ås');
    expect(shownResults()[0]).toBe('Ås (3218), Akershus');
    await user.clear(screen.getByRole('searchbox'));
    await user.type(screen.getByRole('searchbox'), 'Atlantis');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Ingen kommune passer til «Atlantis».'));
    expect(screen.queryByRole('list', { name: 'Kommuner' })).toBeNull();
  });

  it('choosing goes to the municipality, which is remembered and offered back on the picker', async () => {
    const { user, location } = renderRoute('/kommune');
    await user.type(await screen.findByRole('searchbox', { name: 'Søk etter kommune' }), '4601{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bergen kommune' })).toBeInTheDocument();
    expect(location()).toBe('/kommune/4601');
    expect(useUiStore.getState().municipality).toEqual({ number: '4601', name: 'Bergen' });
    expect(JSON.parse(window.localStorage.getItem('tiltaksmonitor:ui') ?? '{}')).toMatchObject({ state: { municipality: { number: '4601', name: 'Bergen' } } });

    await user.click(screen.getByRole('link', { name: '← Velg en annen kommune' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommune' })).toBeInTheDocument();
    expect(location()).toBe('/kommune');
    expect(screen.getByText('Din kommune:').closest('p')).toHaveTextContent('Din kommune: Bergen (4601)');
    expect(screen.getByRole('link', { name: 'Bergen (4601)' })).toHaveAttribute('href', '/kommune/4601');
  });

  it.each([
    // A typing error still finds it, first.
    ['hattfjeldal', 'Aarborte - Hattfjelldal (1826), Nordland'],
    ['Lillehamer', 'Lillehammer (3405), Innlandet'],
    // The whole name before the names that start with it.
    ['Bø', 'Bø (1867), Nordland'],
  ])('typing %s lists %s first', async (text, first) => {
    const { user } = renderRoute('/kommune');
    await user.type(await screen.findByRole('searchbox', { name: 'Søk etter kommune' }), text);
    await waitFor(() => expect(shownResults()[0]).toBe(first));
  });

  it('before anything is typed: the search, the last choice, and all municipalities by county only when asked for', async () => {
    const { user } = renderRoute('/kommune');
    useUiStore.getState().chooseMunicipality({ number: '4601', name: 'Bergen' });
    expect(await screen.findByRole('searchbox', { name: 'Søk etter kommune' })).toHaveValue('');
    expect(screen.getByRole('link', { name: 'Bergen (4601)' })).toHaveAttribute('href', '/kommune/4601');
    const showAll = screen.getByRole('button', { name: 'Vis alle kommuner etter fylke (357)' });
    expect(showAll).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/kommune/'))).toHaveLength(1);
    await user.click(showAll);
    expect(showAll).toHaveAttribute('aria-expanded', 'true');
    const counties = screen.getAllByRole('heading', { level: 2 });
    expect(counties.map((heading) => heading.textContent)).toContain('Vestland (43)');
    const vestland = screen.getByRole('region', { name: 'Vestland (43)' });
    expect(within(vestland).getAllByRole('link')).toHaveLength(43);
    expect(within(vestland).getByRole('link', { name: 'Bergen (4601)' })).toHaveAttribute('href', '/kommune/4601');
    expect(screen.getAllByRole('link').filter((link) => link.getAttribute('href')?.startsWith('/kommune/'))).toHaveLength(358);
    await user.click(showAll);
    expect(screen.queryByRole('region', { name: 'Vestland (43)' })).toBeNull();
  });

  it('a click on a result in the list goes there too', async () => {
    const { user, location } = renderRoute('/kommune?q=tromso');
    await user.click(await screen.findByRole('link', { name: 'Tromsø (5501), Troms' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tromsø kommune' })).toBeInTheDocument();
    expect(location()).toBe('/kommune/5501');
  });
});

describe('/kommune/:nr: the duties', () => {
  it('shows the name, number and county its prerendered frame carried while the duties load, and no other municipality’s', async () => {
    const { release } = holdResponses('/api/municipalities/:nr/duties');
    const bergen = { kind: 'municipality', municipality: { number: '4601', name: 'Bergen', county: { number: '46', name: 'Vestland' } } };
    renderRoute('/kommune/4601', { frameSubject: bergen });
    expect(await screen.findByRole('heading', { level: 1, name: 'Bergen kommune' })).toBeInTheDocument();
    expect(screen.getByText('Kommunenummer 4601 · Vestland')).toBeInTheDocument();
    expect(screen.getByText(/Pliktene under gjelder alle kommuner likt, ikke bare Bergen\./)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Laster …');
    release();
    expect(await screen.findByText('Data per 23. november 2026')).toBeInTheDocument();
    expect(screen.getAllByText(/ikke bare Bergen/)).toHaveLength(1);
  });

  it('does not show a frame’s municipality on another municipality’s page', async () => {
    const { release } = holdResponses('/api/municipalities/:nr/duties');
    renderRoute('/kommune/0301', { frameSubject: { kind: 'municipality', municipality: { number: '4601', name: 'Bergen', county: { number: '46', name: 'Vestland' } } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommune 0301' })).toBeInTheDocument();
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Oslo - Oslove kommune' })).toBeInTheDocument();
  });

  it('today (23 November 2026) every duty is in force, with dates, legal basis, measures and sources', async () => {
    renderRoute('/kommune/4601');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bergen kommune' })).toBeInTheDocument();
    expect(document.title).toBe('Bergen kommune – Tiltaksmonitor');
    expect(screen.getByText('Kommunenummer 4601 · Vestland')).toBeInTheDocument();
    expect(screen.getByText(/Pliktene under gjelder alle kommuner likt, ikke bare Bergen\./)).toBeInTheDocument();
    expect(await screen.findByText('Data per 23. november 2026')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'SSB: Standard for kommuneinndeling (KLASS 131), gyldig fra 1.1.2024' })).toHaveAttribute(
      'href',
      'https://www.ssb.no/klass/klassifikasjoner/131',
    );
    expect(group(/^I kraft \(8\)$/)).toEqual(ALL_DUTIES_TODAY);
    expect(within(screen.getByRole('region', { name: 'Kommer (0)' })).getByText('Ingen av pliktene i planene kommer senere.')).toBeInTheDocument();

    const psychologist = screen.getByRole('heading', { level: 3, name: 'Fra 2020 må kommunen også ha tilgang til ergoterapeut og psykolog.' }).closest('.duty') as HTMLElement;
    expect(within(psychologist).getByText('helse- og omsorgstjenesteloven § 3-2')).toBeInTheDocument();
    expect(within(psychologist).getByText('Kommunen skal i tillegg ha knyttet til seg ergoterapeut og psykolog.')).toBeInTheDocument();
    expect(within(psychologist).getAllByRole('link', { name: /^Meld\. St\. 26 \(2014–2015\), tiltak/ }).map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Meld. St. 26 (2014–2015), tiltak 1', '/tiltak/ms26-01'],
      ['Meld. St. 26 (2014–2015), tiltak 15', '/tiltak/ms26-15'],
      ['Meld. St. 26 (2014–2015), tiltak 24', '/tiltak/ms26-24'],
    ]);
    expect(within(psychologist).getByText('Merknad')).toBeInTheDocument();
    // Verified duties carry no verification tag; the carers' duty is only partly confirmed.
    expect(within(psychologist).queryByText('Verifisering')).toBeNull();
    const carers = screen.getByRole('heading', { level: 3, name: /^Pårørende med tunge omsorgsoppgaver/ }).closest('.duty') as HTMLElement;
    expect(within(carers).getByText('Verifisering').nextElementSibling).toHaveTextContent('Delvis bekreftet');
  });

  it('links a duty’s sources as the measure page does (a new tab, no opener), each by its title and address', async () => {
    renderRoute('/kommune/4601');
    const heading = await screen.findByRole('heading', { level: 3, name: 'Fra 2020 må kommunen også ha tilgang til ergoterapeut og psykolog.' });
    const sources = within(heading.closest('.duty') as HTMLElement).getByText('Kilder').nextElementSibling as HTMLElement;
    expect(within(sources).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'regjeringen.no: Prop. 71 L (2016–2017), kapittel 3',
      'Fysioterapeutforbundet: Direkte tilgang godkjent i statsråd',
      'Handikapnytt: Lovpålagt, men fortsatt langt igjen til alle kommuner har egen ergoterapeut',
      'Helsedirektoratet: Psykologer i kommunene – årsverk og oppgaver',
    ]);
    const links = within(sources).getAllByRole('link');
    expect(links.map((link) => [link.getAttribute('target'), link.getAttribute('rel')])).toEqual(links.map(() => ['_blank', 'noopener noreferrer']));
    expect(links).toHaveLength(4);
    for (const link of links) expect(link).toHaveAttribute('lang', 'nb');
  });

  it('sums the duties up at the top, one line each (name, since when, in force), each linking to its card', async () => {
    renderRoute('/kommune/4601');
    const summary = await screen.findByRole('navigation', { name: 'Pliktene kort' });
    const items = within(summary).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('link').textContent)).toEqual(ALL_DUTIES_TODAY.map(([name]) => name));
    expect(items.map((item) => item.querySelector('time')?.textContent)).toEqual(ALL_DUTIES_TODAY.map(([, date]) => `I kraft fra ${date}`));
    for (const item of items) expect(within(item).getByText('I kraft')).toBeInTheDocument();
    // The two duties that are only partly confirmed say so in the summary too.
    expect(within(summary).getAllByText('Delvis bekreftet')).toHaveLength(2);
    for (const item of items) {
      const link = within(item).getByRole('link');
      const card = document.getElementById((link.getAttribute('href') ?? '').replace(/^#/, ''));
      expect(card).toHaveClass('duty');
      expect(within(card as HTMLElement).getByRole('heading', { level: 3 })).toHaveTextContent(link.textContent);
    }
  });

  it('says that tying the carers’ duty (Prop. 49 L) to measure 23 is an interpretation, with its source, beside the measure’s status', async () => {
    renderRoute('/kommune/4601');
    const heading = await screen.findByRole('heading', { level: 3, name: /^Pårørende med tunge omsorgsoppgaver/ });
    const card = heading.closest('.duty') as HTMLElement;
    expect(within(card).getByText('Tolkning:').closest('p')).toHaveTextContent(
      'Tolkning: Prop. 49 L (2016–2017) følger selv opp Meld. St. 29 (2012–2013), ikke Meld. St. 26. At plikten hører til tiltak 23, er en tolkning',
    );
    const interpretation = within(card).getByText('Tolkning:').closest('div') as HTMLElement;
    expect(within(interpretation).getByRole('link', { name: 'regjeringen.no: Prop. 49 L (2016–2017)' })).toHaveAttribute(
      'href',
      'https://regjeringen.no/no/dokumenter/prop.-49-l-20162017/id2526898/',
    );
    expect(within(card).getByRole('link', { name: 'Meld. St. 26 (2014–2015), tiltak 23' }).closest('li')).toHaveTextContent('Planlagt');
    // No other duty is an interpretation.
    expect(screen.getAllByText('Tolkning:')).toHaveLength(1);
  });

  it('the same explanation stands on measure 23’s own page, where it says «Planlagt»', async () => {
    renderRoute('/tiltak/ms26-23');
    const heading = await screen.findByRole('heading', { level: 3, name: /^Pårørende med tunge omsorgsoppgaver/ });
    const card = heading.closest('.obligation-card') as HTMLElement;
    expect(within(card).getByText('Tolkning:').closest('p')).toHaveTextContent(/ikke Meld\. St\. 26\. At plikten hører til tiltak 23, er en tolkning/);
    expect(within(within(card).getByText('Tolkning:').closest('div') as HTMLElement).getByRole('link', { name: 'regjeringen.no: Prop. 49 L (2016–2017)' })).toBeInTheDocument();
  });

  it('in English the explanation is in English', async () => {
    renderRoute('/kommune/4601', { language: 'en' });
    const heading = await screen.findByRole('heading', { level: 3, name: /^Carers with heavy care tasks/ });
    expect(within(heading.closest('.duty') as HTMLElement).getByText('Interpretation:').closest('p')).toHaveTextContent(
      'Tying the duty to measure 23 is an interpretation',
    );
  });

  it('the checklist toolbar: a named group with print and the two CSV downloads', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = renderRoute('/kommune/4601?asOf=2017-06-30');
    const toolbar = await screen.findByRole('group', { name: 'Sjekkliste' });
    expect(toolbar).toHaveAccessibleDescription('Utskriften er en sjekkliste på A4 med en avkrysningsrute per plikt. CSV-filen har én rad per plikt.');
    expect(within(toolbar).getAllByRole('button').map((button) => button.textContent)).toEqual(['Skriv ut', 'Last ned CSV', 'CSV for Excel (semikolon)', 'Kolonnebeskrivelse (CSV)']);
    await user.click(within(toolbar).getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('on 30 June 2017 three duties were in force and five coming (the psychologist duty among them)', async () => {
    renderRoute('/kommune/4601?asOf=2017-06-30');
    expect(await screen.findByText('Slik pliktene sto 30. juni 2017')).toBeInTheDocument();
    expect(group(/^I kraft \(3\)$/)).toEqual(ALL_DUTIES_TODAY.slice(0, 3));
    expect(group(/^Kommer \(5\)$/)).toEqual(ALL_DUTIES_TODAY.slice(3));
    expect(screen.getByRole('region', { name: 'Kommer (5)' })).toHaveTextContent(/Gjelder fra1\. januar 2020/);
    expect(screen.getByLabelText('Vis pliktene per dato')).toHaveValue('2017-06-30');
  });

  it('a date is chosen in the field and goes into the address; "today" clears it', async () => {
    const { user, location } = renderRoute('/kommune/0301');
    const field = await screen.findByLabelText('Vis pliktene per dato');
    await user.type(field, '2017-06-30');
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(await screen.findByRole('region', { name: 'I kraft (3)' })).toBeInTheDocument();
    expect(location()).toBe('/kommune/0301?asOf=2017-06-30');
    await user.click(screen.getByRole('button', { name: 'Vis i dag' }));
    expect(await screen.findByRole('region', { name: 'I kraft (8)' })).toBeInTheDocument();
    expect(location()).toBe('/kommune/0301');
  });

  it.each([
    ['/kommune/4601?asOf=2017-13-45', '«2017-13-45» i adressen er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD.'],
    ['/kommune/4601?asOf=2027-01-01', '1. januar 2027 er fram i tid. Pliktene kan vises for i dag eller en tidligere dato.'],
  ])('a bad date in the address (%s) says so, with a link back to today', async (path, message) => {
    const { user, location } = renderRoute(path);
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^I kraft/ })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Vis pliktene i dag' }));
    expect(await screen.findByRole('region', { name: 'I kraft (8)' })).toBeInTheDocument();
    expect(location()).toBe('/kommune/4601');
  });

  it('an unknown number says the municipality was not found, with a link to the picker', async () => {
    renderRoute('/kommune/9999');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke kommunen' })).toBeInTheDocument();
    expect(screen.getByText('Ingen kommune har nummeret 9999 i kommuneinndelingen fra 2024.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Finn kommunen' })).toHaveAttribute('href', '/kommune');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('a malformed number says what a municipality number is, without asking the API', async () => {
    renderRoute('/kommune/46x1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ugyldig kommunenummer' })).toBeInTheDocument();
    expect(screen.getByText('«46x1» er ikke et kommunenummer. Et kommunenummer har fire sifre, for eksempel 4601 for Bergen.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Finn kommunen' })).toHaveAttribute('href', '/kommune');
  });

  it('a server error shows the error panel, and "try again" loads the duties', async () => {
    let failures = 1;
    server.use(
      http.get('/api/municipalities/:nr/duties', () => {
        if (failures-- > 0) return HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 });
        return undefined;
      }),
    );
    const { user } = renderRoute('/kommune/4601');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('region', { name: 'I kraft (8)' })).toBeInTheDocument();
  });

  it.each<[Language, string, string, string, string]>([
    ['nb', 'Bergen kommune', 'I kraft (3)', 'Kommer (5)', 'Data per'],
    ['nn', 'Bergen kommune', 'I kraft (3)', 'Kjem (5)', 'Slik pliktene stod 30. juni 2017'],
    ['en', 'Bergen municipality', 'In force (3)', 'Coming (5)', 'The duties as they stood on 30 June 2017'],
  ])('in %s: %s, %s, %s', async (language, title, inForce, coming, asOfText) => {
    renderRoute('/kommune/4601?asOf=2017-06-30', { language });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: inForce })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: coming })).toBeInTheDocument();
    if (language !== 'nb') expect(screen.getByText(asOfText)).toBeInTheDocument();
  });

  it.each([
    ['Last ned CSV', ',', 'plikter-kommune-4601-2017-06-30.csv'],
    ['CSV for Excel (semikolon)', ';', 'plikter-kommune-4601-2017-06-30-semikolon.csv'],
  ])('%s downloads one row per duty that parses back', async (button, delimiter, fileName) => {
    const files = captureDownloads();
    const { user } = renderRoute('/kommune/4601?asOf=2017-06-30');
    await user.click(await screen.findByRole('button', { name: button }));
    expect(await screen.findByText(`Lastet ned ${fileName}.`)).toBeInTheDocument();
    const [file] = files;
    if (!file) throw new Error('nothing downloaded');
    expect(file.name).toBe(fileName);
    expect(await firstBytes(file.blob)).toEqual([0xef, 0xbb, 0xbf]);
    const lines = Papa.parse<string[]>(await file.blob.text(), { delimiter, skipEmptyLines: true });
    expect(lines.errors).toEqual([]);
    const [header = [], ...cells] = lines.data;
    // Stable column names with commas; Norwegian headers (from the export dictionary) for Norwegian Excel.
    expect(header.slice(0, 5)).toEqual(delimiter === ',' ? ['municipality_number', 'municipality', 'county', 'as_of', 'group'] : ['Kommunenummer', 'Kommune', 'Fylke', 'Per dato', 'Gruppe']);
    const parsed = { data: cells.map((line) => Object.fromEntries(DUTY_CSV_COLUMNS.map((column, index) => [column, line[index]]))) as Record<string, string>[] };
    expect(parsed.data.map((row) => [row.municipality_number, row.municipality, row.group, row.duty_id, row.in_force, row.in_force_precision, row.verified])).toEqual([
      ['4601', 'Bergen', 'in_force', 'sykehjem-kriterieforskrift-2016', '2016-07-01', 'day', 'verified'],
      ['4601', 'Bergen', 'in_force', 'hol-3-5-ohjelp-psykisk-rus-2017', '2017-01-01', 'day', 'verified'],
      ['4601', 'Bergen', 'in_force', 'kompetansekrav-leger-2017', '2017-03-01', 'day', 'verified'],
      ['4601', 'Bergen', 'coming', 'sykehjem-venteliste-2017', '2017-07-01', 'day', 'verified'],
      ['4601', 'Bergen', 'coming', 'hol-3-6-parorendestotte-2017', '2017-10-01', 'day', 'partial'],
      ['4601', 'Bergen', 'coming', 'hol-3-2-kjernekompetanse-2018', '2018-01-01', 'day', 'verified'],
      ['4601', 'Bergen', 'coming', 'betaling-utskrivningsklare-psykisk-tsb-2019', '2019-01-01', 'day', 'partial'],
      ['4601', 'Bergen', 'coming', 'hol-3-2-kjernekompetanse-2020', '2020-01-01', 'day', 'verified'],
    ]);
    const psychologist = parsed.data[7];
    expect(psychologist).toMatchObject({
      legal_basis: 'helse- og omsorgstjenesteloven § 3-2',
      plain_language: 'Fra 2020 må kommunen også ha tilgang til ergoterapeut og psykolog.',
      as_of: '2017-06-30',
      applies_to_all_municipalities: 'true',
      measure_urls: 'http://localhost:3000/tiltak/ms26-01 | http://localhost:3000/tiltak/ms26-15 | http://localhost:3000/tiltak/ms26-24',
    });
    expect(psychologist?.measures).toMatch(/^Meld\. St\. 26 \(2014–2015\) #1: Lovfeste en liste over profesjoner/);
    expect(psychologist?.measure_statuses?.split(' | ')).toHaveLength(3);
  });
});
