import { screen, waitFor, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { configureMock } from '@mocks/config';
import { server } from '@mocks/node';
import { setDefaultTimeout } from '@/lib/api-client';
import { call, TOKENS } from '../mocks/api-helpers';
import { renderRoute } from '../render';

function statusTag() {
  return screen.getAllByText(/^(Planlagt|Pågår|I fare|Fullført|Avlyst|Erstattet)$/, { selector: '.status-tag' })[0];
}

async function openStatusForm(path = '/tiltak/ms26-28') {
  const rendered = renderRoute(path, { signedInAs: 'kari' });
  const { user } = rendered;
  await user.click(await screen.findByRole('button', { name: 'Endre status' }));
  const form = screen.getByRole('form', { name: 'Endre status' });
  return { ...rendered, form };
}

describe('who may edit', () => {
  it('shows a reader (not signed in) no edit controls', async () => {
    renderRoute('/tiltak/ms26-28');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Endre tiltaket' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Endre status' })).not.toBeInTheDocument();
  });

  it('shows an editor the edit controls', async () => {
    renderRoute('/tiltak/ms26-28', { signedInAs: 'kari' });
    const panel = await screen.findByRole('region', { name: 'Endre tiltaket' });
    expect(within(panel).getAllByRole('button').map((button) => button.textContent)).toEqual(['Endre status', 'Endre frist', 'Legg til merknad', 'Legg til kilde']);
  });
});

describe('changing the status', () => {
  it('saves a valid change: the page, the history and the API all show it', async () => {
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Ny status (nå: Pågår)' }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Forskriften er forsinket');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));

    expect(await screen.findByText('Endringen er lagret.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Endre status' })).not.toBeInTheDocument());
    expect(statusTag()).toHaveTextContent('I fare');
    const history = screen.getByRole('region', { name: 'Historikk' });
    const last = within(history).getAllByRole('listitem').at(-1);
    expect(last).toHaveTextContent('Status endret fra Pågår til I fare');
    expect(last).toHaveTextContent('Forskriften er forsinket');
    expect(last).toHaveTextContent('Kari Nordmann');
    const stored = await call('GET', '/api/measures/ms26-28');
    expect(stored.body).toMatchObject({ status: 'at_risk', version: 2 });
    expect(window.sessionStorage.getItem('tiltaksmonitor:draft:ms26-28:status')).toBeNull();
  });

  it('lets a status change carry its source: the history entry shows it, and focus lands on «Endringen er lagret.»', async () => {
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Ny status (nå: Pågår)' }), 'at_risk');
    const source = within(form).getByRole('group', { name: /^Kilde for endringen \(valgfritt\)/ });
    await user.type(within(source).getByRole('textbox', { name: 'Kildens tittel' }), 'Høringsnotat om forskriften');
    await user.type(within(source).getByRole('textbox', { name: /Kildens nettadresse/ }), 'https://www.regjeringen.no/horing');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Forskriften er forsinket');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));

    // The form is gone: keyboard and screen-reader users are taken to the confirmation, not left on the page's top.
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Endre status' })).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Endringen er lagret.'));
    expect(document.activeElement).toHaveAttribute('role', 'status');
    const last = within(screen.getByRole('region', { name: 'Historikk' })).getAllByRole('listitem').at(-1);
    expect(last).toHaveTextContent('Status endret fra Pågår til I fare');
    expect(within(last as HTMLElement).getByRole('link', { name: 'Høringsnotat om forskriften' })).toHaveAttribute('href', 'https://www.regjeringen.no/horing');
    const stored = await call('GET', '/api/measures/ms26-28');
    expect((stored.body as { history: unknown[] }).history.at(-1)).toMatchObject({ type: 'status', source: { title: 'Høringsnotat om forskriften', url: 'https://www.regjeringen.no/horing' } });
  });

  it('checks a change’s source by the same rules as any source: no user name or password in the address, both fields or neither', async () => {
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Ny status (nå: Pågår)' }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Kildens nettadresse/ }), 'https://ola:hemmelig@example.no/notat');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Forskriften er forsinket');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    const summary = await screen.findByRole('link', { name: 'Kildens nettadresse: Nettadressen kan ikke inneholde brukernavn eller passord.' });
    expect(summary).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kildens tittel: Må fylles ut.' })).toBeInTheDocument();
    expect((await call('GET', '/api/measures/ms26-28')).body).toMatchObject({ version: 1 });
  });

  it('lets a deadline move carry its source', async () => {
    const { user } = renderRoute('/tiltak/ms26-28', { signedInAs: 'kari' });
    await user.click(await screen.findByRole('button', { name: 'Endre frist' }));
    const form = screen.getByRole('form', { name: 'Endre frist' });
    const year = within(form).getByRole('spinbutton', { name: 'År for fristen' });
    await user.clear(year);
    await user.type(year, '2028');
    await user.clear(within(form).getByRole('textbox', { name: /Fristen med planens ord/ }));
    await user.type(within(form).getByRole('textbox', { name: /Fristen med planens ord/ }), 'innen 2028');
    await user.type(within(form).getByRole('textbox', { name: 'Kildens tittel' }), 'Prop. 1 S (2026–2027)');
    await user.type(within(form).getByRole('textbox', { name: /Kildens nettadresse/ }), 'https://www.regjeringen.no/prop-1-s');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Flyttet i budsjettet');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    await waitFor(() => expect(document.activeElement).toHaveTextContent('Endringen er lagret.'));
    const last = within(screen.getByRole('region', { name: 'Historikk' })).getAllByRole('listitem').at(-1) as HTMLElement;
    expect(last).toHaveTextContent('Frist endret');
    expect(within(last).getByRole('link', { name: 'Prop. 1 S (2026–2027)' })).toHaveAttribute('href', 'https://www.regjeringen.no/prop-1-s');
  });

  it('offers only the allowed next statuses', async () => {
    const { form } = await openStatusForm('/tiltak/ms26-13');
    const options = within(within(form).getByRole('combobox', { name: /Ny status/ })).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Velg …', 'Pågår', 'I fare']);
  });

  it('requires a completion date and a source for "completed", listed in an error summary', async () => {
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'completed');
    await user.clear(within(form).getByLabelText('Fullført dato'));
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    const summary = await screen.findByRole('group', { name: 'Rett opp dette før du lagrer:' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Fullført dato: Må fylles ut.',
      'Kildens tittel: Må fylles ut.',
      'Kildens nettadresse: Må fylles ut.',
      'Begrunnelse: Må fylles ut.',
    ]);
    await user.type(within(form).getByLabelText('Fullført dato'), '2026-10-01');
    await user.type(within(form).getByRole('textbox', { name: 'Kildens tittel' }), 'Helfo: nytt regelverk');
    await user.type(within(form).getByRole('textbox', { name: /Kildens nettadresse/ }), 'javascript:alert(1)');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Vilkårene er endret');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Må være en nettadresse som begynner med https:// eller http://.', { selector: '.ds-validation-message, a' })).toBeInTheDocument();
    await user.clear(within(form).getByRole('textbox', { name: /Kildens nettadresse/ }));
    await user.type(within(form).getByRole('textbox', { name: /Kildens nettadresse/ }), 'https://helfo.no/regelverk');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Endringen er lagret.')).toBeInTheDocument();
    expect(statusTag()).toHaveTextContent('Fullført');
    const sources = screen.getByRole('region', { name: 'Kilder' });
    expect(within(sources).getByRole('link', { name: 'Helfo: nytt regelverk' })).toHaveAttribute('href', 'https://helfo.no/regelverk');
  });

  it('gives field errors in English too', async () => {
    const { user } = renderRoute('/tiltak/ms26-28', { signedInAs: 'kari', language: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Change status' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('group', { name: 'Correct this before you save:' });
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual(['New status: Must be filled in.', 'Reason: Must be filled in.']);
  });
});

describe('the reason’s character counter speaks the reader’s language', () => {
  it.each([
    ['nb', 'Endre status', /Begrunnelse/, '998 tegn igjen'],
    ['nn', 'Endre status', /Grunngiving/, '998 teikn att'],
    ['en', 'Change status', /Reason/, '998 characters left'],
  ] as const)('in %s', async (language, button, reason, left) => {
    const { user } = renderRoute('/tiltak/ms26-28', { signedInAs: 'kari', language });
    await user.click(await screen.findByRole('button', { name: button }));
    const form = screen.getByRole('form', { name: button });
    await user.type(within(form).getByRole('textbox', { name: reason }), 'ok');
    // Designsystemet's counter shows its text from its data-label (and reads it out from there).
    expect(form.querySelector(`[data-label="${left}"]`)).not.toBeNull();
  });
});

describe('when the server refuses', () => {
  it('shows the API’s 400 field errors where they belong', async () => {
    server.use(
      http.patch('/api/measures/:id', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'The change breaks a rule', status: 400, errors: [{ field: 'body.to', code: 'transition_not_allowed', message: 'x' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'x');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    const summary = await screen.findByRole('group', { name: 'Rett opp dette før du lagrer:' });
    expect(summary).toHaveTextContent('Ny status: Denne statusendringen er ikke tillatt.');
    expect(statusTag()).toHaveTextContent('Pågår');
  });

  it('says a 403 plainly and keeps what was typed', async () => {
    server.use(http.patch('/api/measures/:id', () => HttpResponse.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403 })));
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Viktig begrunnelse');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Rollen din har ikke lov til å endre tiltak.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Begrunnelse/ })).toHaveValue('Viktig begrunnelse');
    expect(statusTag()).toHaveTextContent('Pågår');
    expect(JSON.parse(window.sessionStorage.getItem('tiltaksmonitor:draft:ms26-28:status') ?? '{}')).toMatchObject({ values: { reason: 'Viktig begrunnelse', to: 'at_risk' } });
  });

  it('shows the change at once, rolls it back on a 500, and saves on a second try', async () => {
    let calls = 0;
    server.use(
      http.patch('/api/measures/:id', async () => {
        calls += 1;
        if (calls > 1) return undefined;
        await delay(150);
        return HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 });
      }),
    );
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Usikkert');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    // Optimistic: the new status shows while the server is asked …
    await waitFor(() => expect(statusTag()).toHaveTextContent('I fare'));
    // … and goes back when it refuses; the text stays.
    expect(await within(form).findByText(/feilkode 500/)).toBeInTheDocument();
    expect(statusTag()).toHaveTextContent('Pågår');
    expect(screen.getByText('Det du skrev, er tatt vare på som utkast i denne fanen.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Prøv å lagre igjen' }));
    expect(await screen.findByText('Endringen er lagret.')).toBeInTheDocument();
    expect(statusTag()).toHaveTextContent('I fare');
  });

  it('gives up after the timeout with a clear message, keeping the text', async () => {
    setDefaultTimeout(100);
    server.use(
      http.patch('/api/measures/:id', async () => {
        await delay(2000);
        return HttpResponse.json({});
      }),
    );
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Treg tjeneste');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    expect(await screen.findByText('Tjenesten svarte ikke i tide. Prøv igjen om litt.')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Begrunnelse/ })).toHaveValue('Treg tjeneste');
    expect(statusTag()).toHaveTextContent('Pågår');
  });

  it('works with the mock’s own fault mode (error500) and recovers when it is switched off', async () => {
    const { user, form } = await openStatusForm();
    configureMock({ fault: 'error500' });
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Feil i tjenesten');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    // Other parts of the page fail too while the fault is on; the form says what happened to the save.
    expect(await within(form).findByText(/feilkode 500/)).toBeInTheDocument();
    configureMock({ fault: 'none' });
    await user.click(within(form).getByRole('button', { name: 'Prøv å lagre igjen' }));
    expect(await screen.findByText('Endringen er lagret.')).toBeInTheDocument();
  });
});

describe('the measures a replaced one can point to', () => {
  it('says so when they cannot be read, and offers them after a retry', async () => {
    // The plan's whole scope (pages of 1,000) fails once; the page's own short lists do not.
    let failed = false;
    server.use(
      http.get('/api/measures', ({ request }) => {
        if (failed || new URL(request.url).searchParams.get('pageSize') !== '1000') return undefined;
        failed = true;
        return HttpResponse.json({ title: 'Feil' }, { status: 500 });
      }),
    );
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'replaced');
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('feilkode 500');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    const picker = within(form).getByRole('combobox', { name: 'Erstattet av tiltak' });
    await waitFor(() => expect(within(picker).getAllByRole('option').length).toBeGreaterThan(2));
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('a conflict with another editor', () => {
  it('shows their change next to mine, and saves mine on top only when asked', async () => {
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Min vurdering');
    // Meanwhile Ola adds a note.
    await call('PATCH', '/api/measures/ms26-28', {
      token: TOKENS.otherEditor,
      ifMatch: '"1"',
      body: { type: 'note', text: 'Helfo bekrefter endringen', effective: { date: '2026-11-22', precision: 'day' }, language: 'nb' },
    });
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));

    const conflict = (await screen.findByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' })).closest('[role="alert"]');
    expect(conflict).toHaveTextContent('Merknad: Helfo bekrefter endringen');
    expect(conflict).toHaveTextContent('Ola Nordmann');
    expect(conflict).toHaveTextContent('Ny status: I fare. Begrunnelse: Min vurdering');
    // Nothing of mine is saved yet.
    expect((await call('GET', '/api/measures/ms26-28')).body).toMatchObject({ version: 2, status: 'in_progress' });

    await user.click(screen.getByRole('button', { name: 'Lagre min endring likevel' }));
    expect(await screen.findByText('Endringen er lagret.')).toBeInTheDocument();
    const stored = (await call('GET', '/api/measures/ms26-28')).body as { version: number; status: string; history: { type: string }[] };
    expect(stored).toMatchObject({ version: 3, status: 'at_risk' });
    expect(stored.history.slice(-2).map((entry) => entry.type)).toEqual(['note', 'status']);
  });

  it('drops my change when I discard it', async () => {
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Min vurdering');
    await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.otherEditor, ifMatch: '"1"', body: { type: 'status', to: 'planned', reason: 'Tilbake', effective: { date: '2026-11-22', precision: 'day' }, language: 'nb' } });
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    await user.click(await screen.findByRole('button', { name: 'Forkast min endring' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Endre status' })).not.toBeInTheDocument());
    expect(statusTag()).toHaveTextContent('Planlagt');
    expect(window.sessionStorage.getItem('tiltaksmonitor:draft:ms26-28:status')).toBeNull();
  });
});

describe('a second submit while the save is under way', () => {
  /** The save takes a moment, as on a slow network, so that a second click or Enter comes while it is pending. */
  function slowSaves() {
    server.use(
      http.patch('/api/measures/:id', async () => {
        await delay(150);
        return undefined;
      }),
    );
  }

  async function historyEntriesOf(id: string) {
    return (await call('GET', `/api/measures/${id}`)).body as { version: number; history: { type: string }[] };
  }

  /** Saved, with exactly one new version and one new history entry of that type, and no conflict shown on the way. */
  async function expectSavedOnce(formName: string, before: Awaited<ReturnType<typeof historyEntriesOf>>, type: string) {
    expect(await screen.findByText('Endringen er lagret.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: formName })).not.toBeInTheDocument());
    expect(screen.queryByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' })).not.toBeInTheDocument();
    const stored = await historyEntriesOf('ms26-28');
    expect(stored.version).toBe(before.version + 1);
    expect(stored.history.map((entry) => entry.type)).toEqual([...before.history.map((entry) => entry.type), type]);
  }

  it('a double click on Lagre in the status form saves once, without a false conflict', async () => {
    const before = await historyEntriesOf('ms26-28');
    slowSaves();
    const { user, form } = await openStatusForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Forskriften er forsinket');
    await user.dblClick(within(form).getByRole('button', { name: 'Lagre' }));
    await expectSavedOnce('Endre status', before, 'status');
  });

  it('Enter twice in the source form saves once, without a false conflict', async () => {
    const before = await historyEntriesOf('ms26-28');
    slowSaves();
    const { user } = renderRoute('/tiltak/ms26-28', { signedInAs: 'kari' });
    await user.click(await screen.findByRole('button', { name: 'Legg til kilde' }));
    const form = screen.getByRole('form', { name: 'Legg til kilde' });
    await user.type(within(form).getByRole('textbox', { name: 'Kildens tittel' }), 'Helfo: nytt regelverk');
    await user.type(within(form).getByRole('textbox', { name: /Kildens nettadresse/ }), 'https://helfo.no/regelverk');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Ny kilde');
    await user.type(within(form).getByRole('textbox', { name: 'Kildens tittel' }), '{Enter}{Enter}');
    await expectSavedOnce('Legg til kilde', before, 'source');
  });
});

describe('nothing typed is lost', () => {
  it('keeps a draft across a reload and says so', async () => {
    const first = await openStatusForm();
    await first.user.selectOptions(within(first.form).getByRole('combobox', { name: /Ny status/ }), 'cancelled');
    await first.user.type(within(first.form).getByRole('textbox', { name: /Begrunnelse/ }), 'Lagt bort');
    first.unmount();

    renderRoute('/tiltak/ms26-28?endre=status', { signedInAs: 'kari' });
    const form = await screen.findByRole('form', { name: 'Endre status' });
    expect(screen.getByText('Du hadde et utkast som ikke var lagret. Det er lagt inn i skjemaet igjen.')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: /Ny status/ })).toHaveValue('cancelled');
    expect(within(form).getByRole('textbox', { name: /Begrunnelse/ })).toHaveValue('Lagt bort');
  });

  it('asks before throwing away what was typed', async () => {
    const { user, form } = await openStatusForm();
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Halvferdig');
    await user.click(within(form).getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByText('Du har endringer som ikke er lagret. Vil du forkaste dem?')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fortsett å redigere' }));
    expect(within(form).getByRole('textbox', { name: /Begrunnelse/ })).toHaveValue('Halvferdig');
    await user.click(within(form).getByRole('button', { name: 'Avbryt' }));
    await user.click(screen.getByRole('button', { name: 'Forkast endringene' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Endre status' })).not.toBeInTheDocument());
    expect(window.sessionStorage.getItem('tiltaksmonitor:draft:ms26-28:status')).toBeNull();
  });
});

describe('notes, sources and deadlines', () => {
  /** Moves the deadline of measure 19 ("i 2015" in the plan) to the year 2016, stated in the editor's words. */
  async function moveDeadlineTo2016(statedAs: string) {
    const { user } = renderRoute('/tiltak/ms26-19', { signedInAs: 'kari' });
    await user.click(await screen.findByRole('button', { name: 'Endre frist' }));
    const form = screen.getByRole('form', { name: 'Endre frist' });
    const stated = within(form).getByRole('textbox', { name: /Fristen med planens ord/ });
    expect(stated).toHaveValue('i 2015');
    await user.clear(stated);
    await user.type(stated, statedAs);
    const year = within(form).getByRole('spinbutton', { name: 'År for fristen' });
    await user.clear(year);
    await user.type(year, '2016');
    await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), 'Flyttet i budsjettet');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    await screen.findByText('Endringen er lagret.');
  }

  it('shows a note as plain text, never as HTML', async () => {
    const { user } = renderRoute('/tiltak/ms26-28', { signedInAs: 'kari' });
    await user.click(await screen.findByRole('button', { name: 'Legg til merknad' }));
    const form = screen.getByRole('form', { name: 'Legg til merknad' });
    await user.type(within(form).getByRole('textbox', { name: /Merknad/ }), '<b>fet</b> <img src=x onerror=alert(1)>');
    await user.click(within(form).getByRole('button', { name: 'Lagre' }));
    await screen.findByText('Endringen er lagret.');
    const history = screen.getByRole('region', { name: 'Historikk' });
    expect(within(history).getByText('<b>fet</b> <img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(history.querySelector('b, img')).toBeNull();
  });

  describe('text people wrote is isolated for direction, so that an override character never turns the text around it', () => {
    // U+202E RIGHT-TO-LEFT OVERRIDE: without an isolate, everything after it on the line is shown backwards.
    const RLO = '\u202E';

    /** The element that isolates `text` for direction: exactly that text, nothing around it. */
    function isolateOf(within_: HTMLElement, text: string) {
      const isolate = within(within_).getByText(text, { normalizer: (value) => value }).closest('bdi, [dir="auto"]');
      expect(isolate?.textContent).toBe(text);
      return isolate;
    }

    it('in the history: a note, a reason, the source title and the author', async () => {
      const { user } = renderRoute('/tiltak/ms26-28', { signedInAs: 'kari' });
      await user.click(await screen.findByRole('button', { name: 'Legg til merknad' }));
      const noteForm = screen.getByRole('form', { name: 'Legg til merknad' });
      await user.type(within(noteForm).getByRole('textbox', { name: /Merknad/ }), `Helfo ${RLO}bekrefter`);
      await user.click(within(noteForm).getByRole('button', { name: 'Lagre' }));
      await screen.findByText('Endringen er lagret.');

      await user.click(screen.getByRole('button', { name: 'Legg til kilde' }));
      const sourceForm = screen.getByRole('form', { name: 'Legg til kilde' });
      await user.type(within(sourceForm).getByRole('textbox', { name: 'Kildens tittel' }), `Rundskriv ${RLO}I-5`);
      await user.type(within(sourceForm).getByRole('textbox', { name: /Kildens nettadresse/ }), 'https://helfo.no/rundskriv');
      await user.type(within(sourceForm).getByRole('textbox', { name: /Begrunnelse/ }), `Ny ${RLO}kilde`);
      await user.click(within(sourceForm).getByRole('button', { name: 'Lagre' }));
      await waitFor(() => expect(screen.queryByRole('form', { name: 'Legg til kilde' })).not.toBeInTheDocument());

      const entries = within(screen.getByRole('region', { name: 'Historikk' })).getAllByRole('listitem');
      const [note, source] = entries.slice(-2) as [HTMLElement, HTMLElement];
      isolateOf(note, `Helfo ${RLO}bekrefter`);
      isolateOf(note, 'Kari Nordmann (Helse- og omsorgsdepartementet (demo))');
      isolateOf(source, `Ny ${RLO}kilde`);
      isolateOf(source, `Rundskriv ${RLO}I-5`);
      isolateOf(screen.getByRole('region', { name: 'Kilder' }), `Rundskriv ${RLO}I-5`);
    });

    it('in the history and the facts: a stated deadline an editor wrote', async () => {
      await moveDeadlineTo2016(`innen ${RLO}2016`);
      const last = within(screen.getByRole('region', { name: 'Historikk' })).getAllByRole('listitem').at(-1) as HTMLElement;
      isolateOf(last, `innen ${RLO}2016`);
      isolateOf(last, 'i 2015');
      isolateOf(screen.getByRole('region', { name: 'Fakta om tiltaket' }), `innen ${RLO}2016`);
    });

    it('in the conflict view: their note and name, and my reason', async () => {
      const { user, form } = await openStatusForm();
      await user.selectOptions(within(form).getByRole('combobox', { name: /Ny status/ }), 'at_risk');
      await user.type(within(form).getByRole('textbox', { name: /Begrunnelse/ }), `Min ${RLO}vurdering`);
      await call('PATCH', '/api/measures/ms26-28', {
        token: TOKENS.otherEditor,
        ifMatch: '"1"',
        body: { type: 'note', text: `Helfo ${RLO}bekrefter`, effective: { date: '2026-11-22', precision: 'day' }, language: 'nb' },
      });
      await user.click(within(form).getByRole('button', { name: 'Lagre' }));
      const conflict = (await screen.findByRole('heading', { name: 'Noen andre har endret tiltaket mens du redigerte' })).closest<HTMLElement>('[role="alert"]');
      if (!conflict) throw new Error('no conflict view');
      expect(conflict).toHaveTextContent(`Merknad: Helfo ${RLO}bekrefter`);
      isolateOf(conflict, `Helfo ${RLO}bekrefter`);
      isolateOf(conflict, 'Ola Nordmann (Helse- og omsorgsdepartementet (demo))');
      expect(conflict).toHaveTextContent(`Ny status: I fare. Begrunnelse: Min ${RLO}vurdering`);
      isolateOf(conflict, `Min ${RLO}vurdering`);
    });
  });

  it('moves the deadline and keeps the original next to it', async () => {
    await moveDeadlineTo2016('innen utgangen av 2016');
    const facts = screen.getByRole('region', { name: 'Fakta om tiltaket' });
    expect(within(facts).getByText('Frist i planen').nextSibling).toHaveTextContent('i 2015');
    expect(within(facts).getByText('Gjeldende frist').nextSibling).toHaveTextContent('innen utgangen av 2016');
  });
});
