import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26, MELD_ST_26_ID } from '@mocks/fixtures';
import { server } from '@mocks/node';
import { planListSchema } from '@/domain/api-contract';
import type { Language } from '@/domain/localized-text';
import { renderRoute } from '../render';
import { tableRows } from '../support/table-rows';
import { db } from '@mocks/db';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

/** The key figures as the page shows them: label → [value, link]. */
async function keyFigures() {
  const region = await screen.findByRole('region', { name: /^(Nøkkeltall|Nøkkeltal|Key figures)$/ });
  return Object.fromEntries(
    within(region)
      .getAllByRole('link')
      .map((link) => [link.querySelector('.key-figure__label')?.textContent, [link.querySelector('.key-figure__value')?.textContent.trim(), link.getAttribute('href')]]),
  ) as Record<string, [string, string] | undefined>;
}

/** The chart's segments, as drawn: "area:status" → count. Waits for the lazily loaded chart. */
async function segments(panel: HTMLElement): Promise<Record<string, number>> {
  await waitFor(() => expect(panel.querySelector('[data-segment]')).not.toBeNull());
  return Object.fromEntries(
    [...panel.querySelectorAll('[data-segment]')].map((segment) => [segment.getAttribute('data-segment') ?? '', Number(segment.getAttribute('data-count'))]),
  );
}

function twoPlans() {
  const other = { ...MELD_ST_26.plan, id: 'opptrappingsplan-2019', reference: 'Prop. 121 S (2018–2019)', published: { date: '2019-06-14', precision: 'day' as const } };
  server.use(http.get('/api/plans', () => HttpResponse.json(planListSchema.parse({ items: [MELD_ST_26.plan, other] }))));
}

describe('the overview: key figures', () => {
  it('match the fixture counts today, and each links to exactly those measures', async () => {
    renderRoute('/');
    expect(await keyFigures()).toEqual({
      'Tiltak i alt': ['28', '/tiltak'],
      Fullført: ['25', '/tiltak?status=completed'],
      Pågår: ['1', '/tiltak?status=in_progress'],
      'I fare': ['0', '/tiltak?status=at_risk'],
      Forsinket: ['0', '/tiltak?overdue=true'],
      'Frist innen 12 måneder': ['0', '/tiltak?dueWithinMonths=12'],
    });
    expect(screen.getByRole('link', { name: /^Fullført 25 89\s%\sav alle$/ })).toBeInTheDocument();
    expect(screen.getByText('Tall per 23. november 2026')).toHaveAttribute('role', 'status');
    expect(screen.getByText(/Plan: Meld\. St\. 26 \(2014–2015\)/)).toBeInTheDocument();
  });

  it('opens the filtered list from a figure', async () => {
    const { user, location } = renderRoute('/');
    await user.click(await screen.findByRole('link', { name: /^Fullført 25/ }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiltak' })).toBeInTheDocument();
    expect(location()).toBe('/tiltak?status=completed');
  });

  it('show the state on an earlier date, replayed from the histories, and carry the date into the links', async () => {
    renderRoute('/?asOf=2016-06-30');
    // Done by then: #5, #7, #8, #19. Under way: #14, #16, #20. #13 ("2015") late; #11 ("2016") due within a year.
    expect(await keyFigures()).toEqual({
      'Tiltak i alt': ['28', '/tiltak?asOf=2016-06-30'],
      Fullført: ['4', '/tiltak?status=completed&asOf=2016-06-30'],
      Pågår: ['3', '/tiltak?status=in_progress&asOf=2016-06-30'],
      'I fare': ['0', '/tiltak?status=at_risk&asOf=2016-06-30'],
      Forsinket: ['1', '/tiltak?overdue=true&asOf=2016-06-30'],
      'Frist innen 12 måneder': ['1', '/tiltak?dueWithinMonths=12&asOf=2016-06-30'],
    });
    expect(screen.getByText('Tall per 30. juni 2016')).toBeInTheDocument();
    expect(screen.getByText(/^Historisk visning: tallene er slik de sto 30\. juni 2016/)).toBeInTheDocument();
    // #3, #4 and #11 changed "in 2016": on 30 June their state is not certain, and the page says so.
    expect(screen.getByText(/^3 tiltak har en endring som bare er kjent med år eller måned/)).toBeInTheDocument();
  });

  it('change when a date is chosen in the form, which puts it in the address', async () => {
    const { user, location } = renderRoute('/');
    await keyFigures();
    fireEvent.change(screen.getByLabelText('Status per', { exact: false }), { target: { value: '2017-12-31' } });
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    await waitFor(() => expect(location()).toBe('/?asOf=2017-12-31'));
    await waitFor(async () => expect((await keyFigures()).Fullført).toEqual(['11', '/tiltak?status=completed&asOf=2017-12-31']));
    expect((await keyFigures()).Pågår?.[0]).toBe('12');
    await user.click(screen.getByRole('button', { name: 'Tilbake til i dag' }));
    await waitFor(() => expect(location()).toBe('/'));
    await waitFor(async () => expect((await keyFigures()).Fullført?.[0]).toBe('25'));
  });
});

describe('the overview: progress by area', () => {
  it('draws the same numbers as its table, and the toggle shows the table', async () => {
    const { user } = renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Fremdrift per område' });
    expect(within(panel).getByText(/^25 av 28 tiltak er fullført \(89\s%\), fordelt på 3 satsningsområder og 4 tjenesteområder\./)).toBeInTheDocument();
    expect(within(panel).getByText(/Rehabilitering ligger lengst etter, med 4 av 6 fullført \(67\s%\)/)).toBeInTheDocument();

    const drawn = await segments(panel);
    expect(drawn).toEqual({
      'kompetanse:completed': 4,
      'ledelse:completed': 3,
      'teamorganisering:completed': 3,
      'barn-og-unge:completed': 4,
      'psykisk-helse-og-rus:completed': 5,
      'omsorg:completed': 2,
      'rehabilitering:completed': 4,
      'rehabilitering:in_progress': 1,
      'omsorg:planned': 1,
      'rehabilitering:planned': 1,
    });

    const toggle = within(panel).getByRole('button', { name: 'Vis som tabell' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(panel.querySelector('[data-segment]')).toBeNull();
    const table = within(panel).getByRole('table', { name: 'Antall tiltak per område og status, og andel fullført' });
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Område', 'Fullført', 'Pågår', 'I fare', 'Planlagt', 'Avlyst', 'Erstattet', 'I alt', 'Andel fullført',
    ]);
    const rows = tableRows(table);
    expect(rows).toEqual([
      ['Kompetanse', '4', '0', '0', '0', '0', '0', '4', '100 %'],
      ['Ledelse', '3', '0', '0', '0', '0', '0', '3', '100 %'],
      ['Teamorganisering', '3', '0', '0', '0', '0', '0', '3', '100 %'],
      ['Barn og unge', '4', '0', '0', '0', '0', '0', '4', '100 %'],
      ['Psykisk helse og rus', '5', '0', '0', '0', '0', '0', '5', '100 %'],
      ['Omsorgstjenestene', '2', '0', '0', '1', '0', '0', '3', '67 %'],
      ['Rehabilitering', '4', '1', '0', '1', '0', '0', '6', '67 %'],
    ]);
    // Every segment the chart drew has its number in the table, and every non-zero cell has its segment.
    const areaIds = FIXTURES.areas.map((area) => area.id);
    const statuses = ['completed', 'in_progress', 'at_risk', 'planned', 'cancelled', 'replaced'];
    const fromTable = Object.fromEntries(
      rows.flatMap((row, r) => statuses.map((status, s) => [`${areaIds[r] ?? ''}:${status}`, Number(row[s + 1])] as const)).filter(([, count]) => count > 0),
    );
    expect(fromTable).toEqual(drawn);
  });

  it('opens the measures of a segment when it is clicked', async () => {
    const { location } = renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Fremdrift per område' });
    await segments(panel);
    const segment = panel.querySelector('[data-segment="omsorg:planned"] path');
    if (segment === null) throw new Error('no segment omsorg:planned');
    fireEvent.click(segment);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiltak' })).toBeInTheDocument();
    expect(location()).toBe('/tiltak?area=omsorg&status=planned');
  });

  it('opens the same list from the table, by keyboard, in the date shown', async () => {
    const { user, location } = renderRoute('/?asOf=2016-06-30');
    const panel = await screen.findByRole('region', { name: 'Fremdrift per område' });
    await user.click(within(panel).getByRole('button', { name: 'Vis som tabell' }));
    const link = within(panel).getByRole('link', { name: '3: Barn og unge, Planlagt' });
    link.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiltak' })).toBeInTheDocument();
    expect(location()).toBe('/tiltak?area=barn-og-unge&status=planned&asOf=2016-06-30');
  });

  it('gives screen readers the table next to the chart, without adding it to the tab order', async () => {
    renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Fremdrift per område' });
    expect(panel.querySelector('.chart-panel__figure')).toHaveAttribute('aria-hidden', 'true');
    const table = within(panel).getByRole('table', { name: 'Antall tiltak per område og status, og andel fullført' });
    expect(table.closest('.visually-hidden')).not.toBeNull();
    const links = within(table).getAllByRole('link');
    expect(links.length).toBe(17);
    expect(links.every((link) => link.getAttribute('tabindex') === '-1')).toBe(true);
  });
});

describe('the overview: deadlines and burn-up', () => {
  it('places the 7 measures with a deadline by year, says that the other 21 are not there, and states the target years as everywhere', async () => {
    const { user } = renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Frister per målår' });
    expect(within(panel).getByText('6 av 28 tiltak har et målår i planen: 4 er fullført i tide, 2 for sent, og 0 er fortsatt åpne etter målåret.')).toBeInTheDocument();
    expect(within(panel).getByText(/^Diagrammet viser de 7 av 28 tiltak som har en frist nå, etter året fristen som gjelder nå faller i, fra 2015 til 2020 .*\. Ingen av dem er forsinket\. De 21 tiltakene uten oppgitt frist er ikke med i diagrammet\./)).toBeInTheDocument();
    expect(await segments(panel)).toEqual({ '2015:completed': 2, '2016:completed': 1, '2017:completed': 2, '2020:completed': 2 });
    await user.click(within(panel).getByRole('button', { name: 'Vis som tabell' }));
    expect(tableRows(within(panel).getByRole('table'))).toEqual([
      ['2015', '2', '0', '0', '0', '0', '0', '2', '0'],
      ['2016', '1', '0', '0', '0', '0', '0', '1', '0'],
      ['2017', '2', '0', '0', '0', '0', '0', '2', '0'],
      ['2018', '0', '0', '0', '0', '0', '0', '0', '0'],
      ['2019', '0', '0', '0', '0', '0', '0', '0', '0'],
      ['2020', '2', '0', '0', '0', '0', '0', '2', '0'],
    ]);
  });

  it('marks the overdue measure on 30 June 2016 and links to it', async () => {
    const { user, location } = renderRoute('/?asOf=2016-06-30');
    const panel = await screen.findByRole('region', { name: 'Frister per målår' });
    expect(within(panel).getByText(/1 av dem er forsinket: fristen er passert uten at tiltaket er fullført/)).toBeInTheDocument();
    // #16 (the psychologist grant, "frem til 2020") was under way from the start.
    expect(await segments(panel)).toEqual({
      '2015:completed': 1,
      '2015:planned': 1,
      '2016:planned': 1,
      '2017:planned': 2,
      '2020:in_progress': 1,
      '2020:planned': 1,
    });
    await waitFor(() => expect(within(panel).getByText('1 forsinket')).toBeInTheDocument());
    await user.click(within(panel).getByRole('button', { name: 'Vis som tabell' }));
    await user.click(within(panel).getByRole('link', { name: '1: 2015, Forsinket' }));
    expect(location()).toBe('/tiltak?overdue=true&deadlineFrom=2015&deadlineTo=2015&asOf=2016-06-30');
  });

  it('draws completed against targets like with like (the measures with a target year), and the rest apart', async () => {
    const { user } = renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Fullført over tid, mot målene' });
    expect(within(panel).getByText('6 av 28 tiltak har et målår i planen: 4 er fullført i tide, 2 for sent, og 0 er fortsatt åpne etter målåret.')).toBeInTheDocument();
    expect(
      within(panel).getByText(
        'Per 23. november 2026 er 6 av de 6 tiltakene med målår fullført; mållinjen viser hvor mange av dem som skulle vært det. De 22 tiltakene uten målår er vist for seg, i den grå prikkede linjen: 19 av dem er fullført.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(panel.querySelectorAll('.recharts-line')).toHaveLength(3));
    await user.click(within(panel).getByRole('button', { name: 'Vis som tabell' }));
    const table = within(panel).getByRole('table', { name: /^Tiltak med målår: fullført ved utgangen av hvert år/ });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['År', 'Fullført, med målår', 'Mål: skulle vært fullført', 'Fullført, uten målår']);
    // The completed line never runs above the targets line: both count the same six measures.
    expect(tableRows(table).map((row) => row.join(' '))).toEqual([
      '2015 1 2 2',
      '2016 2 3 4',
      '2017 4 5 7',
      '2018 4 5 9',
      '2019 5 5 11',
      '2020 6 6 15',
      '2021 6 6 16',
      '2022 6 6 17',
      '2023 6 6 18',
      '2024 6 6 19',
      '2025 6 6 19',
      '2026 6 6 19',
    ]);
  });
});

describe('the overview: comparing two dates', () => {
  it('shows the figures side by side and the 16 measures whose status moved', async () => {
    renderRoute('/?asOf=2017-12-31&compareTo=2016-06-30');
    const section = await screen.findByRole('region', { name: 'Endringer fra 30. juni 2016 til 31. desember 2017' });
    const [figures, moves] = within(section).getAllByRole('table');
    if (!figures || !moves) throw new Error('two tables expected');
    expect(tableRows(figures)).toEqual([
      ['Tiltak i alt', '28', '28', '0'],
      ['Fullført', '4', '11', '+7'],
      ['Pågår', '3', '12', '+9'],
      ['I fare', '0', '0', '0'],
      ['Planlagt', '21', '5', '−16'],
      ['Avlyst', '0', '0', '0'],
      ['Erstattet', '0', '0', '0'],
      ['Forsinket', '1', '0', '−1'],
      ['Frist innen 12 måneder', '1', '0', '−1'],
    ]);
    expect(within(section).getByText('16 tiltak har en annen status 31. desember 2017 enn 30. juni 2016.')).toBeInTheDocument();
    const rows = tableRows(moves);
    // Each move says which plan it belongs to, beside its number.
    expect(within(moves).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Tiltak', 'Plan', 'Nr.', 'Status 30. juni 2016', 'Status 31. desember 2017']);
    expect(new Set(rows.map((row) => row[1]))).toEqual(new Set(['Meld. St. 26 (2014–2015)']));
    expect(rows.map((row) => row[2])).toEqual(['1', '2', '3', '4', '11', '12', '13', '15', '17', '18', '21', '24', '25', '26', '27', '28']);
    expect(rows.filter((row) => row[4]?.includes('usikker dato')).map((row) => row[2])).toEqual(['3', '4', '11']);
    expect(rows[1]?.slice(3)).toEqual(['Planlagt', 'Fullført']);
    expect(within(moves).getByRole('link', { name: /Legge frem en ungdomshelsestrategi/ })).toHaveAttribute('href', '/tiltak/ms26-11');
  });

  it('says so when nothing moved', async () => {
    renderRoute('/?compareTo=2025-01-01');
    const section = await screen.findByRole('region', { name: 'Endringer fra 1. januar 2025 til 23. november 2026' });
    expect(within(section).getByText('Ingen tiltak endret status mellom 1. januar 2025 og 23. november 2026.')).toBeInTheDocument();
    expect(within(section).getAllByRole('table')).toHaveLength(1);
  });
});

describe('the overview: dates in the address that cannot be used', () => {
  it.each<[Language, string, RegExp]>([
    ['nb', '/?asOf=30.06.2019', /«30\.06\.2019» er ikke en gyldig dato for «Status per»\. Skriv datoen som ÅÅÅÅ-MM-DD/],
    ['nn', '/?asOf=2030-01-01', /«Status per» er 1\. januar 2030, som er fram i tid\. Vel dagens dato eller ein tidlegare dato\./],
    ['en', '/?asOf=2014-12-31', /“Status as of” is 31 December 2014, before the plan was presented on 7 May 2015\. Choose a date on or after 7 May 2015\./],
    ['nb', '/?asOf=2017-02-30', /«2017-02-30» er ikke en gyldig dato/],
    ['en', '/?asOf=2030-01-01', /“Status as of” is 1 January 2030, which is in the future/],
    ['nn', '/?asOf=2015-05-06', /før planen vart lagd fram 7\. mai 2015/],
  ])('%s %s: says what is wrong, instead of figures', async (language, path, message) => {
    renderRoute(path, { language });
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent(message));
    expect(screen.queryByRole('region', { name: /^(Nøkkeltall|Nøkkeltal|Key figures)$/ })).not.toBeInTheDocument();
    expect(within(alert).getByRole('link')).toHaveAttribute('href', '/');
  });

  it.each<[Language, string, RegExp]>([
    ['nb', '/?asOf=2016-06-30&compareTo=2017-12-31', /Datoen å sammenligne med \(31\. desember 2017\) må være før «Status per» \(30\. juni 2016\)\./],
    ['nn', '/?compareTo=i-fjor', /«i-fjor» er ikkje ein gyldig dato å samanlikne med/],
    ['en', '/?compareTo=2014-01-01', /The date to compare with is 1 January 2014, before the plan was presented on 7 May 2015/],
  ])('%s %s: a bad comparison date is reported, and the figures stay', async (language, path, message) => {
    renderRoute(path, { language });
    await waitFor(async () => expect(await screen.findByRole('alert')).toHaveTextContent(message));
    expect(await keyFigures()).toHaveProperty(language === 'en' ? 'Measures in total' : 'Tiltak i alt');
  });
});

describe('the overview: plans', () => {
  it('with one plan, shows no selector', async () => {
    renderRoute('/');
    await keyFigures();
    expect(screen.queryByRole('combobox', { name: 'Plan' })).not.toBeInTheDocument();
  });

  it('with two plans, shows all or one, in the address and in every link', async () => {
    twoPlans();
    const { user, location } = renderRoute('/');
    const select = await screen.findByRole('combobox', { name: 'Plan' });
    // Shown while the plans load (as in the prerendered frame), usable once they are there.
    await waitFor(() => expect(select).toBeEnabled());
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Alle planer', 'Meld. St. 26 (2014–2015)', 'Prop. 121 S (2018–2019)']);
    expect((await keyFigures())['Tiltak i alt']).toEqual(['28', '/tiltak']);
    await user.selectOptions(select, 'opptrappingsplan-2019');
    await waitFor(() => expect(location()).toBe('/?plan=opptrappingsplan-2019'));
    await waitFor(async () => expect((await keyFigures())['Tiltak i alt']).toEqual(['0', '/tiltak?plan=opptrappingsplan-2019']));
    // Progress by area and the burn-up say so; the deadline chart has no deadlines to show.
    expect(await screen.findAllByText('Det er ingen tiltak å vise.', { selector: '.chart-panel__summary p' })).toHaveLength(2);
    await user.selectOptions(select, 'meld-st-26-2014-2015');
    await waitFor(async () => expect((await keyFigures()).Fullført).toEqual(['25', '/tiltak?plan=meld-st-26-2014-2015&status=completed']));
  });

  it('reports an unknown plan in the address and shows all plans', async () => {
    renderRoute('/?plan=finnes-ikke');
    await waitFor(async () => expect(await screen.findByRole('alert')).toHaveTextContent('Fant ingen plan med id «finnes-ikke». Tallene gjelder alle planer.'));
    expect((await keyFigures())['Tiltak i alt']).toEqual(['28', '/tiltak']);
  });
});

describe('the overview: loading and errors', () => {
  it('keeps the figures when the measures behind the charts fail, and offers a retry', async () => {
    server.use(http.get('/api/measures', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    renderRoute('/');
    expect((await keyFigures())['Tiltak i alt']?.[0]).toBe('28');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('feilkode 500');
    expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Frister per målår' })).not.toBeInTheDocument();
  });

  it('says what went wrong when the figures cannot be fetched', async () => {
    server.use(http.get('/api/summary', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Noe gikk galt');
    expect(screen.queryByRole('region', { name: 'Nøkkeltall' })).not.toBeInTheDocument();
  });
});
