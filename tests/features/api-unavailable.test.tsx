import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiUnavailableError } from '@/domain/api-unavailable';
import { waitForApi } from '@/lib/api-client';
import { renderRoute } from '../render';

/** The demo API's start-up failed, as mocks/browser.ts reports it: every request waits for this and fails. */
function apiCouldNotStart(error: Error) {
  const failed = Promise.reject(error);
  failed.catch(() => undefined);
  waitForApi(failed);
}

afterEach(() => waitForApi(Promise.resolve()));

const PAGES = [
  ['/', 'Oversikt'],
  ['/tiltak', 'Tiltak'],
  ['/tiltak/ms26-13', 'Tiltaket kunne ikke vises'],
  ['/kommune', 'Kommune'],
  ['/kommune/4601', 'Kommune 4601'],
  ['/analyse', 'Analyse'],
  ['/endringer', 'Endringer'],
] as const;

describe('when the demo API cannot start in this browser', () => {
  it.each(PAGES)('%s says so plainly, with the reason, under its heading', async (path, heading) => {
    apiCouldNotStart(new ApiUnavailableError('storage', 'SecurityError: The operation is insecure.'));
    renderRoute(path);
    const alerts = await screen.findAllByRole('alert');
    for (const alert of alerts) {
      expect(alert).toHaveTextContent(
        'Demo-API-et kunne ikke starte i denne nettleseren: nettleseren lar ikke siden bruke lokal lagring, og uten den kan ingen data vises.',
      );
    }
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(heading);
    expect(screen.queryByText(/Fant ikke|HTTP \d/)).not.toBeInTheDocument();
  });

  it.each([
    ['nb', new ApiUnavailableError('service-worker', 'x'), 'Demo-API-et kunne ikke starte i denne nettleseren: nettleseren lar ikke siden bruke service workers'],
    ['nn', new ApiUnavailableError('storage', 'x'), 'Demo-API-et kunne ikkje starte i denne nettlesaren: nettlesaren lèt ikkje sida bruke lokal lagring'],
    ['en', new ApiUnavailableError('service-worker', 'x'), 'The demo API could not start in this browser: the browser does not let the page use service workers'],
    ['en', new Error('Failed to fetch dynamically imported module'), 'The demo API could not start in this browser: it needs local storage and service workers'],
  ] as const)('names the reason in %s: %s', async (language, error, text) => {
    apiCouldNotStart(error);
    renderRoute('/tiltak/ms26-13', { language });
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });
});
