import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import type { Language } from '@/domain/localized-text';
import { call } from '../mocks/api-helpers';
import { renderRoute } from '../render';

// The form says which limit a field breaks, in the reader's language, before anything is sent.

const ZERO_WIDTH = '\u200B\u200C\u200D';

let patches = 0;
const countPatches = ({ request }: { request: Request }) => {
  if (request.method === 'PATCH') patches += 1;
};
beforeEach(() => {
  patches = 0;
  server.events.on('request:start', countPatches);
});
afterEach(() => {
  server.events.removeListener('request:start', countPatches);
});

const LABELS = {
  nb: { add: 'Legg til kilde', title: 'Kildens tittel', url: /Kildens nettadresse/, reason: /Begrunnelse/, save: 'Lagre', summary: 'Rett opp dette før du lagrer:' },
  nn: { add: 'Legg til kjelde', title: 'Tittelen på kjelda', url: /Nettadressa til kjelda/, reason: /Grunngiving/, save: 'Lagre', summary: 'Rett opp dette før du lagrar:' },
  en: { add: 'Add a source', title: 'Title of the source', url: /Web address of the source/, reason: /Reason/, save: 'Save', summary: 'Correct this before you save:' },
} as const;

const MESSAGES = {
  nb: ['Kildens tittel: Må inneholde synlig tekst, ikke bare mellomrom eller usynlige tegn.', 'Kildens nettadresse: Nettadressen kan ikke inneholde brukernavn eller passord.'],
  nn: ['Tittelen på kjelda: Må innehalde synleg tekst, ikkje berre mellomrom eller usynlege teikn.', 'Nettadressa til kjelda: Nettadressa kan ikkje innehalde brukarnamn eller passord.'],
  en: ['Title of the source: Must contain visible text, not only spaces or invisible characters.', 'Web address of the source: The web address must not contain a user name or password.'],
} as const;

describe('the source form', () => {
  it.each<Language>(['nb', 'nn', 'en'])('refuses an invisible title and an address with a password before sending (%s)', async (language) => {
    const labels = LABELS[language];
    const { user } = renderRoute('/tiltak/ms26-28', { signedInAs: 'kari', language });
    await user.click(await screen.findByRole('button', { name: labels.add }));
    const form = screen.getByRole('form', { name: labels.add });
    await user.type(within(form).getByRole('textbox', { name: labels.title }), ZERO_WIDTH);
    await user.type(within(form).getByRole('textbox', { name: labels.url }), 'https://user:pass@lovdata.no/x');
    await user.type(within(form).getByRole('textbox', { name: labels.reason }), 'Ny kilde');
    await user.click(within(form).getByRole('button', { name: labels.save }));

    const summary = await screen.findByRole('group', { name: labels.summary });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(MESSAGES[language]);
    expect(patches).toBe(0);
    expect((await call('GET', '/api/measures/ms26-28')).body).toMatchObject({ version: 1 });
  });
});

describe('the deadline form', () => {
  it('refuses the year 9999 with the range it takes, before sending', async () => {
    const { user } = renderRoute('/tiltak/ms26-19', { signedInAs: 'kari' });
    await user.click(await screen.findByRole('button', { name: 'Endre frist' }));
    const form = screen.getByRole('form', { name: 'Endre frist' });
    const year = within(form).getByRole('spinbutton', { name: 'År for fristen' });
    await user.clear(year);
    await user.type(year, '9999');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Utsatt');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    const summary = await screen.findByRole('group', { name: 'Rett opp dette før du lagrer:' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['År: Må være et årstall fra 1990 til 2100.']);
    expect(patches).toBe(0);
  });
});
