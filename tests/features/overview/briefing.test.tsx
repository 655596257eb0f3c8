import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MELD_ST_26_ID } from '@mocks/fixtures';
import { db } from '@mocks/db';
import { renderRoute } from '../../render';
import { tableRows } from '../../support/table-rows';

// Meld. St. 26 alone, on 23 November 2026: nothing late or at risk, but #22 and #23 have been «Planlagt» since
// the plan was presented (7 May 2015) and #28 «Pågår» since 2017, without a recorded change; all three are open
// without a deadline, and #22 and #23 rest on facts not verified.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function briefing() {
  return screen.findByRole('region', { name: 'Risiko og usikkerhet' });
}

describe('the overview: what a briefing must mention', () => {
  it('says what the key figures cannot: stalled measures, open ones without a deadline, facts not verified', async () => {
    renderRoute('/');
    const region = await briefing();
    const facts = within(region).getAllByRole('listitem').map((item) => item.textContent);
    expect(facts.slice(0, 4)).toEqual([
      'Ingen tiltak er forsinket.',
      'Ingen tiltak er i fare.',
      '3 åpne tiltak har ingen endring på over 5 år.',
      '3 åpne tiltak har ingen frist.',
    ]);
    expect(facts[4]).toMatch(/^2 tiltak bygger på opplysninger som ikke er verifisert, og \d+ på opplysninger som bare er delvis bekreftet\.$/);
    expect(within(region).getByRole('link', { name: 'Ingen tiltak er forsinket.' })).toHaveAttribute('href', '/tiltak?overdue=true');
  });

  it('lists the stalled measures with their status, why they are listed and their last reason from the history', async () => {
    renderRoute('/');
    const region = await briefing();
    const table = within(region).getByRole('table', { name: /^Tiltak som er forsinket, i fare eller uten endring på lenge, per 23\. november 2026/ });
    await waitFor(() => expect(within(table).queryByText('Henter …')).toBeNull());
    const rows = tableRows(table);
    expect(rows.map((row) => row[0]?.slice(0, 30))).toEqual(['Meld. St. 26 (2014–2015) nr. 2', 'Meld. St. 26 (2014–2015) nr. 2', 'Meld. St. 26 (2014–2015) nr. 2']);
    expect(rows.map((row) => row[0]?.match(/nr\. (\d+)/)?.[1])).toEqual(['22', '23', '28']);
    expect(rows[0]?.[1]).toBe('Planlagt siden 7. mai 2015');
    expect(rows[0]?.[2]).toBe('ingen endring på over 5 år ikke verifisert');
    expect(rows[0]?.[3]).toMatch(/: Ingen plan med KS er funnet/);
    // The history's words are bokmål: marked so in another language (see the English test below).
    expect(within(table).getAllByRole('link')[0]).toHaveAttribute('href', '/tiltak/ms26-22');
  });

  it('is computed from the history as of the chosen date: on 1 January 2019 nothing had stood still for 5 years', async () => {
    renderRoute('/?asOf=2019-01-01');
    const region = await briefing();
    expect(within(region).getByText('Ingen åpne tiltak har stått uten endring i over 5 år.')).toBeInTheDocument();
  });

  it('copies a plain-text version ready to paste into a briefing', async () => {
    const { user } = renderRoute('/');
    const region = await briefing();
    await waitFor(() => expect(within(region).getByRole('button', { name: 'Kopier som tekst' })).toBeEnabled());
    await user.click(within(region).getByRole('button', { name: 'Kopier som tekst' }));
    expect(await within(region).findByText('Kopiert. Lim inn teksten der du skriver.')).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    const lines = text.split('\n');
    expect(lines[0]).toBe('Risiko og usikkerhet per 23. november 2026 (Alle planer)');
    expect(lines).toContain('- 3 åpne tiltak har ingen endring på over 5 år.');
    expect(lines).toContain('Forsinket, i fare eller uten endring:');
    const at = lines.findIndex((line) => line.startsWith('- Meld. St. 26 (2014–2015) nr. 22: Utarbeide en plan i samarbeid med KS'));
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('  Planlagt siden 7. mai 2015; ingen endring på over 5 år; ikke verifisert');
    // The last note of the history: the survey made by KS, whose own date is unknown (found in 2026).
    expect(lines[at + 2]).toMatch(/^ {2}Siste begrunnelse \(2026\): Ingen plan med KS er funnet/);
    expect(lines.at(-1)).toMatch(/^Kilde: Tiltaksmonitor, /);
    expect(text).not.toMatch(/<[a-z]/);
  });

  it('in English, marks the history’s bokmål words as such', async () => {
    renderRoute('/', { language: 'en' });
    const region = await screen.findByRole('region', { name: 'Risks and uncertainties' });
    const table = within(region).getByRole('table');
    const reason = await within(table).findByText(/^Ingen plan med KS er funnet/);
    expect(reason).toHaveAttribute('lang', 'nb');
    expect(within(region).getByText('3 open measures have had no change for over 5 years.')).toBeInTheDocument();
  });
});

describe('the overview: print', () => {
  it('has a print button that prints, and a print header with the plan, the dates and the selection', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderRoute('/?asOf=2017-12-31&compareTo=2016-06-30');
    await user.click(await screen.findByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
    const header = document.querySelector<HTMLElement>('[data-print-header]');
    if (!header) throw new Error('no print header');
    const entries = [...header.querySelectorAll('dl > div')].map((entry) => [entry.querySelector('dt')?.textContent, entry.querySelector('dd')?.textContent]);
    expect(header.querySelector('p')?.textContent).toBe('Tiltaksmonitor – oversikt');
    expect(entries).toEqual([
      ['Plan', 'Alle planer'],
      ['Status per', '31. desember 2017'],
      ['Sammenlign med', '30. juni 2016'],
      ['Utvalg', 'Alle tiltak i alle planer'],
    ]);
    // The lists print with the page: the late, at-risk and stalled measures, and the moves between the dates.
    expect(await briefing()).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Tiltak som endret status mellom 30. juni 2016 og 31. desember 2017' })).toBeInTheDocument();
  });
});
