import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { planSchema, type Plan } from '@/domain/plan';
import { call, TOKENS } from '../mocks/api-helpers';
import { renderRoute } from '../render';

const ID = 'meld-st-26-2014-2015';
const REFERENCE = 'Meld. St. 26 (2014–2015)';
const EDIT_PATH = `/planer/${ID}/rediger`;
const OLD_TITLE = 'Fremtidens primærhelsetjeneste – nærhet og helhet';
const NEW_TITLE = 'Fremtidens primærhelsetjeneste – nærhet, helhet og samhandling';

/** Two new measures under an area heading, as a white paper writes them (src/domain/plan-text-import.ts). */
const NEW_MEASURES = ['Kompetanse', '', '• Utrede en ordning for veiledning av nyutdannede sykepleiere innen 2027', '• Videreføre kompetanseløftet for helsefagarbeidere', ''].join('\n');

async function storedPlan(): Promise<Plan> {
  return planSchema.parse((await call('GET', `/api/plans/${ID}`)).body);
}

async function measureCount(): Promise<number> {
  const stored = await call('GET', `/api/measures?plan=${ID}&pageSize=1000`);
  return (stored.body as { items: unknown[] }).items.length;
}

async function openEdit() {
  const rendered = renderRoute(EDIT_PATH, { signedInAs: 'admin' });
  await screen.findByRole('form', { name: `Rediger ${REFERENCE}` });
  return rendered;
}

async function retitle(user: UserEvent, title = NEW_TITLE) {
  const field = screen.getByRole('textbox', { name: 'Tittel (bokmål)' });
  await user.clear(field);
  await user.type(field, title);
}

/** Every PATCH the page sends: its If-Match and its body. */
function recordPatches() {
  const sent: { ifMatch: string | null; body: unknown }[] = [];
  server.use(
    http.patch('/api/plans/:id', async ({ request }) => {
      sent.push({ ifMatch: request.headers.get('If-Match'), body: await request.clone().json() });
      return undefined;
    }),
  );
  return sent;
}

describe('/planer/:id/rediger for an admin: the plan’s fields', () => {
  it('changes the title of Meld. St. 26 with one PATCH of that field, and every page shows the new title without a reload', async () => {
    const { user, location } = renderRoute(`/tiltak?plan=${ID}`, { signedInAs: 'admin' });
    expect(await screen.findByText(OLD_TITLE, { selector: '.explorer__plan span' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Rediger planen' }));
    expect(location()).toBe(EDIT_PATH);
    await screen.findByRole('form', { name: `Rediger ${REFERENCE}` });
    expect(screen.getByRole('heading', { level: 1, name: 'Rediger plan' })).toBeInTheDocument();
    expect(screen.getByText(`${REFERENCE}, versjon 1.`)).toBeInTheDocument();
    const id = screen.getByRole('textbox', { name: 'Id' });
    expect(id).toHaveValue(ID);
    expect(id).toHaveAttribute('readonly');
    expect(screen.getByRole('textbox', { name: 'Tittel (bokmål)' })).toHaveValue(OLD_TITLE);
    expect(screen.getByRole('textbox', { name: 'Tittel på nynorsk (valgfritt)' })).toHaveValue('Framtidas primærhelseteneste – nærleik og heilskap');
    expect(screen.getByRole('textbox', { name: 'Lagt fram' })).toHaveValue('2015-05-07');
    expect(screen.getByRole('textbox', { name: 'Merknad (bokmål)' })).toHaveValue('Behandlet i Stortinget i Innst. 40 S (2015–2016).');
    expect(screen.getAllByRole('textbox', { name: 'Kildens tittel' })).toHaveLength(2);

    const sent = recordPatches();
    await retitle(user);
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    expect(await screen.findByText(`Endringene er lagret. ${REFERENCE} er nå versjon 2.`)).toBeInTheDocument();
    expect(screen.getByText(`Endringene er lagret. ${REFERENCE} er nå versjon 2.`).closest('[aria-live]')).not.toBeNull();
    expect(sent).toEqual([{ ifMatch: '"1"', body: { title: { nb: NEW_TITLE, nn: 'Framtidas primærhelseteneste – nærleik og heilskap', en: 'The primary health and care services of tomorrow – localised and integrated' } } }]);
    const stored = await storedPlan();
    expect(stored.version).toBe(2);
    expect(stored.title.nb).toBe(NEW_TITLE);
    expect(stored.note?.nb).toBe('Behandlet i Stortinget i Innst. 40 S (2015–2016).');

    await user.click(screen.getByRole('link', { name: `Se tiltakene i ${REFERENCE}` }));
    expect(location()).toBe(`/tiltak?plan=${ID}`);
    expect(await screen.findByText(NEW_TITLE, { selector: '.explorer__plan span' })).toBeInTheDocument();
    expect(screen.queryByText(OLD_TITLE)).not.toBeInTheDocument();
  });

  it('sends nothing when nothing changed, and lists what is wrong before it sends anything', async () => {
    const sent = recordPatches();
    const { user } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    expect(await screen.findByText('Du har ikke endret noe ennå. Ingenting ble sendt.')).toBeInTheDocument();
    await user.clear(screen.getByRole('textbox', { name: 'Tittel (bokmål)' }));
    await user.clear(screen.getByRole('textbox', { name: 'Lagt fram' }));
    await user.type(screen.getByRole('textbox', { name: 'Lagt fram' }), '2015-13');
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    const summary = await screen.findByRole('heading', { name: 'Rett dette før endringene kan lagres:' });
    const list = summary.closest('ds-error-summary, [data-color], div') as HTMLElement;
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual(['Tittel (bokmål): Fyll ut feltet.', 'Lagt fram: Skriv en gyldig dato.']);
    expect(sent).toEqual([]);
    expect((await storedPlan()).version).toBe(1);
  });

  it('after someone else’s change (409), shows their version, keeps the admin’s text, and saves it on top of theirs', async () => {
    const { user } = await openEdit();
    // Another admin changes the note meanwhile.
    const other = await call('PATCH', `/api/plans/${ID}`, { token: TOKENS.admin, ifMatch: '"1"', body: { note: { nb: 'Behandlet i Innst. 40 S (2015–2016), 14. desember 2015.' } } });
    expect(other.status).toBe(200);

    await retitle(user);
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    const alert = (await screen.findByRole('heading', { name: 'Noen andre har endret planen' })).closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('den er nå versjon 2, du begynte på versjon 1. Ingenting av ditt ble lagret, og alt du har skrevet, står her fortsatt.');
    expect(within(alert).getByText('Merknad (bokmål)').nextElementSibling).toHaveTextContent('Behandlet i Innst. 40 S (2015–2016), 14. desember 2015.');
    expect(within(alert).getByText('Merknad på nynorsk').nextElementSibling).toHaveTextContent('(tomt)');
    expect(within(alert).queryByText('Tittel (bokmål)')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tittel (bokmål)' })).toHaveValue(NEW_TITLE);
    expect((await storedPlan()).title.nb).toBe(OLD_TITLE);

    await user.click(within(alert).getByRole('button', { name: 'Bruk endringene mine på versjon 2' }));
    expect(await screen.findByText('Endringene dine står nå oppå versjon 2. Se over og lagre.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Noen andre har endret planen' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tittel (bokmål)' })).toHaveValue(NEW_TITLE);
    expect(screen.getByRole('textbox', { name: 'Merknad (bokmål)' })).toHaveValue('Behandlet i Innst. 40 S (2015–2016), 14. desember 2015.');

    const sent = recordPatches();
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    expect(await screen.findByText(`Endringene er lagret. ${REFERENCE} er nå versjon 3.`)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.ifMatch).toBe('"2"');
    expect(Object.keys(sent[0]?.body as object)).toEqual(['title']);
    const stored = await storedPlan();
    expect(stored.title.nb).toBe(NEW_TITLE);
    expect(stored.note).toEqual({ nb: 'Behandlet i Innst. 40 S (2015–2016), 14. desember 2015.' });
  });

  it('after a server error (500), says that nothing was saved and keeps the form as typed', async () => {
    server.use(http.patch('/api/plans/:id', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    const { user, location } = await openEdit();
    await retitle(user);
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    const saved = await screen.findByText('Ingenting ble lagret. Alt du har skrevet, står her fortsatt.');
    expect(saved.closest('.plan-import__save-error')).toHaveTextContent(/Tjenesten har en feil akkurat nå \(feilkode 500\)/);
    expect(location()).toBe(EDIT_PATH);
    expect(screen.getByRole('textbox', { name: 'Tittel (bokmål)' })).toHaveValue(NEW_TITLE);
    const stored = await storedPlan();
    expect(stored.version).toBe(1);
    expect(stored.title.nb).toBe(OLD_TITLE);
  });
});

describe('/planer/:id/rediger for an admin: «Legg til tiltak»', () => {
  async function pasteMeasures(user: UserEvent) {
    const form = await screen.findByRole('form', { name: 'Legg til tiltak' });
    await user.click(within(form).getByRole('textbox', { name: 'Planens tekst' }));
    await user.paste(NEW_MEASURES);
    await user.click(within(form).getByRole('button', { name: 'Vis forhåndsvisning' }));
    return screen.findByRole('table', { name: 'Tiltakene som blir lagret' });
  }

  it('adds two measures after the plan’s 28, numbered 29 and 30, and shows them on /tiltak', async () => {
    const { user, location } = await openEdit();
    const table = await pasteMeasures(user);
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 3).map((cell) => cell.textContent))).toEqual([
      ['29', 'Kompetanse', 'Utrede en ordning for veiledning av nyutdannede sykepleiere innen 2027'],
      ['30', 'Kompetanse', 'Videreføre kompetanseløftet for helsefagarbeidere'],
    ]);
    let posts = 0;
    server.use(
      http.post('/api/plans/:id/measures', ({ request }) => {
        posts += 1;
        expect(request.headers.get('If-Match')).toBe('"1"');
        return undefined;
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'plan');
    await user.click(screen.getByRole('button', { name: 'Legg til 2 tiltak' }));
    expect(await screen.findByText(`2 tiltak er lagt til i ${REFERENCE}: nr. 29–30.`)).toBeInTheDocument();
    expect(posts).toBe(1);
    // The plan moved on: the page knows its new version, and the list is gone from the form.
    expect(screen.getByText(`${REFERENCE}, versjon 2.`)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Planens tekst' })).toHaveValue('');
    expect(await measureCount()).toBe(30);

    await user.click(within(screen.getByText(`2 tiltak er lagt til i ${REFERENCE}: nr. 29–30.`).closest('.ds-alert, [data-color]') as HTMLElement).getByRole('link', { name: `Se tiltakene i ${REFERENCE}` }));
    expect(location()).toBe(`/tiltak?plan=${ID}`);
    expect(await screen.findByText(/^Viser 30 av \d+ tiltak$/, { selector: '.explorer__count' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Utrede en ordning for veiledning av nyutdannede sykepleiere/ })).toHaveAttribute('href', `/tiltak/${ID}-29`);
    expect(screen.getByRole('link', { name: /Videreføre kompetanseløftet for helsefagarbeidere/ })).toHaveAttribute('href', `/tiltak/${ID}-30`);
  });

  it('a plan field changed but not saved stays in the form after measures are added, and saves on the new version', async () => {
    const { user } = await openEdit();
    await retitle(user);
    await pasteMeasures(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'plan');
    await user.click(screen.getByRole('button', { name: 'Legg til 2 tiltak' }));
    expect(await screen.findByText(`${REFERENCE}, versjon 2.`)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Tittel (bokmål)' })).toHaveValue(NEW_TITLE);
    await user.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    expect(await screen.findByText(`Endringene er lagret. ${REFERENCE} er nå versjon 3.`)).toBeInTheDocument();
    expect((await storedPlan()).title.nb).toBe(NEW_TITLE);
  });

  it('after a server error (500), says that nothing was saved and keeps the text and the preview', async () => {
    server.use(http.post('/api/plans/:id/measures', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    const { user } = await openEdit();
    await pasteMeasures(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'lov');
    await user.click(screen.getByRole('button', { name: 'Legg til 2 tiltak' }));
    const saved = await screen.findByText('Ingenting ble lagret. Alt du har skrevet, står her fortsatt.');
    expect(saved.closest('.plan-import__save-error')).toHaveTextContent(/feilkode 500/);
    expect(screen.getByRole('textbox', { name: 'Planens tekst' })).toHaveValue(NEW_MEASURES);
    expect(screen.getByRole('combobox', { name: 'Virkemiddel' })).toHaveValue('lov');
    expect(within(screen.getByRole('table', { name: 'Tiltakene som blir lagret' })).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText(`${REFERENCE}, versjon 1.`)).toBeInTheDocument();
    expect(await measureCount()).toBe(28);
    expect((await storedPlan()).version).toBe(1);
  });

  it('after someone else changed the plan (409), saves nothing, and adds the measures once the plan is loaded again', async () => {
    const { user } = await openEdit();
    await pasteMeasures(user);
    expect((await call('PATCH', `/api/plans/${ID}`, { token: TOKENS.admin, ifMatch: '"1"', body: { reference: REFERENCE } })).status).toBe(200);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'plan');
    await user.click(screen.getByRole('button', { name: 'Legg til 2 tiltak' }));
    expect(await screen.findByText('Planen er endret siden du hentet den (den er nå versjon 2).')).toBeInTheDocument();
    expect(await measureCount()).toBe(28);
    await user.click(screen.getByRole('button', { name: 'Hent planen på nytt' }));
    expect(await screen.findByText(`${REFERENCE}, versjon 2.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Legg til 2 tiltak' }));
    expect(await screen.findByText(`2 tiltak er lagt til i ${REFERENCE}: nr. 29–30.`)).toBeInTheDocument();
    expect(await measureCount()).toBe(30);
  });
});

describe('/planer/:id/rediger: loading, not found, errors, everyone else', () => {
  it('says that no plan has an unknown id, and links to the measures', async () => {
    renderRoute('/planer/finnes-ikke/rediger', { signedInAs: 'admin' });
    expect(await screen.findByText('Ingen plan har id-en «finnes-ikke».')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se alle tiltak' })).toHaveAttribute('href', '/tiltak');
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('says the same of an id no plan can have, without asking the API', async () => {
    renderRoute('/planer/Meld%20St%2026/rediger', { signedInAs: 'admin' });
    expect(await screen.findByText('Ingen plan har id-en «Meld St 26».')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('says when the plan cannot be loaded, and tries again', async () => {
    let fail = true;
    server.use(http.get('/api/plans/:id', () => (fail ? HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 }) : undefined)));
    const { user } = renderRoute(EDIT_PATH, { signedInAs: 'admin' });
    expect(await screen.findByRole('alert')).toHaveTextContent(/feilkode 500/);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(await screen.findByRole('form', { name: `Rediger ${REFERENCE}` })).toBeInTheDocument();
  });

  it('tells an editor that the page is for administrators, with no form and no link from the list', async () => {
    renderRoute(EDIT_PATH, { signedInAs: 'kari' });
    expect(await screen.findByRole('heading', { name: 'Registrering av planer er for administratorer' })).toBeInTheDocument();
    expect(screen.getByText(/Du er logget inn som Kari Nordmann \(redaktør\)\. Bare administratorer kan registrere planer\./)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Tittel (bokmål)' })).not.toBeInTheDocument();
  });

  it('shows no edit link on the plan’s list for an editor', async () => {
    renderRoute(`/tiltak?plan=${ID}`, { signedInAs: 'kari' });
    expect(await screen.findByText(OLD_TITLE, { selector: '.explorer__plan span' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rediger planen' })).not.toBeInTheDocument();
  });

  it.each(['nn', 'en'] as const)('%s: the page has every text', async (language) => {
    renderRoute(EDIT_PATH, { signedInAs: 'admin', language });
    await screen.findByRole('form', { name: language === 'en' ? `Edit ${REFERENCE}` : `Rediger ${REFERENCE}` });
    await screen.findByRole('form', { name: language === 'en' ? 'Add measures' : 'Legg til tiltak' });
    expect(document.body.textContent).not.toContain('⟦');
  });
});

describe('/planer/ny: a plan with that id exists (409)', () => {
  it('links to the edit page of that plan («Rediger den»)', async () => {
    const { user, location } = renderRoute('/planer/ny', { signedInAs: 'admin' });
    await screen.findByRole('form', { name: 'Ny plan' });
    await user.type(screen.getByRole('textbox', { name: 'Referanse' }), REFERENCE);
    await user.type(screen.getByRole('textbox', { name: 'Tittel (bokmål)' }), OLD_TITLE);
    await user.type(screen.getByLabelText('Lagt fram'), '2015-05-07');
    await user.type(screen.getByRole('textbox', { name: 'Kildens tittel' }), 'Regjeringen.no: Meld. St. 26 (2014–2015)');
    await user.type(screen.getByRole('textbox', { name: 'Adresse (URL)' }), 'https://www.regjeringen.no/no/dokumenter/meld.-st.-26-20142015/id2409890/');
    await user.click(screen.getByRole('textbox', { name: 'Planens tekst' }));
    await user.paste(NEW_MEASURES);
    await user.click(screen.getByRole('button', { name: 'Vis forhåndsvisning' }));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Virkemiddel' }), 'plan');
    await user.click(screen.getByRole('button', { name: 'Lagre plan og 2 tiltak' }));
    const edit = await screen.findByRole('link', { name: 'Rediger den' });
    expect(edit).toHaveAttribute('href', EDIT_PATH);
    await user.click(edit);
    expect(location()).toBe(EDIT_PATH);
    expect(await screen.findByRole('form', { name: `Rediger ${REFERENCE}` })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Tittel (bokmål)' })).toHaveValue(OLD_TITLE));
  });
});
