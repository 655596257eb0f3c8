import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/db';
import { MELD_ST_26_ID } from '@mocks/fixtures';
import { measurePageSchema } from '@/domain/api-contract';
import { call, TOKENS } from '../mocks/api-helpers';
import { renderRoute } from '../render';
import { tableRows } from '../support/table-rows';
import { TEST_TODAY } from '../test-date';

/*
 * One data path for measures (src/lib/measures/): every page that shows measures reads them from the same
 * cache, an edit makes all of it stale, nothing is cut at one page of the API, and every endpoint derives a
 * measure's status by the same replay of its history.
 */

type User = ReturnType<typeof renderRoute>['user'];

async function navigateTo(user: User, page: 'Oversikt' | 'Analyse' | 'Tiltak') {
  const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
  await user.click(within(nav).getByRole('link', { name: page }));
}

async function panelTable(user: User, panelName: string, tableName?: RegExp) {
  const panel = await screen.findByRole('region', { name: panelName });
  await user.click(within(panel).getByRole('button', { name: 'Vis som tabell' }));
  return tableRows(within(panel).getByRole('table', tableName ? { name: tableName } : {}));
}

async function saveStatus(user: User, to: string, reason: string, completion?: { on: string; source: string; url: string }) {
  await user.click(await screen.findByRole('button', { name: 'Endre status' }));
  const form = screen.getByRole('form', { name: 'Endre status' });
  await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), to);
  if (completion) {
    await user.clear(within(form).getByLabelText('Fullført dato'));
    await user.type(within(form).getByLabelText('Fullført dato'), completion.on);
    await user.type(within(form).getByRole('textbox', { name: 'Kildens tittel' }), completion.source);
    await user.type(within(form).getByRole('textbox', { name: /Kildens nettadresse/ }), completion.url);
  }
  await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), reason);
  await user.click(within(form).getByRole('button', { name: 'Lagre' }));
  await screen.findByText('Endringen er lagret.');
  await waitFor(() => expect(screen.queryByRole('form', { name: 'Endre status' })).not.toBeInTheDocument());
}

async function moveDeadline(user: User, stated: string, year: string, reason: string) {
  await user.click(await screen.findByRole('button', { name: 'Endre frist' }));
  const form = screen.getByRole('form', { name: 'Endre frist' });
  const statedField = within(form).getByRole('textbox', { name: /Fristen med planens ord/ });
  await user.clear(statedField);
  await user.type(statedField, stated);
  const yearField = within(form).getByRole('spinbutton', { name: 'År for fristen' });
  await user.clear(yearField);
  await user.type(yearField, year);
  await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), reason);
  await user.click(within(form).getByRole('button', { name: 'Lagre' }));
  await screen.findByText('Endringen er lagret.');
  await waitFor(() => expect(screen.queryByRole('form', { name: 'Endre frist' })).not.toBeInTheDocument());
}

describe('after an edit, every page shows the new state (no stale charts)', () => {
  it('the overview’s deadline and burn-up tables, after in-app navigation from the edited measure', async () => {
    db.limitToPlans([MELD_ST_26_ID]);
    const { user } = renderRoute('/', { signedInAs: 'kari' });
    // The overview is read (and cached) first, as a user would have seen it before editing.
    const deadlinesBefore = await panelTable(user, 'Frister per målår');
    expect(deadlinesBefore.map((row) => row[0])).toEqual(['2015', '2016', '2017', '2018', '2019', '2020']);
    const burnUpBefore = await panelTable(user, 'Fullført over tid, mot målene', /fullført ved utgangen av hvert år/);
    // Year, completed with a target year, the target line, completed without a target year (like with like).
    expect(burnUpBefore.at(-1)?.join(' ')).toBe('2026 6 6 19');

    // To the one measure under way (#28, no deadline), through the key figure and the list.
    await user.click(await screen.findByRole('link', { name: /^Pågår 1/ }));
    await user.click(await screen.findByRole('link', { name: /Endre vilkår for fastlønnstilskudd/ }));
    await moveDeadline(user, 'i 2025', '2025', 'Fristen ble satt i tildelingsbrevet');
    await saveStatus(user, 'completed', 'Vilkårene er endret', { on: '2026-11-20', source: 'Helfo: regelverk', url: 'https://www.helfo.no/regelverk' });

    await navigateTo(user, 'Oversikt');
    await waitFor(async () => {
      const deadlines = await panelTable(user, 'Frister per målår');
      expect(deadlines.at(-1)).toEqual(['2025', '1', '0', '0', '0', '0', '0', '1', '0']);
    });
    const burnUp = await panelTable(user, 'Fullført over tid, mot målene', /fullført ved utgangen av hvert år/);
    // #28 had no deadline in the plan: its completion counts among those without a target year.
    expect(burnUp.at(-1)?.join(' ')).toBe('2026 6 6 20');
  });

  it('the analysis, after in-app navigation from the edited measure', async () => {
    const { user } = renderRoute('/analyse', { signedInAs: 'kari' });
    const section = () => screen.findByRole('region', { name: 'Planlagt år mot faktisk år' });
    const linkTo15 = (within: HTMLElement) => within.querySelector<HTMLAnchorElement>('a[href="/tiltak/ms26-15"]');
    /** The row of #15 in the table: [target year, actual year, slippage]. */
    const yearsOf15 = async () => {
      const panel = await section();
      await user.click(within(panel).getByRole('button', { name: 'Vis som tabell' }));
      const table = within(panel).getByRole('table', { name: 'Planlagt og faktisk år per tiltak med målår' });
      const row = linkTo15(table)?.closest('tr');
      if (!row) throw new Error('no row for #15');
      return [...row.querySelectorAll('th, td')].slice(4, 7).map((cell) => cell.textContent.trim());
    };
    expect(await yearsOf15()).toEqual(['2020', '2020', '0 år']);

    // #15 ("i kraft i 2020", done 2020) is reopened and completed again in 2026.
    const link = linkTo15(await section());
    if (!link) throw new Error('no link to #15');
    await user.click(link);
    await saveStatus(user, 'in_progress', 'Ordningen ble gjenåpnet');
    await saveStatus(user, 'completed', 'Ny ordning på plass', { on: '2026-11-20', source: 'Forskrift', url: 'https://lovdata.no/forskrift' });

    await navigateTo(user, 'Analyse');
    await waitFor(async () => expect(await yearsOf15()).toEqual(['2020', '2026', '6 år']));
  });
});

describe('nothing is cut at one page of the API', () => {
  it('with 10,000 measures, the overview’s deadline table and the analysis count every one', async () => {
    db.useDataset({ kind: 'large', size: 10_000 });
    const api = measurePageSchema.parse((await call('GET', '/api/measures?pageSize=1')).body);
    expect(api.total).toBe(10_000);

    const { user } = renderRoute('/');
    const panel = await screen.findByRole('region', { name: 'Frister per målår' }, { timeout: 10_000 });
    const rows = await panelTable(user, 'Frister per målår');
    const withDeadline = rows.reduce((sum, row) => sum + Number(row.at(-2)?.replace(/\D/g, '')), 0);
    const without = /De ([\d\s]+) tiltakene uten oppgitt frist/.exec(panel.textContent)?.[1] ?? '0';
    expect(withDeadline + Number(without.replace(/\D/g, ''))).toBe(api.total);

    await navigateTo(user, 'Analyse');
    expect(await screen.findByText(/^10\s000 tiltak i \d+ planer, vurdert per/, {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 60_000);
});

describe('one status rule on every endpoint', () => {
  it('a completion recorded with year precision in the current year: the key figure and the filtered list agree', async () => {
    db.limitToPlans([MELD_ST_26_ID]);
    const year = TEST_TODAY.slice(0, 4);
    const saved = await call('PATCH', '/api/measures/ms26-28', {
      token: TOKENS.editor,
      ifMatch: '"1"',
      body: {
        type: 'status',
        to: 'completed',
        effective: { date: `${year}-01-01`, precision: 'year' },
        completedOn: { date: `${year}-01-01`, precision: 'year' },
        reason: 'Fullført i år; datoen er ikke kjent',
        language: 'nb',
        source: { title: 'Helfo', url: 'https://www.helfo.no/' },
      },
    });
    expect(saved.status).toBe(200);

    const { user } = renderRoute('/');
    const figure = await screen.findByRole('link', { name: /^Fullført 26/ });
    await user.click(figure);
    expect(await screen.findByText(/^Viser \d+ av \d+ tiltak$/, { selector: '.explorer__count' })).toHaveTextContent('Viser 26 av 28 tiltak');
    // The measure page says the same.
    const detail = await call('GET', '/api/measures/ms26-28');
    expect(detail.body).toMatchObject({ status: 'completed' });
  });
});

describe('the history is shown in the order it is counted', () => {
  it('a note dated earlier but recorded later comes before the one it precedes, and the page says how it is ordered', async () => {
    db.limitToPlans([MELD_ST_26_ID]);
    const note = (date: string, text: string, version: number) =>
      call('PATCH', '/api/measures/ms26-28', {
        token: TOKENS.editor,
        ifMatch: `"${String(version)}"`,
        body: { type: 'note', text, effective: { date, precision: 'day' }, language: 'nb' },
      });
    expect((await note('2026-11-20', 'Møte med Helfo', 1)).status).toBe(200);
    expect((await note('2026-10-07', 'Brev fra kommunene', 2)).status).toBe(200);

    renderRoute('/tiltak/ms26-28');
    const history = await screen.findByRole('region', { name: 'Historikk' });
    const texts = within(history).getAllByRole('listitem').map((item) => item.textContent);
    const october = texts.findIndex((text) => text.includes('Brev fra kommunene'));
    const november = texts.findIndex((text) => text.includes('Møte med Helfo'));
    expect(october).toBeGreaterThan(-1);
    expect(october).toBeLessThan(november);
    expect(within(history).getByText(/Ordnet etter når endringen skjedde/)).toBeInTheDocument();
  });
});
