import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/db';
import { MELD_ST_26, MELD_ST_26_ID } from '@mocks/fixtures';
import { server } from '@mocks/node';
import { measurePageSchema } from '@/domain/api-contract';
import { toMeasureSummary } from '@/domain/measure-summary';
import { holdResponses, renderRoute } from '../render';
import { captureDownloads } from '../support/downloads';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

/** The rows of the measure table (without its header row), and the plan numbers they show. */
function bodyRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}
function numbersIn(table: HTMLElement) {
  return bodyRows(table).map((row) => Number(within(row).getAllByRole('cell')[0]?.textContent));
}
const ALL = Array.from({ length: 28 }, (_, index) => index + 1);

/** The visible count above the list (screen readers hear it from a debounced status region instead). */
function visibleCount() {
  return screen.getByText(/^Viser \d+ av \d+ tiltak$/, { selector: '.explorer__count' }).textContent;
}

async function findTable() {
  return screen.findByRole('table', { name: /Tiltak i Meld\. St\. 26 \(2014–2015\)/ });
}

/** The numbers the list shows, or [] when it says nothing matches. */
async function shownNumbers(): Promise<number[]> {
  await waitFor(() => expect(screen.queryByText('Laster tiltakene …')).not.toBeInTheDocument());
  if (screen.queryByRole('heading', { name: 'Ingen tiltak passer' })) return [];
  return numbersIn(await findTable());
}

/** Copies the view's link with the page's own button and returns its path and query. */
async function copyViewLink(user: UserEvent): Promise<string> {
  await openShare(user);
  await user.click(await screen.findByRole('button', { name: 'Kopier lenke til visningen' }));
  expect(await screen.findByText('Lenken til visningen er kopiert.')).toBeInTheDocument();
  const url = new URL(await navigator.clipboard.readText());
  return `${url.pathname}${url.search}`;
}

/** Opens the filters' disclosure (once) and waits for its panel, which loads when it is first opened. */
async function openFilters(user: UserEvent) {
  const summary = screen.getByText('Filtre', { selector: 'summary' });
  if (!summary.closest('details')?.open) await user.click(summary);
  await screen.findByRole('group', { name: 'Status' });
}

/** Opens «Last ned eller del utvalget» (once) and waits for its downloads and link. */
async function openShare(user: UserEvent) {
  const summary = screen.getByText('Last ned eller del utvalget', { selector: 'summary' });
  if (!summary.closest('details')?.open) await user.click(summary);
  await screen.findByRole('group', { name: 'Last ned utvalget' });
}

const check = (group: string, name: string) => async (user: UserEvent) => {
  await openFilters(user);
  await user.click(within(screen.getByRole('group', { name: group })).getByRole('checkbox', { name }));
};
const choose = (label: string, option: string) => async (user: UserEvent) => {
  await openFilters(user);
  await user.selectOptions(screen.getByRole('combobox', { name: label }), option);
};

describe('/tiltak', () => {
  it('lists every measure of the plan with its columns, a count, and a link to each', async () => {
    renderRoute('/tiltak');
    const table = await findTable();
    expect(table).toHaveAttribute('aria-rowcount', '29');
    expect(table).toHaveAttribute('aria-colcount', '12');
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent.replace(/[▲▼↕]/g, ''))).toEqual([
      'Nr.', 'Tiltak', 'Plan', 'Område', 'Ansvarlig', 'Virkemiddel', 'Frist', 'Status', 'Planlagt år', 'Faktisk år', 'Forsinkelse', 'Sist endret',
    ]);
    const rows = bodyRows(table);
    expect(rows).toHaveLength(28);
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(ALL.map((n) => String(n + 1)));
    expect(visibleCount()).toBe('Viser 28 av 28 tiltak');

    const row18 = rows[17];
    if (!row18) throw new Error('row 18 missing');
    expect(within(row18).getByRole('link', { name: /betalingsplikt for utskrivningsklare/ })).toHaveAttribute('href', '/tiltak/ms26-18');
    expect(within(row18).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '18', 'Meld. St. 26 (2014–2015)', 'Psykisk helse og rus', 'Helse- og omsorgsdepartementet', 'Forskrift', 'tidligst fra 2017', 'Fullført', '2017', '2019', '2 år for sent', '1. jan. 2019',
    ]);
    // «Sist endret» is when the last change happened (from the history), never the day the data was imported.
    expect(within(table).queryAllByText('23. nov. 2026')).toEqual([]);
    for (const measure of MELD_ST_26.measures) {
      expect(within(table).getByRole('link', { name: measure.title.nb })).toBeInTheDocument();
    }
    expect(within(table).getAllByText('Ingen frist oppgitt')).toHaveLength(21);
  });

  it('marks an overdue measure', async () => {
    // Move the guideline (#13, "2015") back to in progress: it is then three years late in 2018.
    server.use(
      http.get('/api/measures', () => {
        const guideline = MELD_ST_26.measures.find((m) => m.number === 13);
        if (!guideline) throw new Error('fixture #13 missing');
        return HttpResponse.json(
          measurePageSchema.parse({ items: [toMeasureSummary({ ...guideline, status: 'in_progress' })], total: 1, page: 1, pageSize: 1000, today: '2018-06-01' }),
        );
      }),
    );
    renderRoute('/tiltak');
    const table = await screen.findByRole('table');
    const [row] = bodyRows(table);
    if (!row) throw new Error('no row');
    // In its status cell, and how late it is so far in «Forsinkelse».
    const cells = within(row).getAllByRole('cell');
    expect(within(cells[6] as HTMLElement).getByText('Forsinket', { selector: '.overdue-tag' })).toBeInTheDocument();
    expect(cells.map((cell) => cell.textContent).slice(7, 10)).toEqual(['2015', '', 'minst 3 år (åpent)']);
  });

  it('reads the researcher’s filters from a shared link, in the address as the API names them', async () => {
    renderRoute('/tiltak?completedLate=true&verified=partial');
    expect(await shownNumbers()).toEqual([18]);
    const chips = screen.getByRole('group', { name: 'Valgte filtre' });
    expect(within(chips).getAllByRole('button').map((button) => button.textContent)).toEqual(['Verifisering: Delvis bekreftet', 'Fullført for sent', 'Fjern alle filtre']);
    expect(screen.getByText('Filtre', { selector: 'summary' })).toHaveTextContent('Filtre (2 valgt)');
  });

  it('says which researcher’s filter in a link is not valid, and keeps the others', async () => {
    renderRoute('/tiltak?completedLate=ja&deadlineMoved=false&verified=V&verified=unverified');
    expect(await shownNumbers()).toEqual([22, 23]);
    const notice = screen.getByRole('heading', { name: 'Noe i lenken kunne ikke brukes' }).closest('.notice');
    if (!(notice instanceof HTMLElement)) throw new Error('no notice');
    expect(within(notice).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '«ja» er ikke en gyldig verdi for fullført for sent og er hoppet over.',
      '«V» er ikke en gyldig verdi for verifisering og er hoppet over.',
    ]);
  });

  it('keeps the filters behind a button until it is pressed, so that the measures come first', async () => {
    const { user } = renderRoute('/tiltak');
    await findTable();
    const filters = screen.getByText('Filtre', { selector: 'summary' });
    expect(screen.queryByRole('checkbox', { name: 'Planlagt' })).not.toBeInTheDocument();
    await user.click(filters);
    expect(await screen.findByRole('checkbox', { name: 'Planlagt' })).toBeVisible();
  });

  it('lists the plans one after another, each by number, by default (not 1, 2, 1, 2 …)', async () => {
    db.limitToPlans(null);
    renderRoute('/tiltak');
    const table = await screen.findByRole('table', { name: /^Tiltak i Meld\. St\. 26 \(2014–2015\), Kompetanseløft 2020/ });
    const rows = bodyRows(table);
    const planAndNumber = rows.map((row) => {
      const cells = within(row).getAllByRole('cell');
      return `${cells[1]?.textContent} ${cells[0]?.textContent}`;
    });
    expect(planAndNumber.slice(0, 28)).toEqual(ALL.map((n) => `Meld. St. 26 (2014–2015) ${n}`));
    expect(planAndNumber.slice(28, 30)).toEqual(['Kompetanseløft 2020 1', 'Kompetanseløft 2020 2']);
  });

  it.each<[string, (user: UserEvent) => Promise<void>, string, number[]]>([
    ['status', check('Status', 'Planlagt'), 'status=planned', [22, 23]],
    ['two statuses', async (user) => { await check('Status', 'Planlagt')(user); await user.click(screen.getByRole('checkbox', { name: 'Pågår' })); }, 'status=planned&status=in_progress', [22, 23, 28]],
    ['area', check('Område', 'Ledelse'), 'area=ledelse', [5, 6, 7]],
    ['instrument', check('Virkemiddel', 'Retningslinje'), 'instrument=retningslinje', [13]],
    ['plan', check('Plan', 'Meld. St. 26 (2014–2015)'), 'plan=meld-st-26-2014-2015', ALL],
    ['responsible', check('Ansvarlig', 'Helsedirektoratet'), 'responsible=Helsedirektoratet', [5, 13]],
    ['municipal duty', choose('Plikt for kommunene', 'Legger plikt på kommunene'), 'hasObligation=true', [1, 2, 15, 17, 18, 21, 23, 24]],
    ['no municipal duty', choose('Plikt for kommunene', 'Uten plikt for kommunene'), 'hasObligation=false', [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 16, 19, 20, 22, 25, 26, 27, 28]],
    ['not overdue', choose('Forsinket', 'Ikke forsinkede'), 'overdue=false', ALL],
    ['overdue only (none today)', choose('Forsinket', 'Bare forsinkede'), 'overdue=true', []],
    ['deadline years', async (user) => { await choose('Fra og med', '2016')(user); await user.selectOptions(screen.getByRole('combobox', { name: 'Til og med' }), '2017'); }, 'deadlineFrom=2016&deadlineTo=2017', [11, 17, 18]],
    ['due within (none open today)', choose('Frist innen', '24 måneder'), 'dueWithinMonths=24', []],
    ['completed late', choose('Fullført for sent', 'Bare fullført for sent'), 'completedLate=true', [13, 18]],
    ['not completed late', choose('Fullført for sent', 'Ikke fullført for sent'), 'completedLate=false', ALL.filter((n) => n !== 13 && n !== 18)],
    ['deadline never moved', choose('Fristen flyttet', 'Fristen aldri flyttet'), 'deadlineMoved=false', ALL],
    ['deadline moved (none in the plan’s data)', choose('Fristen flyttet', 'Bare med flyttet frist'), 'deadlineMoved=true', []],
    ['verification', check('Verifisering', 'Ikke verifisert'), 'verified=unverified', [22, 23]],
    ['two verification levels', async (user) => { await check('Verifisering', 'Ikke verifisert')(user); await user.click(screen.getByRole('checkbox', { name: 'Delvis bekreftet' })); }, 'verified=unverified&verified=partial', [9, 12, 18, 22, 23, 26, 28]],
  ])('filters by %s, puts it in the address, and a copied link restores it', async (_name, act, query, numbers) => {
    const { user, unmount } = renderRoute('/tiltak');
    await findTable();
    await act(user);
    expect(await shownNumbers()).toEqual(numbers);
    const link = await copyViewLink(user);
    expect(link).toBe(`/tiltak?${query}`);
    unmount();

    renderRoute(link);
    expect(await shownNumbers()).toEqual(numbers);
    expect(visibleCount()).toBe(`Viser ${String(numbers.length)} av 28 tiltak`);
  });

  it.each<[string, string, number[]]>([
    ['ø and a hyphen', 'ø-hjelp', [17]],
    ['capitals with Ø and Å, in nynorsk', 'PÅRØRANDE', [23]],
    ['æ', 'æ', [2, 9, 23]],
    ['a nynorsk word', 'sjukeheim', [21]],
    ['an English word in titles and descriptions', 'physiotherapist', [24, 26, 27, 28]],
    ['two words, both required', 'døgn omsorg', [21, 22]],
    ['two words typed without ø', 'dogn omsorg', [21, 22]],
    ['a word with å and ø', 'pårørende', [23]],
    ['the same word typed without å and ø', 'parorende', [23]],
  ])('searches titles and descriptions: %s', async (_name, text, numbers) => {
    const { user } = renderRoute('/tiltak');
    await findTable();
    await user.type(screen.getByRole('searchbox', { name: 'Søk i tittel og beskrivelse' }), text);
    await waitFor(async () => expect(await shownNumbers()).toEqual(numbers));
    await waitFor(async () => expect(await copyViewLink(user)).toBe(`/tiltak?${new URLSearchParams({ q: text }).toString()}`));
  });

  it('drops a search still waiting to be written when Back is pressed, and shows the entry Back returned to', async () => {
    const { user, location, back } = renderRoute('/tiltak');
    await findTable();
    await check('Status', 'Fullført')(user);
    await waitFor(() => expect(location()).toBe('/tiltak?status=completed'));
    // Typing, and Back before the search is written to the address (it waits for a pause of 300 ms).
    await user.type(screen.getByRole('searchbox', { name: 'Søk i tittel og beskrivelse' }), 'ledelse');
    act(() => back());
    await waitFor(() => expect(location()).toBe('/tiltak'));
    expect(screen.getByRole('searchbox')).toHaveValue('');
    // Well past the pause: the waiting search never lands on the entry Back returned to.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(location()).toBe('/tiltak');
    expect(screen.getByRole('searchbox')).toHaveValue('');
    expect(await shownNumbers()).toEqual(ALL);
  });

  it('announces the number of results to screen readers once typing stops', async () => {
    const { user } = renderRoute('/tiltak');
    await findTable();
    const status = screen.getByText('Viser 28 av 28 tiltak', { selector: '[role="status"]' });
    // One keystroke is far shorter than the pause the announcement waits for (800 ms), even on a busy machine.
    await user.type(screen.getByRole('searchbox'), 'ø');
    expect(status).toHaveTextContent('Viser 28 av 28 tiltak');
    await user.type(screen.getByRole('searchbox'), '-hjelp');
    await waitFor(() => expect(status).toHaveTextContent('Viser 1 av 28 tiltak'), { timeout: 3000 });
  });

  it.each<[string, string, string, 'ascending' | 'descending', number[]]>([
    ['deadline, earliest first, measures without one last', 'Frist', 'sort=deadline', 'ascending', [13, 19, 11, 17, 18, 15, 16, 1]],
    ['title in Norwegian order', 'Tiltak', 'sort=title', 'ascending', [2, 28, 26, 20, 5, 16, 17, 27]],
  ])('sorts by %s from the column header, and back the other way', async (_name, column, query, sort, firstNumbers) => {
    const { user } = renderRoute('/tiltak');
    const table = await findTable();
    const header = () => within(table).getByRole('columnheader', { name: new RegExp(`^${column}`) });
    expect(within(table).getByRole('columnheader', { name: /^Nr\./ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(header()).getByRole('button'));
    expect(header()).toHaveAttribute('aria-sort', sort);
    expect(within(table).getByRole('columnheader', { name: /^Nr\./ })).not.toHaveAttribute('aria-sort');
    expect(numbersIn(table).slice(0, firstNumbers.length)).toEqual(firstNumbers);
    expect(await copyViewLink(user)).toBe(`/tiltak?${query}`);
    await user.click(within(header()).getByRole('button'));
    expect(header()).toHaveAttribute('aria-sort', 'descending');
    expect(await copyViewLink(user)).toBe(`/tiltak?${query}&order=desc`);
  });

  it('sorts by deadline, latest first, from the sort selects, with measures without one still last', async () => {
    const { user } = renderRoute('/tiltak?sort=deadline&order=desc');
    const table = await findTable();
    expect(numbersIn(table).slice(0, 8)).toEqual([15, 16, 17, 18, 11, 13, 19, 1]);
    expect(screen.getByRole('combobox', { name: 'Sorter etter' })).toHaveValue('deadline');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rekkefølge' }), 'Stigende');
    expect(numbersIn(table).slice(0, 3)).toEqual([13, 19, 11]);
  });

  it('shows the chosen filters as chips that remove one each, and clears them all', async () => {
    const { user } = renderRoute('/tiltak?area=ledelse&area=omsorg&status=completed&q=ledelse');
    expect(await shownNumbers()).toEqual([6, 7]);
    expect(screen.getByRole('searchbox')).toHaveValue('ledelse');
    expect(screen.getByText('Filtre').textContent).toBe('Filtre (3 valgt)');
    const chips = screen.getByRole('group', { name: 'Valgte filtre' });
    expect(within(chips).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual([
      'Fjern filteret Område: Ledelse',
      'Fjern filteret Område: Omsorgstjenestene',
      'Fjern filteret Status: Fullført',
      'Fjern filteret Søk: «ledelse»',
      null,
    ]);
    await user.click(within(chips).getByRole('button', { name: 'Fjern filteret Søk: «ledelse»' }));
    expect(await shownNumbers()).toEqual([5, 6, 7, 20, 21]);
    expect(screen.getByRole('searchbox')).toHaveValue('');
    await user.click(within(chips).getByRole('button', { name: 'Fjern filteret Område: Ledelse' }));
    expect(await shownNumbers()).toEqual([20, 21]);
    expect(within(chips).getByRole('button', { name: 'Fjern filteret Område: Omsorgstjenestene' })).toHaveFocus();
    await user.click(within(chips).getByRole('button', { name: 'Fjern alle filtre' }));
    expect(await shownNumbers()).toEqual(ALL);
    expect(screen.queryByRole('group', { name: 'Valgte filtre' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveFocus();
  });

  it('says when nothing matches, and clearing the filters brings the list back', async () => {
    const { user } = renderRoute('/tiltak?status=cancelled');
    const heading = await screen.findByRole('heading', { name: 'Ingen tiltak passer' });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(visibleCount()).toBe('Viser 0 av 28 tiltak');
    const panel = heading.parentElement;
    if (!panel) throw new Error('no panel');
    expect(panel).toHaveTextContent('Ingen tiltak passer søket og filtrene. Prøv andre ord, eller fjern noen av filtrene.');
    await user.click(within(panel).getByRole('button', { name: 'Fjern alle filtre' }));
    expect(await shownNumbers()).toEqual(ALL);
  });

  it.each([
    ['nb', 'Noe i lenken kunne ikke brukes', ['«done» er ikke en gyldig verdi for status og er hoppet over.', '«colour» er ikke noe filter her og er hoppet over.'], 'Fjern det ugyldige fra lenken'],
    ['nn', 'Noko i lenkja kunne ikkje brukast', ['«done» er ikkje ein gyldig verdi for status og er hoppa over.', '«colour» er ikkje noko filter her og er hoppa over.'], 'Fjern det ugyldige frå lenkja'],
    ['en', 'Part of the link could not be used', ['“done” is not a valid value for status and was skipped.', '“colour” is not a filter here and was skipped.'], 'Remove what is not valid from the link'],
  ] as const)('in %s, says what in a shared link is not valid, and shows the rest of the view', async (language, title, messages, fix) => {
    const { user } = renderRoute('/tiltak?status=done&area=ledelse&colour=red', { language });
    const alert = (await screen.findByRole('heading', { name: title })).closest('.notice');
    if (!(alert instanceof HTMLElement)) throw new Error('no notice');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(messages);
    const table = await screen.findByRole('table');
    expect(numbersIn(table)).toEqual([5, 6, 7]);
    await user.click(within(alert).getByRole('button', { name: fix }));
    expect(screen.queryByRole('heading', { name: title })).not.toBeInTheDocument();
    expect(numbersIn(table)).toEqual([5, 6, 7]);
  });

  it('says a reversed deadline range and a future date are ignored', async () => {
    renderRoute('/tiltak?deadlineFrom=2020&deadlineTo=2016&asOf=2030-01-01');
    expect(await screen.findByText('Fristår fra 2020 er etter fristår til 2016, så fristfilteret er hoppet over.')).toBeInTheDocument();
    expect(screen.getByText('1. januar 2030 er fram i tid, så listen viser dagens status.')).toBeInTheDocument();
    expect(await shownNumbers()).toEqual(ALL);
  });

  it('shows the list as it stood on a past date, says so, and goes back to today', async () => {
    const { user } = renderRoute('/tiltak?asOf=2016-06-30&status=planned&area=barn-og-unge');
    expect(await screen.findByRole('heading', { name: 'Slik det sto 30. juni 2016' })).toBeInTheDocument();
    expect(await shownNumbers()).toEqual([11, 12, 13]);
    expect(visibleCount()).toBe('Viser 3 av 28 tiltak');
    await user.click(screen.getByRole('button', { name: 'Vis dagens status' }));
    expect(screen.queryByRole('heading', { name: /Slik det sto/ })).not.toBeInTheDocument();
    expect(await shownNumbers()).toEqual([]);
    expect(await copyViewLink(user)).toBe('/tiltak?area=barn-og-unge&status=planned');
  });

  it.each<[string, string, number[]]>([
    ['overdue then', 'asOf=2016-06-30&overdue=true', [13]],
    ['due within 24 months of then', 'asOf=2016-06-30&dueWithinMonths=24', [11, 17]],
  ])('filters an as-of view by %s', async (_name, query, numbers) => {
    renderRoute(`/tiltak?${query}`);
    expect(await shownNumbers()).toEqual(numbers);
  });

  it('chooses an as-of date in the filters, and refuses one in the future', async () => {
    const { user } = renderRoute('/tiltak');
    await findTable();
    await openFilters(user);
    const date = screen.getByLabelText('Vis slik det sto');
    fireEvent.change(date, { target: { value: '2030-01-01' } });
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(screen.getByText('Velg dagens dato eller en tidligere dato.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Slik det sto/ })).not.toBeInTheDocument();
    fireEvent.change(date, { target: { value: '2016-06-30' } });
    await user.click(screen.getByRole('button', { name: 'Vis' }));
    expect(await screen.findByRole('heading', { name: 'Slik det sto 30. juni 2016' })).toBeInTheDocument();
    await findTable();
    expect(await copyViewLink(user)).toBe('/tiltak?asOf=2016-06-30');
  });

  it('says that there were no measures yet before the plan', async () => {
    renderRoute('/tiltak?asOf=2015-01-01');
    expect(await screen.findByText('Ingen av tiltakene fantes ennå 1. januar 2015.')).toBeInTheDocument();
  });

  it('shows a loading state, then an error with a retry button when the API answers 500, and recovers on retry', async () => {
    let calls = 0;
    server.use(
      http.get('/api/measures', () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 }) : undefined;
      }),
    );
    const { user } = renderRoute('/tiltak');
    expect(screen.getByText('Laster tiltakene …')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt');
    expect(alert).toHaveTextContent('feilkode 500');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the empty state when there are no measures', async () => {
    server.use(http.get('/api/measures', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 1000, today: '2026-11-23' })));
    renderRoute('/tiltak');
    expect(await screen.findByText('Ingen tiltak å vise.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('fetches every page of a large dataset, marks it synthetic, and renders only the rows in view', async () => {
    db.useDataset({ kind: 'large', size: 2500 });
    // jsdom lays nothing out: give every row a height, so that the list has a window to fill.
    vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(60);
    const requested: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/measures') requested.push(url.searchParams.get('page') ?? '');
    });
    renderRoute('/tiltak');
    const table = await screen.findByRole('table', { name: /Syntetisk plan A \(testdata\)/ });
    expect(requested.sort()).toEqual(['1', '2', '3']);
    expect(table).toHaveAttribute('aria-rowcount', '2501');
    expect(screen.getByRole('heading', { name: 'Syntetiske testdata' })).toBeInTheDocument();
    expect(screen.getByText(/^Alt du ser, er generert for ytelsestesting/)).toBeInTheDocument();
    // A long list's rows come with its virtualizer, which loads when the list is long.
    await waitFor(() => expect(bodyRows(table).length).toBeGreaterThan(5));
    const rows = bodyRows(table);
    expect(rows.length).toBeLessThan(60);
    expect(rows[0]).toHaveAttribute('aria-rowindex', '2');
    server.events.removeAllListeners();
  });
});

describe('/tiltak sorting, in every language', () => {
  it.each([
    ['nb', 'Sorter etter'],
    ['nn', 'Sorter etter'],
    ['en', 'Sort by'],
  ] as const)('names every sort option differently (%s)', async (language, label) => {
    renderRoute('/tiltak', { language });
    const select = await screen.findByRole('combobox', { name: label });
    const names = within(select).getAllByRole('option').map((option) => option.textContent);
    expect(names.length).toBeGreaterThan(10);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('/tiltak export', () => {
  it.each([
    ['CSV', ',', 'tiltak-2026-11-23.csv', ['id', 'number', 'area', 'status_label', 'deadline', 'synthetic', 'completed_on', 'completed_on_precision']],
    // Norwegian Excel gets Norwegian headers (from the export dictionary) and semicolons.
    ['CSV (norsk Excel)', ';', 'tiltak-semikolon-2026-11-23.csv', ['Tiltak-ID', 'Nr.', 'Område', 'Status', 'Gjeldende frist', 'Syntetiske testdata', 'Fullført', 'Presisjon']],
  ])('downloads the filtered view as %s that parses back to the measures shown', async (button, delimiter, fileName, columns) => {
    const files = captureDownloads();
    const { user } = renderRoute('/tiltak?area=ledelse&sort=number&order=desc');
    await findTable();
    await openShare(user);
    await user.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByText(`Lastet ned ${fileName}.`)).toBeInTheDocument();
    const [file] = files;
    if (!file) throw new Error('nothing downloaded');
    expect(file.name).toBe(fileName);
    // A UTF-8 byte order mark first, so that Excel reads æ, ø and å right (Blob.text() drops it when decoding).
    expect([...new Uint8Array(await file.blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(await file.blob.text(), { delimiter, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header = [], ...lines] = parsed.data;
    const at = (name: string) => header.indexOf(name);
    expect(columns.every((name) => at(name) >= 0), `${columns.join()} in ${header.join()}`).toBe(true);
    // The precision stands beside the completion date ("2016": a year; the dictionary says so).
    const [id, number, area, status, deadline, synthetic, completedOn, precision] = columns.map(at);
    expect(lines.map((line) => [id, number, area, status, deadline, synthetic].map((index) => line[index ?? -1]))).toEqual([
      ['ms26-07', '7', 'Ledelse', 'Fullført', '', 'false'],
      ['ms26-06', '6', 'Ledelse', 'Fullført', '', 'false'],
      ['ms26-05', '5', 'Ledelse', 'Fullført', '', 'false'],
    ]);
    const completed = MELD_ST_26.measures[4]?.completedOn;
    expect([lines[2]?.[completedOn ?? -1], lines[2]?.[precision ?? -1]]).toEqual([
      completed?.precision === 'year' ? completed.date.slice(0, 4) : completed?.precision === 'month' ? completed.date.slice(0, 7) : completed?.date,
      completed?.precision,
    ]);
    const five = Object.fromEntries(header.map((name, index) => [name, lines[2]?.[index]]));
    expect(five[header[at(delimiter === ',' ? 'title' : 'Tiltak')] ?? '']).toBe(MELD_ST_26.measures[4]?.title.nb);
    expect(Object.values(five)).toContain('Helsedirektoratet');
  });

  it('is a group named "Last ned utvalget" that says what the files hold, with a dictionary of the columns beside it', async () => {
    const files = captureDownloads();
    const { user } = renderRoute('/tiltak');
    await findTable();
    await openShare(user);
    const toolbar = screen.getByRole('group', { name: 'Last ned utvalget' });
    expect(toolbar).toHaveAccessibleDescription(/^Alle feltene for tiltakene som vises/);
    expect(within(toolbar).getAllByRole('button').map((button) => button.textContent)).toEqual(['CSV', 'CSV (norsk Excel)', 'JSON', 'Kolonnebeskrivelse (CSV)']);

    await user.click(screen.getByText('Om kolonnene', { selector: 'summary' }));
    const precision = await screen.findByText('completed_on_precision');
    expect(precision.closest('div')).toHaveTextContent(/Hvor presist datoen i kolonnen foran er kjent: day \(dag\), month \(måned\) eller year \(år\)/);
    expect(screen.getByText('last_change').closest('div')).toHaveTextContent(/Når den siste endringen i historikken skjedde/);

    await user.click(within(toolbar).getByRole('button', { name: 'Kolonnebeskrivelse (CSV)' }));
    expect(await screen.findByText('Lastet ned tiltak-2026-11-23-kolonner.csv.')).toBeInTheDocument();
    const parsed = Papa.parse<Record<string, string>>((await files[0]?.blob.text()) ?? '', { header: true, skipEmptyLines: true });
    expect(parsed.data.map((row) => row.column)).toContain('completed_on_precision');
    expect(parsed.data.find((row) => row.column === 'planned_year')).toMatchObject({ norwegian_header: 'Planlagt år', meaning: expect.stringMatching(/^Året planen satte/) as unknown });
  });

  it('downloads the view as JSON with every field, the view’s address and the date', async () => {
    const files = captureDownloads();
    const { user } = renderRoute('/tiltak?hasObligation=true&q=kompetanse');
    await findTable();
    await openShare(user);
    await user.click(screen.getByRole('button', { name: 'JSON' }));
    await screen.findByText('Lastet ned tiltak-2026-11-23.json.');
    const document = JSON.parse((await files[0]?.blob.text()) ?? 'null') as { view: string; count: number; synthetic: boolean; items: { id: string; obligations: unknown[]; sources: unknown[]; historyLength: number; overdue: boolean }[] };
    expect(document.view).toBe('http://localhost:3000/tiltak?hasObligation=true&q=kompetanse');
    expect(document.count).toBe(4);
    expect(document.synthetic).toBe(false);
    expect(document.items.map((item) => item.id)).toEqual(['ms26-01', 'ms26-02', 'ms26-15', 'ms26-24']);
    const first = MELD_ST_26.measures[0];
    expect(document.items[0]).toMatchObject({ obligations: first?.obligations, sources: first?.sources, historyLength: first?.history.length, overdue: false });
  });
});

describe('/tiltak/:id', () => {
  it('shows description, deadline, status with date, sources and the history', async () => {
    renderRoute('/tiltak/ms26-13');
    expect(await screen.findByRole('heading', { level: 1, name: /Nasjonal faglig retningslinje for helsestasjon/ })).toBeInTheDocument();
    expect(screen.getByText('Tiltak 13 i Meld. St. 26 (2014–2015)')).toBeInTheDocument();
    expect(screen.getByText('Ny retningslinje som erstatter IS-1154.')).toBeInTheDocument();
    expect(screen.getByText('Fullført, siden 13. september 2017')).toBeInTheDocument();

    const sources = screen.getByRole('region', { name: 'Kilder' });
    const link = within(sources).getByRole('link', { name: /Nasjonal faglig retningslinje for helsestasjons- og skolehelsetjenesten/ });
    expect(link).toHaveAttribute('href', 'https://helsedirektoratet.no/retningslinjer/helsestasjons-og-skolehelsetjenesten/metode-og-prosess');

    const history = screen.getByRole('region', { name: 'Historikk' });
    const entries = within(history).getAllByRole('listitem');
    expect(entries).toHaveLength(4);
    expect(entries[0]).toHaveTextContent('Tiltaket står i planen (status: Planlagt)');
    expect(entries[0]).toHaveTextContent('7. mai 2015');
    expect(entries[1]).toHaveTextContent('Status endret fra Planlagt til Pågår');
    expect(entries[1]).toHaveTextContent('9. februar 2017');
    expect(entries[3]).toHaveTextContent('Status endret fra Pågår til Fullført');
    expect(entries[3]).toHaveTextContent('senere enn planlagt');
  });

  const frameOf = (id: string) => {
    const measure = MELD_ST_26.measures.find((candidate) => candidate.id === id);
    if (!measure) throw new Error(id);
    return { kind: 'measure', measure: { id, number: measure.number, planId: measure.planId, planReference: 'Meld. St. 26 (2014–2015)', title: measure.title } };
  };

  it('shows the number, plan and title its prerendered frame carried while the measure loads, then the measure', async () => {
    const { release } = holdResponses('/api/measures/:id');
    renderRoute('/tiltak/ms26-13', { frameSubject: frameOf('ms26-13') });
    expect(await screen.findByRole('heading', { level: 1, name: 'Nasjonal faglig retningslinje for helsestasjon og skolehelsetjenesten (Hdir) – 2015' })).toBeInTheDocument();
    expect(screen.getByText('Tiltak 13 i Meld. St. 26 (2014–2015)')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Laster …');
    expect(screen.queryByText('Ny retningslinje som erstatter IS-1154.')).not.toBeInTheDocument();
    release();
    expect(await screen.findByText('Ny retningslinje som erstatter IS-1154.')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('does not show what a frame knew about another measure', async () => {
    const { release } = holdResponses('/api/measures/:id');
    renderRoute('/tiltak/ms26-14', { frameSubject: frameOf('ms26-13') });
    expect(await screen.findByRole('status')).toHaveTextContent('Laster …');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    release();
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(/Nasjonal faglig retningslinje/);
  });

  it('shows the municipal duty with its legal basis and in-force date', async () => {
    renderRoute('/tiltak/ms26-17');
    const duties = await screen.findByRole('region', { name: 'Plikter for kommunene' });
    expect(within(duties).getByText(/helse- og omsorgstjenesteloven § 3-5 tredje ledd/)).toBeInTheDocument();
    expect(within(duties).getByText('1. januar 2017')).toBeInTheDocument();
  });

  it('shows a duty with the same facts, under the same labels, as the municipality page', async () => {
    renderRoute('/tiltak/ms26-17');
    const duties = await screen.findByRole('region', { name: 'Plikter for kommunene' });
    const facts = within(duties)
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(facts.map(([label]) => label)).toEqual(['Krav', 'Lovgrunnlag', 'Gjelder fra', 'Verifisering']);
    expect(facts.slice(1)).toEqual([
      ['Lovgrunnlag', expect.stringMatching(/helse- og omsorgstjenesteloven § 3-5 tredje ledd/)],
      ['Gjelder fra', '1. januar 2017'],
      ['Verifisering', 'Verifisert'],
    ]);
  });

  it('says which facts are not verified', async () => {
    renderRoute('/tiltak/ms26-22');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText('Ikke verifisert').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText(/statusen står som planlagt fordi ingen kilde viser/)).toBeInTheDocument();
  });

  it('says that an unknown id does not exist', async () => {
    renderRoute('/tiltak/ms26-99');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke tiltaket' })).toBeInTheDocument();
    expect(screen.getByText(/ms26-99/)).toBeInTheDocument();
  });

  it('shows an error with a retry button when the API answers 500', async () => {
    server.use(http.get('/api/measures/:id', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    renderRoute('/tiltak/ms26-01');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Prøv igjen' })).toBeInTheDocument();
  });

  it('keeps its heading when it fails: the measure’s, when its frame knew it, or that it could not be shown', async () => {
    server.use(http.get('/api/measures/:id', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    const first = renderRoute('/tiltak/ms26-13', { frameSubject: frameOf('ms26-13') });
    expect(await screen.findByRole('alert')).toHaveTextContent('feilkode 500');
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual([
      'Nasjonal faglig retningslinje for helsestasjon og skolehelsetjenesten (Hdir) – 2015',
    ]);
    first.unmount();

    renderRoute('/tiltak/ms26-13');
    expect(await screen.findByRole('alert')).toHaveTextContent('feilkode 500');
    expect(screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)).toEqual(['Tiltaket kunne ikke vises']);
  });

  it('says that the demo API is not running, never that the measure does not exist, when a web page answers instead of the API', async () => {
    // What a static server answers for /api/… when the demo API is not running: its index.html, or (vite preview,
    // asked for JSON) a 404 with nothing in it.
    const page = () => new HttpResponse('<!doctype html><html><body><div id="root"></div></body></html>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
    server.use(http.get('/api/measures/:id', () => new HttpResponse(null, { status: 404 })), http.get('/api/areas', page), http.get('/api/plans', page));
    renderRoute('/tiltak/ms26-13');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Demo-API-et kunne ikke starte i denne nettleseren: forespørslene om data ble besvart av nettstedet i stedet for av demo-API-et, så ingen data kan vises. Last inn siden på nytt.',
    );
    expect(screen.queryByText('Fant ikke tiltaket')).not.toBeInTheDocument();
    expect(screen.queryByText(/HTTP 404/)).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tiltaket kunne ikke vises');
  });

  it('shows English titles and says where a text is only in bokmål', async () => {
    renderRoute('/tiltak/ms26-19', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Present a new escalation plan for the substance use field in 2015' })).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'History' });
    // The audit trail stays in the language it was written in, marked as such.
    expect(within(history).getByText(/^Prop\. 15 S .* lagt fram i november 2015\.$/)).toHaveAttribute('lang', 'nb');
  });
});

describe('/tiltak/:id, deadlines, related measures, sharing and printing', () => {
  /** The value of each fact about the measure, by its label. */
  async function facts() {
    const region = await screen.findByRole('region', { name: 'Fakta om tiltaket' });
    return (label: string) => within(region).getByText(label).nextElementSibling?.textContent;
  }

  it('shows the plan’s deadline next to the current one, how often it moved, and how it went against the plan', async () => {
    renderRoute('/tiltak/ms26-13');
    const fact = await facts();
    expect(fact('Frist i planen')).toBe('2015');
    expect(fact('Gjeldende frist')).toBe('2015');
    expect(fact('Fristen flyttet')).toBe('Nei');
    expect(fact('Planlagt og faktisk')).toBe('Fullført 2017, 2 år etter planen (2015).');
  });

  it('counts the moves of a deadline that was moved twice', async () => {
    const guideline = db.measure('ms26-13');
    if (!guideline?.originalDeadline) throw new Error('fixture #13 missing');
    const by = (year: number) => ({ kind: 'by' as const, point: { date: `${String(year)}-01-01`, precision: 'year' as const }, stated: { nb: `innen ${String(year)}` } });
    const move = (id: string, date: string, from: ReturnType<typeof by> | typeof guideline.originalDeadline, to: ReturnType<typeof by>) => ({
      id, type: 'deadline' as const, effective: { date, precision: 'day' as const }, recordedAt: '2026-11-23T09:00:00+01:00',
      by: { kind: 'user' as const, name: 'Test' }, reason: 'Flyttet i testen.', language: 'nb' as const, from, to,
    });
    db.saveMeasureNow({
      ...guideline,
      status: 'in_progress',
      completedOn: null,
      deadline: by(2027),
      history: [guideline.history[0], move('t1', '2016-01-10', guideline.originalDeadline, by(2017)), move('t2', '2018-03-01', by(2017), by(2027))].filter((entry) => entry !== undefined),
    });
    renderRoute('/tiltak/ms26-13');
    const fact = await facts();
    expect(fact('Frist i planen')).toBe('2015');
    expect(fact('Gjeldende frist')).toBe('innen 2027');
    expect(fact('Fristen flyttet')).toBe('2 ganger');
    expect(fact('Planlagt og faktisk')).toBe('Ikke fullført, minst 11 år etter planen (2015).');
    const history = screen.getByRole('region', { name: 'Historikk' });
    expect(within(history).getAllByText('Frist endret', { exact: false })).toHaveLength(2);
  });

  it('lists other measures in the same area and says there are no follow-ups yet', async () => {
    renderRoute('/tiltak/ms26-17');
    const related = await screen.findByRole('region', { name: 'Relaterte tiltak' });
    expect(within(related).getByRole('heading', { name: 'Andre tiltak i Psykisk helse og rus' })).toBeInTheDocument();
    await waitFor(() => expect(within(related).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/tiltak/ms26-15', '/tiltak/ms26-16', '/tiltak/ms26-18', '/tiltak/ms26-19']));
    expect(within(related).getByText('Ingen oppfølging i senere planer er registrert ennå.')).toBeInTheDocument();
  });

  it('lists the measures that follow one up in later plans', async () => {
    const measure = db.measure('ms26-17');
    if (!measure) throw new Error('fixture #17 missing');
    db.saveMeasureNow({ ...measure, followedUpBy: ['ms26-21'] });
    renderRoute('/tiltak/ms26-17');
    const related = await screen.findByRole('region', { name: 'Relaterte tiltak' });
    expect(await within(related).findByRole('link', { name: /Lovfeste rett til heldøgns pleie/ })).toHaveAttribute('href', '/tiltak/ms26-21');
  });

  it('copies a permalink and says so, and prints', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const { user } = renderRoute('/tiltak/ms26-17');
    await screen.findByRole('heading', { level: 1 });
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    expect(await screen.findByText('Lenken er kopiert.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/tiltak/ms26-17');
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('shows the link in a field to copy by hand when the clipboard fails', async () => {
    const { user } = renderRoute('/tiltak/ms26-17');
    await screen.findByRole('heading', { level: 1 });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Kopier lenke' }));
    expect(await screen.findByRole('textbox', { name: 'Lenke til tiltaket' })).toHaveValue('http://localhost:3000/tiltak/ms26-17');
  });

  it('leads back to the list view it was opened from', async () => {
    const { user } = renderRoute('/tiltak?area=ledelse&area=omsorg&status=completed&sort=title');
    const table = await screen.findByRole('table');
    expect(numbersIn(table)).toEqual([20, 5, 6, 21, 7]);
    await user.click(within(table).getByRole('link', { name: /topplederprogram/ }));
    const back = await screen.findByRole('link', { name: '← Alle tiltak' });
    expect(back).toHaveAttribute('href', '/tiltak?area=ledelse&area=omsorg&status=completed&sort=title');
    await user.click(back);
    expect(numbersIn(await screen.findByRole('table'))).toEqual([20, 5, 6, 21, 7]);
  });

  it('marks a synthetic measure as test data', async () => {
    db.useDataset({ kind: 'large', size: 3 });
    renderRoute('/tiltak/syn-00002');
    expect(await screen.findByRole('heading', { name: 'Syntetiske testdata' })).toBeInTheDocument();
    expect(await screen.findByText(/^Tiltak 2 i Syntetisk plan [ABC] \(testdata\)$/)).toBeInTheDocument();
    // The way back to the real data leads to the list: this measure has no real counterpart.
    expect(screen.getByRole('link', { name: 'Tilbake til ekte data' })).toHaveAttribute('href', '/tiltak?dataset=real');
  });
});
