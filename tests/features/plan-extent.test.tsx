import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../render';
import { tableRows } from '../support/table-rows';

/*
 * How a reader meets a plan whose list of measures is known only in part (the action plan for general practice:
 * 5 of its 17 tiltak registered), a plan that states goals (the escalation plan for mental health, Meld. St. 23
 * (2022–2023)), and the plans with no measures registered at all, on /analyse and on the overview.
 */
const ACTION_PLAN = 'Handlingsplan for allmennlegetjenesten';
const ACTION_PLAN_SOURCE = 'DFØ Kudos: Handlingsplan for allmennlegetjenesten – årsrapport 2021';
const GOAL = 'Barn og unges sjølvrapporterte helseplager er redusert med 25 prosent';

function plansPanel(name: string) {
  return screen.getByRole('region', { name });
}

async function analysisReady() {
  await screen.findByRole('region', { name: 'Planlagt år mot faktisk år' });
}

/** The table row whose row header starts with the plan's reference. */
function rowOf(table: HTMLElement, reference: string): HTMLElement {
  const header = within(table)
    .getAllByRole('rowheader')
    .find((cell) => cell.textContent.startsWith(reference));
  const row = header?.closest('tr');
  if (!row) throw new Error(`No row for ${reference}`);
  return row;
}

describe('/analyse: the plans side by side, as a reader reads them', () => {
  it('says of a plan known only in part how many of its measures are registered, with the source of the count', async () => {
    renderRoute('/analyse');
    await analysisReady();
    const table = within(plansPanel('Planene side om side')).getByRole('table');
    const row = rowOf(table, ACTION_PLAN);
    expect(within(row).getByText(/^5 av 17 tiltak er registrert/)).toBeInTheDocument();
    expect(within(row).getByRole('link', { name: ACTION_PLAN_SOURCE })).toHaveAttribute(
      'href',
      'https://kudos.dfo.no/dokument/46813/handlingsplan-for-allmennlegetjenesten-arsrapport-2021',
    );
    // Its figures count the five registered, not the seventeen.
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)[0]).toBe('5');
    // A plan whose every measure is registered says nothing of the kind.
    expect(within(rowOf(table, 'Meld. St. 26 (2014–2015)')).queryByText(/tiltak er registrert/)).toBeNull();
  });

  it('gives a plan with no measures a row that says so, with no zeros or dashes, and a link to /om', async () => {
    const { user, location } = renderRoute('/analyse');
    await analysisReady();
    const panel = plansPanel('Planene side om side');
    expect(within(panel).getByText(/^15 planer i utvalget; 6 har registrerte tiltak, og 3 har tiltak med målår som kan vurderes\./)).toBeInTheDocument();
    const table = within(panel).getByRole('table');
    const rows = tableRows(table);
    expect(rows).toHaveLength(15);
    const empty = rows.filter((cells) => cells[1]?.startsWith('Ingen tiltak er registrert'));
    expect(empty.map((cells) => cells[0]?.replace(/\d+ av \d+ tiltak er registrert.*$/, ''))).toEqual([
      'Meld. St. 15 (2017–2018)',
      'Meld. St. 11 (2015–2016)',
      'Meld. St. 7 (2019–2020)',
      'Meld. St. 9 (2023–2024)',
      'Prop. 121 S (2018–2019)',
      'Meld. St. 23 (2022–2023)',
      'Demensplan 2025',
      'Meld. St. 24 (2022–2023)',
      'Mestre hele livet',
    ]);
    for (const cells of empty) {
      // One cell across the figures: the words and the link, never a 0 or a dash.
      expect(cells).toHaveLength(2);
      expect(cells[1]).toBe('Ingen tiltak er registrert. Om opplysningene og hvor de kommer fra');
    }
    // Bo trygt hjemme has 93 measures, none registered: its row says both.
    expect(within(rowOf(table, 'Meld. St. 24 (2022–2023)')).getByText(/^0 av 93 tiltak er registrert/)).toBeInTheDocument();
    const leve = rowOf(table, 'Meld. St. 15 (2017–2018)');
    await user.click(within(leve).getByRole('link', { name: 'Om opplysningene og hvor de kommer fra' }));
    expect(location()).toBe('/om');
  });

  it('shows a plan’s goals under «Mål», with their source, and never as measures', async () => {
    renderRoute('/analyse');
    await analysisReady();
    const panel = plansPanel('Planene side om side');
    const goals = within(panel).getByRole('region', { name: 'Meld. St. 23 (2022–2023)' });
    expect(within(goals).getByRole('heading', { name: 'Mål' })).toBeInTheDocument();
    const items = within(within(goals).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(GOAL);
    expect(within(items[0] as HTMLElement).getByRole('link', { name: 'Statsforvalteren i Vestland: Opptrappingsplan for psykisk helse 2023–2033' })).toHaveAttribute(
      'href',
      'https://www.statsforvalteren.no/nb/vestland/helse-omsorg-og-sosialtjenester/psykisk-helse-og-rus/opptrappingsplan-for-psykisk-helse-2023--2033/',
    );
    // The plan's row still says that no measures are registered: the goal is not counted as one.
    const table = within(panel).getByRole('table');
    expect(tableRows(table).find((cells) => cells[0] === 'Meld. St. 23 (2022–2023)')?.[1]).toMatch(/^Ingen tiltak er registrert/);
  });

  it.each([
    ['nn', 'Planane side om side', '5 av 17 tiltak er registrerte', 'Ingen tiltak er registrerte', 'Mål'],
    ['en', 'The plans side by side', '5 of 17 measures are registered', 'No measures registered', 'Goals'],
  ] as const)('%s: the same, in the reader’s language', async (language, title, extent, none, goalsHeading) => {
    renderRoute('/analyse', { language });
    await screen.findByRole('region', { name: title });
    const panel = await screen.findByRole('region', { name: title });
    const table = within(panel).getByRole('table');
    expect(within(rowOf(table, ACTION_PLAN)).getByText(new RegExp(`^${extent}`))).toBeInTheDocument();
    expect(tableRows(table).filter((cells) => cells[1]?.startsWith(none))).toHaveLength(9);
    expect(within(within(panel).getByRole('region', { name: 'Meld. St. 23 (2022–2023)' })).getByRole('heading', { name: goalsHeading })).toBeInTheDocument();
  });

  it('for one plan with no measures, says so, and shows its goals and its count all the same', async () => {
    renderRoute('/analyse?plan=opptrappingsplan-psykisk-helse-2023-2033');
    expect(await screen.findByText('Vi har ikke registrert tiltak for denne planen ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    const goals = screen.getByRole('region', { name: 'Meld. St. 23 (2022–2023)' });
    expect(within(goals).getByRole('heading', { level: 2, name: 'Mål' })).toBeInTheDocument();
    expect(within(goals).getByRole('listitem')).toHaveTextContent(GOAL);
  });

  it('for Bo trygt hjemme alone, says how many measures the reform has and that none is registered', async () => {
    renderRoute('/analyse?plan=bo-trygt-hjemme');
    expect(await screen.findByText(/^0 av 93 tiltak er registrert/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Helsedirektoratet: Om Bu trygt heime-reforma' })).toHaveAttribute('href', 'https://www.helsedirektoratet.no/tema/bu-trygt-heime/om-bu-trygt-heime-reforma');
  });
});

describe('the overview of one plan', () => {
  it('says how many of the plan’s measures are registered, with the source', async () => {
    renderRoute('/?plan=handlingsplan-allmennlegetjenesten-2020-2024');
    expect(await screen.findByText(/^5 av 17 tiltak er registrert/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ACTION_PLAN_SOURCE })).toBeInTheDocument();
  });

  it('shows the plan’s goals under «Mål»', async () => {
    renderRoute('/?plan=opptrappingsplan-psykisk-helse-2023-2033');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Mål' });
    const list = heading.parentElement?.querySelector('ul');
    if (!list) throw new Error('no list of goals');
    expect(within(list).getByRole('listitem')).toHaveTextContent(GOAL);
  });

  it('shows no goals or count for a plan that has neither', async () => {
    renderRoute('/?plan=meld-st-26-2014-2015');
    expect(await screen.findByText(/^Plan: Meld\. St\. 26/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Mål' })).toBeNull();
    expect(screen.queryByText(/tiltak er registrert/)).toBeNull();
  });
});

describe('the list of measures, filtered to one plan', () => {
  it('says how many of the plan’s measures are registered, and lists the five', async () => {
    renderRoute('/tiltak?plan=handlingsplan-allmennlegetjenesten-2020-2024');
    expect(await screen.findByText(/^5 av 17 tiltak er registrert/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: ACTION_PLAN_SOURCE })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /Gjennomgå takstsystemet/ })).toBeInTheDocument();
  });

  it('shows the goals of a plan with no measures under «Mål», outside the list', async () => {
    renderRoute('/tiltak?plan=opptrappingsplan-psykisk-helse-2023-2033');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Mål' });
    expect(heading.parentElement).toHaveTextContent(GOAL);
    expect(screen.queryByRole('link', { name: new RegExp(GOAL) })).toBeNull();
  });
});
