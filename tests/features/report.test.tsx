import { screen, waitFor, within } from '@testing-library/react';
import mammoth from 'mammoth';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { MELD_ST_26, MELD_ST_26_ID } from '@mocks/fixtures';
import { server } from '@mocks/node';
import type { DatePoint } from '@/domain/date-point';
import type { Measure } from '@/domain/measure';
import type { Status } from '@/domain/status';
import { renderRoute } from '../render';
import { captureDownloads } from '../support/downloads';

const FROM = '2017-01-01';
const TO = '2020-12-31';
const PATH = `/rapport?plan=${MELD_ST_26_ID}&asOf=${TO}&compareTo=${FROM}`;

/*
 * The expected figures, worked out from the fixtures' histories by hand (mocks/fixtures/plans/meld-st-26-2014-2015.json) and
 * checked below by a replay written here, apart from the app's code: a change counts from the last day of the
 * period its date names (every entry of the dataset was recorded in November 2026, after all of them).
 *
 * 1 January 2017: completed #3, #5, #7, #8, #11, #17 (its change is of 1 January 2017 itself), #19 = 7; in progress
 * #4, #14, #16, #18, #20, #21 = 6; planned the other 15. Overdue: #13 («innen 2015», planned) = 1. Uncertain: the
 * changes known only as «2017» of #12, #25, #26 and #28 = 4.
 * 31 December 2020: in progress #9, #10, #14, #20, #28 = 5; planned #22, #23 = 2; completed the other 21.
 * Between them: 39 entries of 20 measures (25 of status, 14 notes: #22 gained four and #23 two in the update of 1 December 2026); 17 measures changed status.
 */
const EXPECTED = {
  before: { completed: 7, in_progress: 6, planned: 15 },
  after: { completed: 21, in_progress: 5, planned: 2 },
  changes: 39,
  measuresWithChanges: 20,
  statusMoves: 17,
};

/** The last day a date point can mean: the test's own reading of the one status rule (docs/api.md). */
function lastDay(point: DatePoint): string {
  if (point.precision === 'day') return point.date;
  const [year, month] = point.date.split('-').map(Number) as [number, number];
  if (point.precision === 'year') return `${year}-12-31`;
  return `${point.date.slice(0, 8)}${new Date(Date.UTC(year, month, 0)).getUTCDate()}`;
}

function statusOn(measure: Measure, day: string): Status {
  let status: Status = 'planned';
  const entries = measure.history.filter((entry) => lastDay(entry.effective) <= day).sort((a, b) => lastDay(a.effective).localeCompare(lastDay(b.effective)));
  for (const entry of entries) {
    if (entry.type === 'created') status = entry.status;
    if (entry.type === 'status') status = entry.to;
  }
  return status;
}

function countsOn(day: string) {
  const counts: Record<string, number> = {};
  for (const measure of MELD_ST_26.measures) {
    const status = statusOn(measure, day);
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

const between = (measure: Measure) => measure.history.filter((entry) => entry.type !== 'created' && lastDay(entry.effective) > FROM && lastDay(entry.effective) <= TO);

async function openReport(path = PATH, language?: 'nb' | 'nn' | 'en') {
  const result = renderRoute(path, language ? { language } : {});
  await screen.findByRole('table', { name: /Nøkkeltal|Key figures/ }, { timeout: 5000 });
  return result;
}

function figureRow(name: string) {
  const table = screen.getByRole('table', { name: `Nøkkeltall 1. januar 2017 og 31. desember 2020` });
  return within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent.replace(/\s/g, ' '));

function entry(id: string) {
  const element = document.querySelector(`.report-entry[data-measure="${id}"]`);
  if (!(element instanceof HTMLElement)) throw new Error(`no entry for ${id}`);
  return element;
}

afterEach(() => {
  server.events.removeAllListeners();
});

describe('the fixtures behind the expected figures (a replay apart from the app)', () => {
  it('give the statuses on both dates, the moves and the changes between them', () => {
    expect(countsOn(FROM)).toEqual(EXPECTED.before);
    expect(countsOn(TO)).toEqual(EXPECTED.after);
    expect(MELD_ST_26.measures.filter((measure) => statusOn(measure, FROM) !== statusOn(measure, TO))).toHaveLength(EXPECTED.statusMoves);
    expect(MELD_ST_26.measures.flatMap(between)).toHaveLength(EXPECTED.changes);
    expect(MELD_ST_26.measures.filter((measure) => between(measure).length > 0)).toHaveLength(EXPECTED.measuresWithChanges);
  });
});

describe('the status report (/rapport)', () => {
  it('is in the main menu', async () => {
    const { user } = renderRoute('/');
    await user.click(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Rapport' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Statusrapport' })).toBeInTheDocument();
  });

  it(`gives Meld. St. 26's key figures on ${FROM} and ${TO} and the difference, from the histories`, async () => {
    await openReport();
    expect(cells(figureRow('Tiltak i alt'))).toEqual(['28', '28', '0']);
    expect(cells(figureRow('Fullført'))).toEqual(['7', '21', '+14']);
    expect(cells(figureRow('Pågår'))).toEqual(['6', '5', '−1']);
    expect(cells(figureRow('I fare'))).toEqual(['0', '0', '0']);
    expect(cells(figureRow('Planlagt'))).toEqual(['15', '2', '−13']);
    expect(cells(figureRow('Forsinket'))).toEqual(['1', '0', '−1']);
    expect(cells(figureRow('Frist innen 12 måneder'))).toEqual(['0', '0', '0']);
    expect(cells(figureRow('Usikker dato'))).toEqual(['4', '0', '−4']);
    const summary = screen.getByRole('region', { name: 'Sammendrag' });
    expect(summary).toHaveTextContent(
      '21 av 28 tiltak var fullført 31. desember 2020, mot 7 av 28 1. januar 2017. 17 tiltak endret status mellom datoene. Historikken har 39 endringer i perioden.',
    );
    expect(summary).toHaveTextContent('6 av 28 tiltak har et målår i planen: 4 er fullført i tide, 2 for sent, og 0 er fortsatt åpne etter målåret.');
  });

  it('has a cover with the plan, both dates, when and from what it was made, and a table of contents', async () => {
    await openReport();
    const cover = screen.getByRole('region', { name: 'Meld. St. 26 (2014–2015) Fremtidens primærhelsetjeneste – nærhet og helhet' });
    expect(cover).toHaveTextContent('Status per 31. desember 2020, sammenlignet med 1. januar 2017');
    const facts: Record<string, string> = Object.fromEntries([...cover.querySelectorAll('dl > div')].map((row) => [row.querySelector('dt')?.textContent ?? '', row.querySelector('dd')?.textContent ?? '']));
    expect(facts.Rapporteringsdato).toBe('31. desember 2020');
    expect(facts['Forrige rapporteringsdato']).toBe('1. januar 2017');
    expect(facts.Laget).toMatch(/^23\. november 2026 kl\. \d\d:\d\d, i Tiltaksmonitor$/);
    expect(facts.Data).toMatch(/spilt av fra den uforanderlige historikken/);
    expect(facts.Adresse).toBe(`http://localhost:3000${PATH}`);
    expect(within(cover).queryByText(/Syntetiske testdata/)).toBeNull();
    const contents = screen.getByRole('navigation', { name: 'Innhold' });
    expect(within(contents).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Sammendrag', '#rapport-sammendrag'],
      ['Fremdrift per område', '#rapport-fremdrift'],
      ['Tiltak per område', '#rapport-omrader'],
      ['Kompetanse', '#rapport-omrade-kompetanse'],
      ['Ledelse', '#rapport-omrade-ledelse'],
      ['Teamorganisering', '#rapport-omrade-teamorganisering'],
      ['Barn og unge', '#rapport-omrade-barn-og-unge'],
      ['Psykisk helse og rus', '#rapport-omrade-psykisk-helse-og-rus'],
      ['Omsorgstjenestene', '#rapport-omrade-omsorg'],
      ['Rehabilitering', '#rapport-omrade-rehabilitering'],
      ['Frister de neste 12 månedene', '#rapport-frister'],
      ['Usikre og ikke verifiserte opplysninger', '#rapport-usikkert'],
      ['Slik er rapporten laget', '#rapport-metode'],
    ]);
    for (const link of within(contents).getAllByRole('link')) expect(document.getElementById((link.getAttribute('href') ?? '').slice(1))).not.toBeNull();
  });

  it('shows progress by area with its table: the counts on the reporting date and those completed on the previous one', async () => {
    await openReport();
    const table = screen.getByRole('table', { name: 'Tiltak per område og status, 31. desember 2020' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => [within(row).getByRole('rowheader').textContent, ...cells(row)]);
    // Fullført, Pågår, I fare, Planlagt, Avlyst, Erstattet, I alt, Andel fullført, Fullført 1. januar 2017.
    expect(rows).toEqual([
      ['Kompetanse', '4', '0', '0', '0', '0', '0', '4', '100 %', '1'],
      ['Ledelse', '3', '0', '0', '0', '0', '0', '3', '100 %', '2'],
      ['Teamorganisering', '1', '2', '0', '0', '0', '0', '3', '33 %', '1'],
      ['Barn og unge', '3', '1', '0', '0', '0', '0', '4', '75 %', '1'],
      ['Psykisk helse og rus', '5', '0', '0', '0', '0', '0', '5', '100 %', '2'],
      ['Omsorgstjenestene', '1', '1', '0', '1', '0', '0', '3', '33 %', '0'],
      ['Rehabilitering', '4', '1', '0', '1', '0', '0', '6', '67 %', '0'],
    ]);
    // The bars: one segment per status an area has, hidden from assistive technology (the table says it).
    expect(document.querySelectorAll('.report-bars__segment')).toHaveLength(13);
    expect(document.querySelector('.report-figure__chart')).toHaveAttribute('aria-hidden', 'true');
  });

  it('lists every measure by area with both statuses and every change between the dates: date, reason, who and source', async () => {
    await openReport();
    const areas = screen.getByRole('region', { name: 'Tiltak per område' });
    expect(within(areas).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual([
      'Kompetanse',
      'Ledelse',
      'Teamorganisering',
      'Barn og unge',
      'Psykisk helse og rus',
      'Omsorgstjenestene',
      'Rehabilitering',
    ]);
    expect(within(areas).getAllByRole('heading', { level: 4 })).toHaveLength(28);
    expect(document.querySelectorAll('.report-change')).toHaveLength(EXPECTED.changes);
    expect(screen.getByRole('region', { name: 'Kompetanse' })).toHaveTextContent('4 tiltak, 3 endret status.');

    const first = entry('ms26-01');
    expect(within(first).getByRole('heading', { level: 4 })).toHaveTextContent('Nr. 1: Lovfeste en liste over profesjoner');
    expect(within(first).getByRole('link', { name: 'Nr. 1' })).toHaveAttribute('href', '/tiltak/ms26-01');
    const facts = [...first.querySelectorAll('.report-entry__facts > div')].map((row) => row.textContent);
    expect(facts).toEqual(['Status 31. desember 2020Fullført', 'Status 1. januar 2017Planlagt', 'FristIngen frist oppgitt', 'VerifiseringVerifisert']);
    const changes = within(first).getAllByRole('listitem');
    expect(changes.map((item) => item.querySelector('.report-change__head')?.textContent)).toEqual([
      '31. mars 2017: Status: Planlagt → Pågår',
      '1. januar 2018: Merknad',
      '1. januar 2020: Status: Pågår → Fullført',
    ]);
    expect(changes[0]).toHaveTextContent('Begrunnelse: Prop. 71 L (2016–2017) gikk gjennom statsråd 31.3.2017.');
    expect(changes[0]).toHaveTextContent('Registrert av: Tiltaksmonitor (registrert 23. november 2026). Kilde:');
    expect(within(changes[0] as HTMLElement).getByRole('link')).toHaveAttribute('href', expect.stringMatching(/^https:\/\//));
    expect(changes[1]).toHaveTextContent('Merknad: Lege, sykepleier, fysioterapeut, jordmor og helsesykepleier er lovpålagt fra 1.1.2018.');

    // A change of the previous reporting date itself counts on that date, not between the dates.
    expect(entry('ms26-17')).toHaveTextContent('Status 1. januar 2017Fullført');
    expect(entry('ms26-17')).toHaveTextContent('Ingen endringer mellom datoene.');
    expect(within(entry('ms26-18')).getAllByRole('listitem')).toHaveLength(1);
    expect(entry('ms26-18')).toHaveTextContent('Status 1. januar 2017Pågår');
    // Overdue on the previous date, and a status that rested on a year only.
    expect(entry('ms26-13')).toHaveTextContent('Status 1. januar 2017Planlagt Forsinket');
    expect(entry('ms26-25')).toHaveTextContent('Status 1. januar 2017Planlagt (usikker dato)');
    expect(within(entry('ms26-25')).getAllByRole('listitem').map((item) => item.querySelector('.report-change__head')?.textContent)).toEqual(['2017: Status: Planlagt → Fullført', '7. desember 2020: Merknad']);
  });

  it('names the deadlines due in the next 12 months, and every uncertain or unverified fact with what is not known', async () => {
    await openReport();
    expect(screen.getByRole('region', { name: 'Frister de neste 12 månedene' })).toHaveTextContent('Ingen åpne tiltak har frist fra 31. desember 2020 til og med 31. desember 2021.');
    const uncertain = screen.getByRole('region', { name: 'Usikre og ikke verifiserte opplysninger' });
    const items = [...uncertain.querySelectorAll('li')];
    expect(items.map((item) => item.getAttribute('data-measure'))).toEqual(['ms26-09', 'ms26-12', 'ms26-18', 'ms26-22', 'ms26-23', 'ms26-25', 'ms26-26', 'ms26-28']);
    const payment = items[2] as HTMLElement;
    expect(payment).toHaveTextContent('Delvis bekreftet');
    expect(payment).toHaveTextContent('Ikke kjent: Hjemmelen for forskriften er ikke verifisert (antatt helse- og omsorgstjenesteloven § 11-4).');
    // #25 is verified: it is listed for its date alone.
    expect(items[5]).toHaveTextContent('Verifisert');
    expect(items[5]).not.toHaveTextContent('Ikke kjent');
    expect(items[5]).toHaveTextContent('Statusen 1. januar 2017 bygger på en endring som bare er kjent med år eller måned.');
    const method = screen.getByRole('region', { name: 'Slik er rapporten laget' });
    expect(within(method).getAllByRole('listitem')).toHaveLength(8);
    expect(method).toHaveTextContent('«tidligst fra 2017», fullført 1. januar 2019, regnes som to år for sent');
  });

  it('reads the lists and the change log whole, and never a measure one at a time', async () => {
    const asked: string[] = [];
    server.events.on('request:start', ({ request }) => void asked.push(new URL(request.url).pathname));
    await openReport();
    expect(asked.filter((path) => /^\/api\/measures\/[^/]+/.test(path))).toEqual([]);
    // One page of measures and one summary per date (28 measures), and one page of the log.
    const count = (path: string) => asked.filter((asked) => asked === path).length;
    expect([count('/api/measures'), count('/api/summary'), count('/api/changes')]).toEqual([2, 2, 1]);
  });

  it('downloads its data as CSV (one row per measure and change) and JSON', async () => {
    const files = captureDownloads();
    const { user } = await openReport();
    const tools = screen.getByRole('group', { name: 'Rapporten' });
    await user.click(within(tools).getByRole('button', { name: 'CSV' }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(files[0]?.name).toBe(`statusrapport-${MELD_ST_26_ID}-${FROM}-${TO}.csv`);
    const rows = Papa.parse<Record<string, string>>((await files[0]?.blob.text()) ?? '', { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(EXPECTED.changes + 28 - EXPECTED.measuresWithChanges);
    const first = rows.filter((row) => row.measure_id === 'ms26-01');
    expect(first.map((row) => [row.status_compare_to, row.status_as_of, row.change, row.effective, row.counts_from])).toEqual([
      ['Planlagt', 'Fullført', 'status', '2017-03-31', '2017-03-31'],
      ['Planlagt', 'Fullført', 'note', '2018-01-01', '2018-01-01'],
      ['Planlagt', 'Fullført', 'status', '2020-01-01', '2020-01-01'],
    ]);
    expect(rows.find((row) => row.measure_id === 'ms26-12')?.counts_from).toBe('2017-12-31');
    expect(new Set(rows.filter((row) => row.status_changed === 'true').map((row) => row.measure_id)).size).toBe(EXPECTED.statusMoves);

    await user.click(within(tools).getByRole('button', { name: 'JSON' }));
    await waitFor(() => expect(files).toHaveLength(2));
    const json = JSON.parse((await files[1]?.blob.text()) ?? '{}') as { asOf: string; compareTo: string; measures: unknown[]; changeCount: number; statusMoves: number; figures: { key: string; before: number; after: number }[] };
    expect([json.compareTo, json.asOf, json.measures.length, json.changeCount, json.statusMoves]).toEqual([FROM, TO, 28, EXPECTED.changes, EXPECTED.statusMoves]);
    expect(json.figures.find((row) => row.key === 'completed')).toEqual({ key: 'completed', before: 7, after: 21, change: 14 });
  });

  it('downloads a Word document with real headings, tables and lists, and the reasons', async () => {
    const files = captureDownloads();
    const { user } = await openReport();
    await user.click(within(screen.getByRole('group', { name: 'Rapporten' })).getByRole('button', { name: 'Word (.docx)' }));
    await waitFor(() => expect(files).toHaveLength(1), { timeout: 10_000 });
    expect(files[0]?.name).toBe(`statusrapport-${MELD_ST_26_ID}-${FROM}-${TO}.docx`);
    expect(files[0]?.blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await (files[0] as { blob: Blob }).blob.arrayBuffer()) });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((element) => element.textContent);
    expect(texts('h1')).toEqual(['Statusrapport']);
    expect(texts('h2')).toEqual(['Sammendrag', 'Tiltak per område', 'Frister de neste 12 månedene', 'Usikre og ikke verifiserte opplysninger', 'Slik er rapporten laget']);
    expect(texts('h3')).toEqual(['Fremdrift per område', 'Kompetanse', 'Ledelse', 'Teamorganisering', 'Barn og unge', 'Psykisk helse og rus', 'Omsorgstjenestene', 'Rehabilitering']);
    expect(texts('h4')).toHaveLength(28);
    expect(texts('h4')[0]).toMatch(/^Nr\. 1: Lovfeste en liste/);
    expect(doc.querySelectorAll('table')).toHaveLength(2);
    const figures = [...(doc.querySelector('table')?.querySelectorAll('tr') ?? [])].map((row) => [...row.querySelectorAll('td, th')].map((cell) => cell.textContent));
    expect(figures[0]).toEqual(['Nøkkeltall', '1. januar 2017', '31. desember 2020', 'Endring']);
    expect(figures).toContainEqual(['Fullført', '7', '21', '+14']);
    expect(doc.querySelectorAll('li').length).toBeGreaterThanOrEqual(EXPECTED.changes + 8 + 8);
    expect(html).toContain('Begrunnelse: Prop. 71 L (2016–2017) gikk gjennom statsråd 31.3.2017.');
  });

  it.each([
    ['a future reporting date', '/rapport?asOf=2030-01-01', 'Rapporteringsdatoen 1. januar 2030 er etter i dag. Velg en dato til og med i dag.'],
    ['a previous date after the reporting date', `/rapport?asOf=${FROM}&compareTo=${TO}`, 'Forrige rapporteringsdato 31. desember 2020 er ikke før rapporteringsdatoen 1. januar 2017.'],
    ['a date that is no date', '/rapport?asOf=2020-13-01', 'Rapporteringsdatoen «2020-13-01» er ikke en dato skrevet ÅÅÅÅ-MM-DD.'],
    ['a date before the plan', `/rapport?plan=${MELD_ST_26_ID}&compareTo=2015-01-01`, 'Forrige rapporteringsdato 1. januar 2015 er før planen ble lagt fram (7. mai 2015).'],
  ])('says what is wrong with %s, and makes no report', async (_what, path, message) => {
    renderRoute(path);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(within(alert).getByRole('link', { name: 'Lag rapporten for i dag' })).toHaveAttribute('href', expect.stringMatching(/^\/rapport/));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('takes today and a year before when the address names no dates, and puts the form into the address', async () => {
    const { user, location } = renderRoute('/rapport');
    const cover = await screen.findByText('Status per 23. november 2026, sammenlignet med 23. november 2025', {}, { timeout: 5000 });
    expect(cover).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Alle planer (15 planer)' })).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Rapportens plan og datoer' });
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Plan' }), MELD_ST_26_ID);
    await user.type(within(form).getByLabelText('Rapporteringsdato'), TO);
    await user.type(within(form).getByLabelText('Forrige rapporteringsdato'), FROM);
    await user.click(within(form).getByRole('button', { name: 'Lag rapporten' }));
    await waitFor(() => expect(location()).toBe(PATH));
    expect(await screen.findByRole('table', { name: 'Nøkkeltall 1. januar 2017 og 31. desember 2020' })).toBeInTheDocument();
  });

  it('says so when the data cannot be read, and reads it again on request', async () => {
    let fail = true;
    server.use(http.get('*/api/changes', () => (fail ? HttpResponse.json({ type: 'about:blank', title: 'Server error', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }) : undefined)));
    const { user } = renderRoute(PATH);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('Noe gikk galt');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('table', { name: 'Nøkkeltall 1. januar 2017 og 31. desember 2020' }, { timeout: 5000 })).toBeInTheDocument();
  });

  it.each([
    ['nn', 'Samandrag', 'Nøkkeltal 1. januar 2017 og 31. desember 2020', '21 av 28 tiltak var fullførte 31. desember 2020'],
    ['en', 'Summary', 'Key figures on 1 January 2017 and 31 December 2020', '21 of 28 measures were completed on 31 December 2020'],
  ] as const)('reads in %s', async (language, summaryTitle, caption, sentence) => {
    await openReport(PATH, language);
    expect(screen.getByRole('region', { name: summaryTitle })).toHaveTextContent(sentence);
    expect(screen.getByRole('table', { name: caption })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/⟦/);
  });
});
