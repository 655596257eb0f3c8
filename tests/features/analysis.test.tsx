import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '@mocks/node';
import { renderRoute } from '../render';
import { tableRows } from '../support/table-rows';
import { captureDownloads } from '../support/downloads';
import { TARGET_ACTUAL_EXPORT_DICTIONARY } from '@/domain/export-dictionary';

/*
 * The analysis on the fixtures, judged on 23 November 2026. Hand-computed from the measures with a
 * target year (see tests/features/analysis/target-actual.test.ts for each year):
 * - Meld. St. 26: #13 "2015" done 2017 (2 late), #19 "i 2015" done 2015, #11 "i 2016" done 2016 (year only),
 *   #17 "fra 2017" done 2017, #18 "tidligst fra 2017" done 2019 (2 late), #15 "i kraft i 2020" done 2020:
 *   4 of 6 on time (67 %), median slippage 0. #16 "frem til 2020" is no deadline; 21 have no target.
 * - The substance use plan's #1 "2016–2020" done 2020 (year only, partly verified) and the habilitation
 *   plan's #1 "2017–2019" done 2019 (year only): both on time.
 * - The action plan for general practice: its five registered tiltak state no target year.
 * All plans: 8 with a target, 6 on time, 2 late, none open: 75 %. 31 left out (30 no target + #16).
 */

/** The rows with a target year, as [id, target year, actual year, slippage, uncertain]. */
const TARGET_ROWS = [
  ['ms26-13', '2015', '2017', '2', 'false'],
  ['ms26-19', '2015', '2015', '0', 'false'],
  ['ms26-11', '2016', '2016', '0', 'true'],
  ['ms26-17', '2017', '2017', '0', 'false'],
  ['ms26-18', '2017', '2019', '2', 'true'],
  ['habrehab-01', '2019', '2019', '0', 'true'],
  ['ms26-15', '2020', '2020', '0', 'false'],
  ['rus-01', '2020', '2020', '0', 'true'],
];

function panel(name: string) {
  return screen.getByRole('region', { name });
}

async function ready() {
  await screen.findByRole('region', { name: 'Planlagt år mot faktisk år' });
}

describe('/analyse: all plans', () => {
  it('sums up planned against actual year, and draws a row per measure with its years', async () => {
    renderRoute('/analyse');
    await ready();
    expect(screen.getByRole('heading', { level: 1, name: 'Analyse' })).toBeInTheDocument();
    expect(screen.getByText('39 tiltak i 15 planer, vurdert per 23. november 2026.')).toBeInTheDocument();
    const summary = panel('Planlagt år mot faktisk år');
    // The sentence every page states, then its caveats one a line (short blocks: no late LCP, see the section).
    expect(within(summary).getByText(/^8 av 39 tiltak har et målår i planen: 6 er fullført i tide, 2 for sent, og 0 er fortsatt åpne etter målåret\.$/)).toBeInTheDocument();
    expect(within(summary).getByText(/^31 tiltak er holdt utenfor: 30 uten målår i planen og 1 der/, { selector: 'li' })).toBeInTheDocument();
    expect(within(summary).getByText(/4 rader bygger på usikre opplysninger/)).toBeInTheDocument();
    await waitFor(() => expect(summary.querySelectorAll('[data-measure]')).toHaveLength(8));
    expect([...summary.querySelectorAll('[data-measure]')].map((row) => [row.getAttribute('data-measure'), row.getAttribute('data-target'), row.getAttribute('data-actual')])).toEqual(
      TARGET_ROWS.map(([id, target, actual]) => [id, target, actual]),
    );
  });

  it('shows the same numbers as a table, with links to the measures and the uncertainty written out', async () => {
    const { user } = renderRoute('/analyse');
    await ready();
    const section = panel('Planlagt år mot faktisk år');
    await user.click(within(section).getByRole('button', { name: 'Vis som tabell' }));
    const table = within(section).getByRole('table', { name: 'Planlagt og faktisk år per tiltak med målår' });
    const rows = tableRows(table);
    expect(rows.map((row) => [row[1], row[4], row[5], row[6], row[7]])).toEqual([
      ['Meld. St. 26 (2014–2015)', '2015', '2017', '2 år', '–'],
      ['Meld. St. 26 (2014–2015)', '2015', '2015', '0 år', '–'],
      ['Meld. St. 26 (2014–2015)', '2016', '2016 ?', '0 år', 'bare året for fullføring er kjent'],
      ['Meld. St. 26 (2014–2015)', '2017', '2017', '0 år', '–'],
      ['Meld. St. 26 (2014–2015)', '2017', '2019 ?', '2 år', 'kildene bekrefter bare delvis; «tidligst»: ikke et løfte om når'],
      ['Opptrappingsplan for habilitering og rehabilitering', '2019', '2019 ?', '0 år', 'bare året for fullføring er kjent'],
      ['Meld. St. 26 (2014–2015)', '2020', '2020', '0 år', '–'],
      ['Prop. 15 S (2015–2016)', '2020', '2020 ?', '0 år', 'kildene bekrefter bare delvis; bare året for fullføring er kjent'],
    ]);
    expect(rows[4]?.[3]).toBe('tidligst fra 2017');
    expect(within(table).getAllByRole('link')[0]).toHaveAttribute('href', '/tiltak/ms26-13');
  });

  it('counts slippage and the on-time share by area, in the charts and their tables alike', async () => {
    const { user } = renderRoute('/analyse');
    await ready();
    const slippage = panel('Forsinkelse per område');
    expect(within(slippage).getByText('Av 8 tiltak som kan vurderes, ble 6 fullført i tide og 2 for sent; 0 er fortsatt åpne etter målåret. Alle tiltak med målår kan vurderes.')).toBeInTheDocument();
    await waitFor(() => expect(slippage.querySelector('[data-segment]')).not.toBeNull());
    expect(Object.fromEntries([...slippage.querySelectorAll('[data-segment]')].map((segment) => [segment.getAttribute('data-segment'), Number(segment.getAttribute('data-count'))]))).toEqual({
      'barn-og-unge:onTime': 1,
      'barn-og-unge:late2': 1,
      'psykisk-helse-og-rus:onTime': 4,
      'psykisk-helse-og-rus:late2': 1,
      'rehabilitering:onTime': 1,
    });
    await user.click(within(slippage).getByRole('button', { name: 'Vis som tabell' }));
    expect(tableRows(within(slippage).getByRole('table')).slice(3, 5)).toEqual([
      ['Barn og unge', '1', '0', '1', '0', '0', '0', '0', '1 år'],
      ['Psykisk helse og rus', '4', '0', '1', '0', '0', '0', '0', '0 år'],
    ]);

    const onTime = panel('Andel fullført i tide per område');
    expect(within(onTime).getByText(/^6 av 8 tiltak som kan vurderes, ble fullført i tide \(75\s%\)\. Lavest andel: Barn og unge, med 50\s%\sav 2\. Alle tiltak med målår kan vurderes\. 4 områder har ingen tiltak som kan vurderes\.$/)).toBeInTheDocument();
    await user.click(within(onTime).getByRole('button', { name: 'Vis som tabell' }));
    expect(tableRows(within(onTime).getByRole('table'))).toEqual([
      ['Kompetanse', '–', '0', '0', '0'],
      ['Ledelse', '–', '0', '0', '0'],
      ['Teamorganisering', '–', '0', '0', '0'],
      ['Barn og unge', '50 %', '1', '2', '0'],
      ['Psykisk helse og rus', '80 %', '4', '5', '0'],
      ['Omsorgstjenestene', '–', '0', '0', '0'],
      ['Rehabilitering', '100 %', '1', '1', '0'],
    ]);
  });

  it('puts the plans side by side, and says why a plan has no figures', async () => {
    renderRoute('/analyse');
    await ready();
    const plans = panel('Planene side om side');
    expect(within(plans).getByText(/^15 planer i utvalget; 6 har registrerte tiltak, og 3 har tiltak med målår som kan vurderes\./)).toBeInTheDocument();
    expect(within(plans).queryByText(/Forskningsnotatene/)).toBeNull();
    const rows = tableRows(within(plans).getByRole('table'));
    expect(rows.slice(0, 5)).toEqual([
      ['Meld. St. 26 (2014–2015)', '28', '25', '89 %', '6', '67 % av 6', '0 år', ''],
      ['Kompetanseløft 2020', '2', '1', '50 %', '0', '–', '–', 'Tiltakene har ikke målår'],
      ['Kompetanseløft 2025', '2', '0', '0 %', '0', '–', '–', 'Tiltakene har ikke målår'],
      ['Prop. 15 S (2015–2016)', '1', '1', '100 %', '1', '100 % av 1', '0 år', ''],
      ['Opptrappingsplan for habilitering og rehabilitering', '1', '1', '100 %', '1', '100 % av 1', '0 år', ''],
    ]);
    // Every plan has its row; the nine without measures say so in it, with no zeros or dashes (tests/features/plan-extent.test.tsx).
    expect(rows).toHaveLength(15);
    // What a reader needs next: where the facts come from, not how they were compiled.
    for (const link of within(plans).getAllByRole('link', { name: 'Om opplysningene og hvor de kommer fra' })) expect(link).toHaveAttribute('href', '/om');
  });
});

describe('/analyse: the plan filter in the address', () => {
  it('analyses one plan from the address, and a choice writes the address', async () => {
    const { user, location } = renderRoute('/analyse?plan=meld-st-26-2014-2015');
    await ready();
    expect(screen.getByText('28 tiltak i 1 plan, vurdert per 23. november 2026.')).toBeInTheDocument();
    expect(within(panel('Andel fullført i tide per område')).getByText(/^4 av 6 tiltak som kan vurderes, ble fullført i tide \(67\s%\)\./)).toBeInTheDocument();
    expect(tableRows(within(panel('Planene side om side')).getByRole('table'))).toHaveLength(1);

    await user.click(screen.getByText(/^Planer:/));
    await user.click(screen.getByRole('checkbox', { name: 'Prop. 15 S (2015–2016)' }));
    expect(location()).toBe('/analyse?plan=meld-st-26-2014-2015&plan=opptrappingsplan-rus-2016-2020');
    expect(await screen.findByText('29 tiltak i 2 planer, vurdert per 23. november 2026.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Meld. St. 26 (2014–2015)' })).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Ta med alle planene' }));
    expect(location()).toBe('/analyse');
    expect(await screen.findByText('39 tiltak i 15 planer, vurdert per 23. november 2026.')).toBeInTheDocument();
  });

  it('says so when the address names an unknown plan, and analyses the rest', async () => {
    renderRoute('/analyse?plan=finnes-ikke&plan=kompetanseloft-2020');
    await ready();
    expect(screen.getByText('Adressen nevner en plan vi ikke kjenner: finnes-ikke. Den er utelatt.')).toBeInTheDocument();
    expect(screen.getByText('2 tiltak i 1 plan, vurdert per 23. november 2026.')).toBeInTheDocument();
    // Kompetanseløft 2020 states no target years: nothing to draw, and the summary says why.
    expect(within(panel('Planlagt år mot faktisk år')).getByText('Ingen av de 2 tiltakene i utvalget har et målår fra planen, så planlagt og faktisk år kan ikke sammenlignes.')).toBeInTheDocument();
    expect(within(panel('Planlagt år mot faktisk år')).queryByRole('button', { name: 'Vis som tabell' })).toBeNull();
  });
});

describe('/analyse: export', () => {
  it.each([
    ['CSV', ','],
    ['CSV (norsk Excel)', ';'],
  ])('downloads the target-against-actual data as %s that parses back to the table’s numbers', async (button, delimiter) => {
    const files = captureDownloads();
    const { user } = renderRoute('/analyse');
    await ready();
    const group = screen.getByRole('group', { name: 'Last ned dataene bak «Planlagt år mot faktisk år»' });
    await user.click(within(group).getByRole('button', { name: button }));
    expect(await within(group).findByText('Lastet ned tiltaksmonitor-analyse-target-actual-2026-11-23.csv.')).toBeInTheDocument();
    const [file] = files;
    if (!file) throw new Error('nothing downloaded');
    expect([...new Uint8Array(await file.blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<Record<string, string>>(await file.blob.text(), { header: true, delimiter, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    // The «norsk Excel» file has Norwegian headers (the data dictionary's), the other the stable identifiers.
    const column = (name: keyof typeof TARGET_ACTUAL_EXPORT_DICTIONARY) => (delimiter === ';' ? TARGET_ACTUAL_EXPORT_DICTIONARY[name].header.nb : name);
    expect(parsed.data.map((row) => [row[column('id')], row[column('target_year')], row[column('actual_year')], row[column('slippage_years')], row[column('uncertain')]])).toEqual(TARGET_ROWS);
  });

  it('downloads the on-time shares as JSON, with the plans and the link', async () => {
    const files = captureDownloads();
    const { user } = renderRoute('/analyse?plan=meld-st-26-2014-2015');
    await ready();
    await user.click(within(screen.getByRole('group', { name: 'Last ned dataene bak «Andel fullført i tide per område»' })).getByRole('button', { name: 'JSON' }));
    await screen.findByText('Lastet ned tiltaksmonitor-analyse-on-time-by-area-2026-11-23.json.');
    const document = JSON.parse((await files[0]?.blob.text()) ?? 'null') as { chart: string; plans: string[]; link: string; judgedOn: string; rows: { area_id: string; on_time: number; judged: number; on_time_share: number | null }[] };
    expect(document).toMatchObject({ chart: 'on-time-by-area', plans: ['meld-st-26-2014-2015'], link: 'http://localhost:3000/analyse?plan=meld-st-26-2014-2015', judgedOn: '2026-11-23' });
    expect(document.rows.filter((row) => row.judged > 0).map((row) => [row.area_id, row.on_time, row.judged, row.on_time_share])).toEqual([
      ['barn-og-unge', 1, 2, 0.5],
      ['psykisk-helse-og-rus', 3, 4, 0.75],
    ]);
  });

  it('downloads the plans side by side in the reader’s language: an English page’s file says why in English', async () => {
    const files = captureDownloads();
    const { user } = renderRoute('/analyse', { language: 'en' });
    await screen.findByRole('region', { name: 'Planned year against actual year' });
    const group = screen.getByRole('group', { name: 'Download the data behind “The plans side by side”' });
    await user.click(within(group).getByRole('button', { name: 'CSV' }));
    expect(await within(group).findByText('Downloaded tiltaksmonitor-analyse-plan-comparison-2026-11-23.csv.')).toBeInTheDocument();
    const parsed = Papa.parse<Record<string, string>>((await files[0]?.blob.text()) ?? '', { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const gap = (planId: string) => parsed.data.find((row) => row.plan_id === planId)?.gap;
    expect([gap('meld-st-26-2014-2015'), gap('kompetanseloft-2020')]).toEqual(['', 'The measures have no target year']);
  });
});

describe('/analyse: states and languages', () => {
  it('shows the error state with a retry when the measures cannot be read, and recovers', async () => {
    let fail = true;
    server.use(http.get('/api/measures', () => (fail ? HttpResponse.json({ title: 'Feil' }, { status: 500 }) : undefined)));
    const { user } = renderRoute('/analyse');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Noe gikk galt' })).toBeInTheDocument();
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    await ready();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('in English', async () => {
    renderRoute('/analyse', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Analysis' })).toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Planned year against actual year' });
    expect(within(section).getByText(/^Target years in the plan: 8 of 39 measures; 6 completed on time, 2 late, and 0 still open after their target year\./)).toBeInTheDocument();
    expect(within(panel('Share completed on time by area')).getByText(/^6 of 8 measures that can be judged were completed on time \(75%\)\./)).toBeInTheDocument();
  });

  it('in nynorsk', async () => {
    renderRoute('/analyse', { language: 'nn' });
    const section = await screen.findByRole('region', { name: 'Planlagt år mot faktisk år' });
    expect(within(section).getByText(/^8 av 39 tiltak har eit målår i planen: 6 er fullført i tide, 2 for seint, og 0 er framleis opne etter målåret\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Forseinking per område' })).toBeInTheDocument();
    expect(screen.getByText('39 tiltak i 15 planar, vurdert per 23. november 2026.')).toBeInTheDocument();
  });
});

describe('/analyse: for a reader', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('names each row of the chart by the measure’s title, and a point or a title opens the measure', async () => {
    const { user, location } = renderRoute('/analyse');
    await ready();
    const section = panel('Planlagt år mot faktisk år');
    await waitFor(() => expect(section.querySelectorAll('[data-measure-label]')).toHaveLength(8));
    const labels = [...section.querySelectorAll('[data-measure-label]')];
    expect(labels[0]?.getAttribute('data-measure-label')).toBe('ms26-13');
    // Cut at a word on the axis; the tooltip and the table give the title in full.
    expect(labels[0]?.textContent).toBe('Nasjonal faglig retningslinje for…');
    expect(labels.map((label) => label.textContent).join(' ')).not.toMatch(/Meld\. St\. 26 nr\./);
    const point = section.querySelector('[data-measure="ms26-18"]');
    if (!point) throw new Error('no point for ms26-18');
    await user.click(point);
    await waitFor(() => expect(location()).toBe('/tiltak/ms26-18'));
  });

  it('opens a measure from its title on the axis', async () => {
    const { user, location } = renderRoute('/analyse');
    await ready();
    const section = panel('Planlagt år mot faktisk år');
    await waitFor(() => expect(section.querySelector('[data-measure-label="ms26-11"]')).not.toBeNull());
    const label = section.querySelector('[data-measure-label="ms26-11"]');
    if (!label) throw new Error('no label');
    await user.click(label);
    await waitFor(() => expect(location()).toBe('/tiltak/ms26-11'));
  });

  it.each([
    ['nb', 'Vi har ikke registrert tiltak for denne planen ennå.', 'Om opplysningene og hvor de kommer fra', 'Om tjenesten'],
    ['nn', 'Vi har ikkje registrert tiltak for denne planen enno.', 'Om opplysningane og kvar dei kjem frå', 'Om tenesta'],
    ['en', 'We have not registered any measures for this plan yet.', 'About the facts and where they come from', 'About the service'],
  ] as const)('%s: a plan with no measures registered says so plainly, without rows of zeros, and links to /om', async (language, sentence, link, aboutTitle) => {
    const { user, location } = renderRoute('/analyse?plan=leve-hele-livet', { language });
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/Forskningsnotat|research note/i)).toBeNull();
    await user.click(screen.getByRole('link', { name: link }));
    expect(location()).toBe('/om');
    expect(await screen.findByRole('heading', { level: 1, name: aboutTitle })).toBeInTheDocument();
  });

  it('prints: a print button, and a print header with the plans chosen and the date', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderRoute('/analyse?plan=meld-st-26-2014-2015&plan=opptrappingsplan-rus-2016-2020');
    await ready();
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
    const header = document.querySelector<HTMLElement>('[data-print-header]');
    if (!header) throw new Error('no print header');
    expect([...header.querySelectorAll('dl > div')].map((entry) => [entry.querySelector('dt')?.textContent, entry.querySelector('dd')?.textContent])).toEqual([
      ['Planer', 'Meld. St. 26 (2014–2015), Prop. 15 S (2015–2016)'],
      ['Vurdert per', '23. november 2026'],
      ['Utvalg', 'Alle tiltak i de 2 valgte planene'],
    ]);
  });
});
