import { existsSync, readFileSync } from 'node:fs';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '@mocks/fixtures';
import { PAGE_ROUTES, patternSource } from '@/app/page-routes';
import { ACCESSIBILITY_CHECKS, ACCESSIBILITY_GAPS } from '@/features/about/utils/accessibility-statement';
import { STORED_ITEMS } from '@/features/about/utils/browser-storage';
import { renderRoute } from '../render';

// The repository (vitest runs there; in jsdom import.meta.url is not a file address).
const ROOT = `${process.cwd()}/`;

const h2s = () => screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

/** The keys the storage list shows, item by item. */
function shownStorage(): string[][] {
  const list = screen.getByRole('list', { name: 'Det Tiltaksmonitor lagrer i nettleseren' });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => [...item.querySelectorAll('code')].map((code) => code.textContent));
}

describe('about the service (/om)', () => {
  it('says what the service is, where its facts come from, who keeps them and how they are set', async () => {
    renderRoute('/om');
    expect(await screen.findByRole('heading', { level: 1, name: 'Om tjenesten' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toMatch(/^Om tjenesten/));
    expect(h2s()).toEqual([
      'Hva Tiltaksmonitor er',
      'Hvor opplysningene kommer fra',
      'Hvilke planer og tiltak som er registrert',
      'Hvem som holder opplysningene oppdatert',
      'Slik settes status og datoer',
      'Verifisering',
      'Hvor dataene ligger',
      'Hva som lagres i nettleseren',
    ]);
    expect(screen.getByText(/^Tiltakene i Meld\. St\. 26 er tatt fra meldingen selv/)).toBeInTheDocument();
    expect(screen.getByText(`Datasettet er satt sammen av Tiltaksmonitor fra offentlige kilder (versjon ${DATASET_VERSION}).`, { exact: false })).toBeInTheDocument();
    expect(screen.getByText(/^«tidligst fra 2017»: ikke før 2017/)).toBeInTheDocument();
    expect(screen.getByText('Forsinket: tiltaket er ikke fullført, og fristen som gjelder nå, er passert.')).toBeInTheDocument();
  });

  it('says what «Delvis bekreftet» and «Ikke verifisert» mean, in the labels the pages use', async () => {
    renderRoute('/om');
    const section = await screen.findByRole('region', { name: 'Verifisering' });
    expect(within(section).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Verifisert: alt som står om det, står i en kilde.',
      'Delvis bekreftet: en del er antatt eller ikke bekreftet i kildene, og merknaden sier hva.',
      'Ikke verifisert: ingen kilde er funnet. Opplysningen vises, men som antatt, og en status gjettes aldri.',
    ]);
  });

  it('says that the demo’s API runs in the browser, and that a real backend exists', async () => {
    renderRoute('/om');
    const section = await screen.findByRole('region', { name: 'Hvor dataene ligger' });
    expect(within(section).getByText(/^Dette er en demo: API-et kjører i nettleseren din/)).toBeInTheDocument();
    expect(within(section).getByText(/^Tjenesten har også en ekte server/)).toBeInTheDocument();
  });

  it('lists everything it stores in the browser, where and for how long, and says it sets no cookies', async () => {
    renderRoute('/om');
    await screen.findByRole('heading', { level: 1, name: 'Om tjenesten' });
    expect(shownStorage()).toEqual([
      ['tiltaksmonitor:ui'],
      ['tiltaksmonitor:draft:…'],
      ['tiltaksmonitor:mock-db', 'tiltaksmonitor:mock-db:stamp'],
      ['tiltaksmonitor:mock-fault'],
      ['tiltaksmonitor:mock-dataset'],
    ]);
    expect(shownStorage()).toEqual(STORED_ITEMS.map((item) => item.keys));
    const drafts = document.querySelector('[data-storage-item="drafts"]') as HTMLElement;
    expect(drafts).toHaveTextContent('sessionStorage: til fanen lukkes');
    const settings = document.querySelector('[data-storage-item="settings"]') as HTMLElement;
    expect(settings).toHaveTextContent(/språk, .*logget inn som .*den siste kommunen du valgte/);
    expect(settings).not.toHaveTextContent('bare i demoen');
    expect(document.querySelector('[data-storage-item="demoData"]')).toHaveTextContent('localStorage: til du sletter det, bare i demoen');
    expect(screen.getByText(/^Tiltaksmonitor setter ingen informasjonskapsler \(cookies\), har ingen sporing eller analyseverktøy/)).toBeInTheDocument();
  });

  it.each([
    ['/data', 'Åpne data', 'Åpne data'],
    ['/endringer', 'Alle endringene står på siden Endringer.', 'Endringer'],
    ['/analyse', 'Se hvordan analysen teller', 'Analyse'],
    ['/tilgjengelighet', 'Tilgjengelighetserklæring', 'Tilgjengelighetserklæring'],
  ])('links to %s', async (path, name, heading) => {
    const { user, location } = renderRoute('/om');
    await screen.findByRole('heading', { level: 1, name: 'Om tjenesten' });
    await user.click(within(screen.getByRole('main')).getByRole('link', { name }));
    expect(location()).toBe(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it.each([
    ['nn', 'Om tenesta', 'Kva som blir lagra i nettlesaren', 'Det Tiltaksmonitor lagrar i nettlesaren', 'Delvis stadfesta', 'Tilgjengelegheitserklæring'],
    ['en', 'About the service', 'What is stored in the browser', 'What Tiltaksmonitor stores in the browser', 'Partly confirmed', 'Accessibility statement'],
  ] as const)('in %s', async (language, title, storageTitle, storageList, partial, statement) => {
    renderRoute('/om', { language });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: storageTitle })).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: storageList })).getAllByRole('listitem')).toHaveLength(STORED_ITEMS.length);
    expect(screen.getByText(partial).tagName).toBe('STRONG');
    expect(within(screen.getByRole('main')).getByRole('link', { name: statement })).toHaveAttribute('href', '/tilgjengelighet');
    expect(document.body.textContent).not.toMatch(/⟦/);
  });
});

describe('the accessibility statement (/tilgjengelighet)', () => {
  it('has the parts of Uutilsynet’s statement: the solution, the status, what does not conform, feedback, complaints, dates', async () => {
    renderRoute('/tilgjengelighet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring' })).toBeInTheDocument();
    expect(h2s()).toEqual(['Løsningen', 'Status', 'Det som ikke er i orden, eller ikke er testet', 'Hva som testes', 'Tilbakemelding', 'Klage', 'Når erklæringen ble laget']);
    expect(screen.getByText('Tiltaksmonitor oppfyller delvis kravene i WCAG 2.1 på nivå A og AA.')).toBeInTheDocument();
    const gaps = within(screen.getByRole('list', { name: 'Krav som ikke er oppfylt eller ikke testet' })).getAllByRole('listitem');
    expect(gaps).toHaveLength(ACCESSIBILITY_GAPS.length);
    expect(gaps[0]).toHaveTextContent('Ikke oppfylt: Likeverdsforskriften');
    expect(gaps[1]).toHaveTextContent('Ikke oppfylt: WCAG 2.1 suksesskriterium 1.4.13 Pekerfølsomt innhold eller innhold ved fokus');
    expect(gaps[2]).toHaveTextContent('Ikke testet: WCAG 2.1 suksesskriterium 1.3.1 Informasjon og relasjoner; WCAG 2.1 suksesskriterium 4.1.2 Navn, rolle, verdi');
    expect(gaps[2]).toHaveTextContent('Ingen test med skjermleser');
    const checks = within(screen.getByRole('region', { name: 'Hva som testes' })).getAllByRole('listitem');
    expect(checks).toHaveLength(ACCESSIBILITY_CHECKS.length);
    expect(checks[0]).toHaveTextContent(/^axe .* på hver side, .* på bokmål, nynorsk og engelsk\. Det omfatter kontrasten i tekst/);
    // No invented address: the contact is the owner's to publish, and the statement says so.
    const feedback = screen.getByRole('region', { name: 'Tilbakemelding' });
    expect(feedback).toHaveTextContent('Kontaktadressen for tilbakemeldinger publiseres her av eieren av tjenesten.');
    expect(within(feedback).queryByRole('link')).toBeNull();
    expect(document.body.textContent).not.toMatch(/@/);
    expect(within(screen.getByRole('region', { name: 'Klage' })).getByRole('link', { name: 'www.uutilsynet.no' })).toHaveAttribute('href', 'https://www.uutilsynet.no/');
    expect(screen.getByText('Sist gjennomgått 3. desember 2026, mot testene og koden. Datoen settes for hånd når erklæringen gjennomgås.')).toBeInTheDocument();
    expect(screen.getByText(`Testene over kjører automatisk ved hver endring. Denne utgaven bygger på datasettversjon ${DATASET_VERSION}.`)).toBeInTheDocument();
  });

  it('links to the page about the service', async () => {
    const { user, location } = renderRoute('/tilgjengelighet');
    await user.click(await screen.findByRole('link', { name: 'Om tjenesten og hva den lagrer i nettleseren' }));
    expect(location()).toBe('/om');
    expect(await screen.findByRole('heading', { level: 1, name: 'Om tjenesten' })).toBeInTheDocument();
  });

  it.each([
    ['nn', 'Tilgjengelegheitserklæring', 'Tiltaksmonitor oppfyller delvis krava i WCAG 2.1 på nivå A og AA.', 'Krav som ikkje er oppfylte eller ikkje testa', 'Sist gjennomgått 3. desember 2026'],
    ['en', 'Accessibility statement', 'Tiltaksmonitor partially conforms to WCAG 2.1 at levels A and AA.', 'Requirements not met or not tested', 'Last reviewed 3 December 2026'],
  ] as const)('in %s', async (language, title, status, gapsList, reviewed) => {
    renderRoute('/tilgjengelighet', { language });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(screen.getByText(status)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: gapsList })).getAllByRole('listitem')).toHaveLength(ACCESSIBILITY_GAPS.length);
    expect(screen.getByText(reviewed, { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'www.uutilsynet.no' })).toHaveAttribute('href', 'https://www.uutilsynet.no/');
    expect(document.body.textContent).not.toMatch(/⟦/);
  });

  it('names only tests that exist', () => {
    const named = ACCESSIBILITY_CHECKS.flatMap((check) => check.tests);
    expect(named.filter((file) => !existsSync(`${ROOT}${file}`))).toEqual([]);
  });

  it('claims axe on every page: the axe test’s routes cover every page of the app', () => {
    const support = readFileSync(`${ROOT}tests/e2e/support.ts`, 'utf8');
    const start = support.indexOf('export const ROUTES');
    const routes = support.slice(start, support.indexOf('] as const;', start));
    const paths = [...routes.matchAll(/path: '([^']+)'/g)].map((match) => new URL(match[1] ?? '', 'http://x').pathname);
    const uncovered = PAGE_ROUTES.filter((route) => route.path !== '*' && !paths.some((path) => new RegExp(patternSource(route.path)).test(path)));
    expect(uncovered.map((route) => route.path)).toEqual([]);
    expect(paths).toContain('/finnes-ikke');
  });
});

describe('the footer of every page', () => {
  it.each([
    ['nb', 'Om tjenesten', '/om', 'Om tjenesten'],
    ['nb', 'Tilgjengelighetserklæring', '/tilgjengelighet', 'Tilgjengelighetserklæring'],
    ['nn', 'Om tenesta', '/om', 'Om tenesta'],
    ['en', 'Accessibility statement', '/tilgjengelighet', 'Accessibility statement'],
  ] as const)('%s: «%s» leads to %s inside the app', async (language, name, path, heading) => {
    const { user, location } = renderRoute('/tiltak', { language });
    await screen.findByRole('heading', { level: 1 });
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name }));
    expect(location()).toBe(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });
});
