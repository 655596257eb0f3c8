import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useUiStore } from '@/stores/ui-store';
import { renderRoute } from '../render';
import { db } from '@mocks/db';
import { MELD_ST_26_ID } from '@mocks/fixtures';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

describe('the app shell', () => {
  it('has a skip link, a main landmark and the main navigation', async () => {
    renderRoute('/');
    expect(await screen.findByRole('link', { name: 'Hopp til hovedinnhold' })).toHaveAttribute('href', '#main-content');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main-content');
    const nav = screen.getByRole('navigation', { name: 'Hovedmeny' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(['Oversikt', 'Tiltak', 'Kommune', 'Analyse', 'Endringer', 'Rapport']);
    expect(within(nav).getByRole('link', { name: 'Oversikt' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Oversikt' })).toBeInTheDocument();
  });

  it('navigates with the menu and marks the current page', async () => {
    const { user } = renderRoute('/');
    const nav = await screen.findByRole('navigation', { name: 'Hovedmeny' });
    await user.click(within(nav).getByRole('link', { name: 'Tiltak' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiltak' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Tiltak' })).toHaveAttribute('aria-current', 'page');
    // The title is set in an effect, which may run just after the heading appears on a busy machine.
    await waitFor(() => expect(document.title).toBe('Tiltak – Tiltaksmonitor'));
  });

  it('the menu button (on a phone) is a disclosure of the menu and the settings: it opens them, Escape closes them and focus goes back to it', async () => {
    const { user } = renderRoute('/');
    const button = await screen.findByRole('button', { name: 'Meny' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    const menu = document.getElementById(button.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(within(menu).getByRole('navigation', { name: 'Hovedmeny' })).toBeInTheDocument();
    expect(within(menu).getByRole('combobox', { name: 'Språk' })).toBeInTheDocument();
    expect(within(menu).getByRole('combobox', { name: 'Innlogget som (demo)' })).toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    within(menu).getByRole('link', { name: 'Tiltak' }).focus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
    // Following a link of the open menu closes it.
    await user.click(button);
    await user.click(within(menu).getByRole('link', { name: 'Tiltak' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tiltak' })).toBeInTheDocument();
    expect(button).toHaveAttribute('aria-expanded', 'false');
  });

  it('shows a 404 page for an unknown address', async () => {
    renderRoute('/finnes-ikke');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument();
    expect(screen.getByText(/\/finnes-ikke/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gå til oversikten' })).toHaveAttribute('href', '/');
  });

  it('switches language: nb → nn → en, with the lang attribute and remembered in storage', async () => {
    const { user } = renderRoute('/tiltak');
    await screen.findByRole('table');
    const select = screen.getByRole('combobox', { name: 'Språk' });

    await user.selectOptions(select, 'nn');
    expect(await screen.findByRole('navigation', { name: 'Hovudmeny' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('nn');
    expect(screen.getByRole('link', { name: 'Hopp til hovudinnhald' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Språk' }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Measures' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('link', { name: 'Present a youth health strategy in 2016' })).toBeInTheDocument();
    expect(JSON.parse(window.localStorage.getItem('tiltaksmonitor:ui') ?? '{}')).toMatchObject({ state: { language: 'en' } });
  });

  it('shows key figures and progress by area on the overview', async () => {
    renderRoute('/');
    const figures = await screen.findByRole('region', { name: 'Nøkkeltall' });
    expect(within(figures).getByText('Tiltak i alt').parentElement?.querySelector('.key-figure__value')).toHaveTextContent(/^28$/);
    expect(within(figures).getByText(/89\s%\sav alle/)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Antall tiltak per område og status/ });
    const omsorg = within(table).getByRole('rowheader', { name: 'Omsorgstjenestene' }).closest('tr');
    if (!omsorg) throw new Error('no row');
    // Statuses in the charts' order: completed, in progress, at risk, planned, cancelled, replaced.
    expect(within(omsorg).getAllByRole('cell').map((cell) => cell.textContent.replace(/\s/g, ' '))).toEqual(['2', '0', '0', '1', '0', '0', '3', '67 %']);
  });

  it.each([
    ['/', 'nb', 'Syntetiske testdata', '/?dataset=real'],
    ['/analyse', 'nn', 'Syntetiske testdata', '/analyse?dataset=real'],
    ['/kommune', 'en', 'Synthetic test data', '/kommune?dataset=real'],
  ] as const)('says on %s (%s) that a synthetic dataset is not real, with the way back', async (path, language, title, back) => {
    db.useDataset({ kind: 'large', size: 5 });
    renderRoute(path, { language });
    expect(await screen.findByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: language === 'en' ? 'Back to the real data' : 'Tilbake til ekte data' })).toHaveAttribute('href', back);
  });

  it('says nothing about test data when the data is real', async () => {
    renderRoute('/');
    await screen.findByRole('region', { name: 'Nøkkeltall' });
    expect(screen.queryByRole('heading', { name: 'Syntetiske testdata' })).not.toBeInTheDocument();
  });
});

describe('the mocked sign-in', () => {
  it('signs in as a demo user through the API and back out', async () => {
    const { user } = renderRoute('/');
    const select = await screen.findByRole('combobox', { name: 'Innlogget som (demo)' });
    expect(select).toHaveValue('');
    await screen.findByRole('option', { name: 'Kari Nordmann – redaktør' });
    await user.selectOptions(select, 'kari');
    await waitFor(() => expect(useUiStore.getState().session?.user).toMatchObject({ id: 'kari', role: 'editor' }));
    expect(useUiStore.getState().session?.token).toBe('demo-editor-kari');
    await user.selectOptions(select, '');
    expect(useUiStore.getState().session).toBeNull();
  });

  it('shows "reset demo data" to an admin only, and it restores the data', async () => {
    renderRoute('/', { signedInAs: 'kari' });
    await screen.findByRole('heading', { level: 1, name: 'Oversikt' });
    expect(screen.queryByRole('button', { name: 'Tilbakestill demodata' })).not.toBeInTheDocument();
    cleanup();

    const { user } = renderRoute('/', { signedInAs: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Tilbakestill demodata' }));
    expect(await screen.findByText('Demodata er tilbakestilt.')).toBeInTheDocument();
  });
});
