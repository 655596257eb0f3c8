import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../render';

/**
 * A municipal leader with an old number (from a letter, an older report, a colleague in Bærum who still says 0219)
 * finds the municipality as it is now: in the picker, and at the old number's address.
 */

function shownResults(): string[] {
  return within(screen.getByRole('list', { name: 'Kommuner' }))
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('former municipality numbers', () => {
  it.each([
    ['1201', ['Bergen (4601), Vestland (tidligere 1201)']],
    ['0219', ['Bærum (3201), Akershus (tidligere 0219)']],
    ['3024', ['Bærum (3201), Akershus (tidligere 3024)']],
    // Ålesund until 2024: split into Ålesund and Haram, both found.
    ['1507', ['Ålesund (1508), Møre og Romsdal (tidligere 1507)', 'Haram (1580), Møre og Romsdal (tidligere 1507)']],
  ])('typing %s in the picker finds %j, marked as a former number', async (number, results) => {
    const { user } = renderRoute('/kommune');
    await user.type(await screen.findByRole('searchbox', { name: 'Søk etter kommune' }), number);
    await waitFor(() => expect(shownResults()).toEqual(results));
    expect(screen.getByText(/ikke for alle endringene SSB har registrert/)).toBeInTheDocument();
  });

  it('a number that is in use now is found as itself, unmarked', async () => {
    const { user } = renderRoute('/kommune');
    await user.type(await screen.findByRole('searchbox', { name: 'Søk etter kommune' }), '4601');
    await waitFor(() => expect(shownResults()).toEqual(['Bergen (4601), Vestland']));
  });

  it('the address of an old number says whose it was and leads to the municipality as it is now', async () => {
    const { user, location } = renderRoute('/kommune/1201');
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke kommunen' })).toBeInTheDocument();
    expect(await screen.findByText('1201 var kommunenummeret til Bergen. Kommunen har et annet nummer nå:')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Bergen (4601), med dette nummeret fra 2020' });
    expect(screen.getByRole('link', { name: 'SSB: Hvordan ivareta historikken med ny kommune- og fylkesstruktur' })).toHaveAttribute('href', expect.stringMatching(/^https:\/\/www\.ssb\.no\//));
    await user.click(link);
    expect(location()).toBe('/kommune/4601');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bergen kommune' })).toBeInTheDocument();
  });

  it('in nynorsk and English too, with the day when the date is known to the day', async () => {
    renderRoute('/kommune/1507', { language: 'en' });
    expect(await screen.findByText('1507 was the municipality number of Ålesund. The municipality has another number now:')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Haram \(1580\), with this number from 1 January 2024$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Ålesund \(1508\), with this number from 1 January 2024$/ })).toBeInTheDocument();
  });

  it('a number no municipality has ever had (in our sources) is simply not found', async () => {
    renderRoute('/kommune/9999', { language: 'nn' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByText(/var kommunenummeret til/)).toBeNull();
  });
});
