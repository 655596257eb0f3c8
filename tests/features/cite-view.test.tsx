import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@mocks/db';
import { MELD_ST_26_ID } from '@mocks/fixtures';
import { DATASET_VERSION } from '@mocks/fixtures/version';
import { renderRoute } from '../render';

// «Siter denne visningen» on the list, the analysis and a measure: the line says what, when and where, and the
// address opens the same view later (its date fixed), in the reader's language.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

async function citation(user: UserEvent): Promise<{ line: string; copied: string }> {
  const group = await screen.findByRole('group', { name: 'Siter denne visningen' });
  const line = within(group).getByText(/^Tiltaksmonitor: /).textContent;
  await user.click(within(group).getByRole('button', { name: 'Kopier sitering' }));
  expect(await within(group).findByText('Siteringen er kopiert.')).toBeInTheDocument();
  return { line, copied: await navigator.clipboard.readText() };
}

async function openShare(user: UserEvent) {
  await user.click(await screen.findByText('Last ned eller del utvalget', { selector: 'summary' }));
}

describe('Cite this view', () => {
  it('on the list: the selection on the date it shows, with that date fixed in its address', async () => {
    const { user } = renderRoute('/tiltak?area=ledelse&status=completed');
    await screen.findByRole('table');
    await openShare(user);
    const { line, copied } = await citation(user);
    expect(copied).toBe(line);
    expect(line).toBe(
      `Tiltaksmonitor: Utvalg av tiltak (3 tiltak), per 23. november 2026. Datasett ${DATASET_VERSION}. ` +
        'http://localhost:3000/tiltak?area=ledelse&status=completed&asOf=2026-11-23 (hentet 23. november 2026).',
    );
  });

  it('on the list on an earlier date: that date, and the address keeps it', async () => {
    const { user } = renderRoute('/tiltak?asOf=2017-01-01');
    await screen.findByRole('table');
    await openShare(user);
    const { line } = await citation(user);
    expect(line).toContain(', per 1. januar 2017.');
    expect(line).toContain('http://localhost:3000/tiltak?asOf=2017-01-01 ');
  });

  it('on the analysis of one plan on an earlier date, and the address opens that analysis again', async () => {
    const { user } = renderRoute(`/analyse?plan=${MELD_ST_26_ID}&asOf=2020-12-31`);
    expect(await screen.findByText('Analysen viser stillingen per 31. desember 2020.', { exact: false })).toBeInTheDocument();
    const { line } = await citation(user);
    expect(line).toBe(
      `Tiltaksmonitor: Analyse av Meld. St. 26 (2014–2015), per 31. desember 2020. Datasett ${DATASET_VERSION}. ` +
        `http://localhost:3000/analyse?plan=${MELD_ST_26_ID}&asOf=2020-12-31 (hentet 23. november 2026).`,
    );
    // The analysis on that date counts the measures as they stood then: the scope line says so.
    expect(screen.getByText(/per 31\. desember 2020/, { selector: '.analysis-scope' })).toBeInTheDocument();
  });

  it('says so when the analysis is asked for a date that is not one, and shows today', async () => {
    renderRoute('/analyse?asOf=2030-01-01');
    expect(await screen.findByText('«2030-01-01» er ikke en dato i dag eller tidligere (ÅÅÅÅ-MM-DD). Analysen viser stillingen i dag.')).toBeInTheDocument();
    expect(await screen.findByText(/per 23\. november 2026/, { selector: '.analysis-scope' })).toBeInTheDocument();
  });

  it('on a measure: its number, plan, title and version, in nynorsk too', async () => {
    const measure = db.measure('ms26-17');
    if (!measure) throw new Error('fixture #17 missing');
    const { user } = renderRoute('/tiltak/ms26-17', { language: 'nn' });
    const group = await screen.findByRole('group', { name: 'Siter denne visinga' });
    const line = within(group).getByText(/^Tiltaksmonitor: /).textContent;
    expect(line).toMatch(new RegExp(`^Tiltaksmonitor: Tiltak 17 i Meld\\. St\\. 26 \\(2014–2015\\): .+ \\(versjon ${measure.version}\\), per 23\\. november 2026\\.`));
    expect(line).toContain('http://localhost:3000/tiltak/ms26-17 (henta 23. november 2026).');
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(group).getByRole('button', { name: 'Kopier sitering' }));
    expect(await within(group).findByText('Kunne ikkje kopiere. Merk teksten over og kopier han sjølv.')).toBeInTheDocument();
  });
});
