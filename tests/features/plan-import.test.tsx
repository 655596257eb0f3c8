import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { planListSchema } from '@/domain/api-contract';
import { call } from '../mocks/api-helpers';
import { renderRoute } from '../render';
import { xlsxFile } from './plans/xlsx-workbook';

/**
 * Seed 003, regjeringen.no's page of Meld. St. 26 (2014–2015): docs/sources keeps the copy that
 * tests/domain/plan-text-import.test.ts checks against ../shared/seeds/003_6c6a42c42452a36e.txt.
 */
const SEED = readFileSync(resolve(process.cwd(), 'docs/sources/seed-003-meld-st-26-regjeringen.txt'), 'utf8');
const NEW_ID = 'meld-st-99-2025-2026';

async function planIds(): Promise<string[]> {
  return planListSchema.parse((await call('GET', '/api/plans')).body).items.map((plan) => plan.id);
}

async function openForm() {
  const rendered = renderRoute('/planer/ny', { signedInAs: 'admin' });
  await screen.findByRole('form', { name: 'Ny plan' });
  return rendered;
}

/** Fills in the plan's fields as an admin would (the ministry is filled in already). */
async function fillPlan(user: UserEvent, reference = 'Meld. St. 99 (2025–2026)') {
  await user.type(screen.getByRole('textbox', { name: 'Referanse' }), reference);
  await user.type(screen.getByRole('textbox', { name: 'Tittel (bokmål)' }), 'Fremtidens primærhelsetjeneste, igjen');
  await user.type(screen.getByLabelText('Lagt fram'), '2026-03-01');
  await user.type(screen.getByRole('textbox', { name: 'Kildens tittel' }), 'Regjeringen.no: Meld. St. 99 (2025–2026)');
  await user.type(screen.getByRole('textbox', { name: 'Adresse (URL)' }), 'https://www.regjeringen.no/no/dokumenter/meld.-st.-99-20252026/id1/');
}

async function pasteSeed(user: UserEvent) {
  await user.click(screen.getByRole('textbox', { name: 'Planens tekst' }));
  await user.paste(SEED);
  await user.click(screen.getByRole('button', { name: 'Vis forhåndsvisning' }));
  return screen.findByRole('table', { name: 'Tiltakene som blir lagret' });
}

/** A file chosen with the file input, the way a person picks one. */
async function chooseFile(user: UserEvent, file: File) {
  await user.upload(screen.getByLabelText(/^Eller velg en fil/), file);
}

describe('/planer/ny for an admin: from the plan’s text to its measures', () => {
  it('previews the 28 measures of Meld. St. 26, saves them in one request, and shows them on /tiltak without a reload', async () => {
    const { user, location } = await openForm();
    expect(screen.getByRole('textbox', { name: 'Departement' })).toHaveValue('Helse- og omsorgsdepartementet');
    await fillPlan(user);
    expect(screen.getByRole('textbox', { name: 'Id' })).toHaveValue(NEW_ID);

    const table = await pasteSeed(user);
    expect(screen.getByText('28 tiltak blir lagret.')).toBeInTheDocument();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(28);
    const cells = (index: number) => within(rows[index] as HTMLElement).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(0)).toEqual(['1', 'Kompetanse', 'Lovfeste en liste over profesjoner som kommunene må ha for å gi innbyggerne tjenestene de trenger.', 'Ingen frist oppgitt', 'Ingen', 'Ingen']);
    // «Legge frem en ungdomshelsestrategi i 2016»: the words, and what they mean.
    expect(cells(10)).toEqual(['11', 'Barn og unge', 'Legge frem en ungdomshelsestrategi i 2016', 'i 2016', 'innen 2016', 'Ingen']);
    // The psychologist bullet is two measures; #15's deadline is read from #16's half.
    expect(cells(14).slice(0, 2)).toEqual(['15', 'Psykisk helse og rus']);
    expect(cells(14)[3]).toBe('plikten trer i kraft i 2020');
    expect(cells(14)[4]).toBe('fra 2020');
    expect(cells(14)[5]).toBe('Kulepunktet har to tiltak, og er delt i to.Fristen er lest fra den andre delen av kulepunktet.');
    expect(screen.queryByRole('heading', { name: /linjer? blir ikke lagret/ })).not.toBeInTheDocument();

    let posts = 0;
    server.use(
      http.post('/api/plans', () => {
        posts += 1;
        return undefined;
      }),
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'plan');
    expect(screen.getByRole('textbox', { name: 'Ansvarlig' })).toHaveValue('Helse- og omsorgsdepartementet');
    await user.click(screen.getByRole('button', { name: 'Lagre plan og 28 tiltak' }));

    expect(await screen.findByText('Meld. St. 99 (2025–2026) er lagret med 28 tiltak.')).toBeInTheDocument();
    expect(location()).toBe(`/tiltak?plan=${NEW_ID}`);
    expect(posts).toBe(1);
    expect(await screen.findByText(/^Viser 28 av \d+ tiltak$/, { selector: '.explorer__count' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /Lovfeste en liste over profesjoner/ }).map((link) => link.getAttribute('href'))).toContain(`/tiltak/${NEW_ID}-01`);

    const stored = await call('GET', `/api/measures?plan=${NEW_ID}&pageSize=1000`);
    const items = (stored.body as { items: { id: string; instrument: string; responsible: { nb: string }; deadline: { stated: { nb: string } } | null }[] }).items;
    expect(items).toHaveLength(28);
    expect(items[10]).toMatchObject({ id: `${NEW_ID}-11`, instrument: 'plan', responsible: { nb: 'Helse- og omsorgsdepartementet' }, deadline: { stated: { nb: 'i 2016' } } });
  });

  it('says what is missing before it sends anything, and links each error to its field', async () => {
    const { user } = await openForm();
    await pasteSeed(user);
    await user.click(screen.getByRole('button', { name: 'Lagre plan og 28 tiltak' }));
    const summary = await screen.findByRole('heading', { name: 'Rett dette før planen kan lagres:' });
    const list = summary.closest('ds-error-summary, [data-color], div') as HTMLElement;
    expect(within(list).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Referanse: Fyll ut feltet.',
      'Id: Fyll ut feltet.',
      'Tittel (bokmål): Fyll ut feltet.',
      'Lagt fram: Fyll ut feltet.',
      'Kildens tittel: Fyll ut feltet.',
      'Kildens adresse: Fyll ut feltet.',
      'Virkemiddel: Fyll ut feltet.',
    ]);
    expect(await planIds()).not.toContain(NEW_ID);
  });

  it.each([
    ['a server error (500)', HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 }), /Tjenesten har en feil akkurat nå \(feilkode 500\)/],
    [
      'a refusal with errors (400)',
      HttpResponse.json(
        { type: 'about:blank', title: 'The registration breaks a rule', status: 400, errors: [{ field: 'body.measures.items.3.areaId', code: 'unknown_area', message: 'No area has this id' }] },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
      /Tiltak 4: området finnes ikke/,
    ],
    ['a refusal of the admin (403)', HttpResponse.json({ type: 'about:blank', title: 'Forbidden', status: 403 }, { status: 403, headers: { 'Content-Type': 'application/problem+json' } }), /Bare administratorer kan registrere planer/],
    ['a network failure', HttpResponse.error(), /Fikk ikke kontakt med tjenesten/],
  ])('after %s, keeps the form as typed and says that nothing was saved', async (_name, answer, message) => {
    server.use(http.post('/api/plans', () => answer.clone()));
    const { user, location } = await openForm();
    await fillPlan(user);
    await pasteSeed(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'lov');
    await user.click(screen.getByRole('button', { name: 'Lagre plan og 28 tiltak' }));

    const alert = await screen.findByText('Ingenting ble lagret. Alt du har skrevet, står her fortsatt.');
    expect(alert.closest('[role="alert"], .plan-import__save-error')).toHaveTextContent(message);
    expect(location()).toBe('/planer/ny');
    expect(screen.getByRole('textbox', { name: 'Referanse' })).toHaveValue('Meld. St. 99 (2025–2026)');
    expect(screen.getByRole('textbox', { name: 'Planens tekst' })).toHaveValue(SEED);
    expect(screen.getByRole('combobox', { name: 'Virkemiddel' })).toHaveValue('lov');
    expect(within(screen.getByRole('table', { name: 'Tiltakene som blir lagret' })).getAllByRole('row')).toHaveLength(29);
    expect(await planIds()).not.toContain(NEW_ID);
  });

  it('says which plan has the id already (409), and saves nothing', async () => {
    const { user } = await openForm();
    await fillPlan(user, 'Meld. St. 26 (2014–2015)');
    await pasteSeed(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'plan');
    await user.click(screen.getByRole('button', { name: 'Lagre plan og 28 tiltak' }));
    expect(await screen.findByText('Det finnes allerede en plan med id-en meld-st-26-2014-2015: Meld. St. 26 (2014–2015). Velg en annen id.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se tiltakene i Meld. St. 26 (2014–2015)' })).toHaveAttribute('href', '/tiltak?plan=meld-st-26-2014-2015');
    const stored = await call('GET', '/api/measures?plan=meld-st-26-2014-2015&pageSize=1000');
    expect((stored.body as { items: unknown[] }).items).toHaveLength(28);
  });

  it('while saving, says so and takes no second click', async () => {
    let posts = 0;
    server.use(
      http.post('/api/plans', async () => {
        posts += 1;
        await delay(300);
        return undefined;
      }),
    );
    const { user } = await openForm();
    await fillPlan(user);
    await pasteSeed(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Virkemiddel' }), 'plan');
    await user.click(screen.getByRole('button', { name: 'Lagre plan og 28 tiltak' }));
    const busy = await screen.findByRole('button', { name: /Lagrer plan og 28 tiltak/ });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    await user.click(busy);
    expect(await screen.findByText('Meld. St. 99 (2025–2026) er lagret med 28 tiltak.')).toBeInTheDocument();
    expect(posts).toBe(1);
  });
});

describe('junk in, nothing saved', () => {
  it('says that there is no text when the field is empty', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Vis forhåndsvisning' }));
    expect(await screen.findByText('Det er ingen tekst å lese. Lim inn lista over tiltak, eller velg en fil.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Lagre plan/ })).not.toBeInTheDocument();
  });

  it('refuses a 10 MB file by its size, before reading it', async () => {
    const { user } = await openForm();
    const file = new File(['Kompetanse\n\n• Et tiltak'], 'melding.txt', { type: 'text/plain' });
    Object.defineProperty(file, 'size', { value: 10 * 1024 * 1024 });
    let read = false;
    Object.defineProperty(file, 'text', {
      value: () => {
        read = true;
        return Promise.resolve('');
      },
    });
    await chooseFile(user, file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fila melding.txt ble ikke lest.');
    expect(alert).toHaveTextContent('Teksten er for stor: høyst 1 MiB kan leses.');
    expect(read).toBe(false);
    expect(screen.getByRole('textbox', { name: 'Planens tekst' })).toHaveValue('');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('refuses binary content', async () => {
    const { user } = await openForm();
    await chooseFile(user, new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01])], 'melding.txt', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Dette er ikke tekst');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('previews an Excel file (.xlsx) of the template, and refuses a formula row and a date as the deadline', async () => {
    const { user } = await openForm();
    const workbook = xlsxFile('tiltak.xlsx', [
      ['område', 'tiltak', 'frist'],
      ['Kompetanse', 'Utvikle en handlingsplan for rekruttering', 'i 2016'],
      ['Ledelse', '=HYPERLINK("http://x.example")', null],
      ['Ledelse', 'Styrke ledelsen', { date: 42552 }],
      ['Ledelse', 'Videreføre arbeidet med ledelse', null],
    ]);
    await chooseFile(user, workbook);
    const table = await screen.findByRole('table', { name: 'Tiltakene som blir lagret' });
    expect(screen.getByText('Tiltakene er lest fra fila tiltak.xlsx.')).toBeInTheDocument();
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 5).map((cell) => cell.textContent))).toEqual([
      ['1', 'Kompetanse', 'Utvikle en handlingsplan for rekruttering', 'i 2016', 'innen 2016'],
      ['2', 'Ledelse', 'Videreføre arbeidet med ledelse', 'Ingen frist oppgitt', 'Ingen'],
    ]);
    expect(screen.getByRole('heading', { name: '2 linjer blir ikke lagret' })).toBeInTheDocument();
    const problems = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(problems.find((text) => text.startsWith('Linje 3'))).toMatch(/En celle begynner med =, \+, - eller @/);
    expect(problems.find((text) => text.startsWith('Linje 4'))).toMatch(/Fristen står som et tall eller en dato i arket\. Skriv den som tekst med planens ord/);
    expect(screen.getByRole('button', { name: 'Lagre plan og 2 tiltak' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Planens tekst' })).toHaveValue('');
  });

  it.each([
    ['a text file renamed .xlsx', new File(['område;tiltak;frist\nLedelse;A;\n'], 'tiltak.xlsx'), 'Fila er ikke en Excel-fil som kan leses.'],
    ['random bytes', new File([new Uint8Array(2048).map((_, index) => (index * 31 + 7) % 256)], 'tiltak.xlsx'), 'Fila er ikke en Excel-fil som kan leses.'],
    ['an empty sheet', xlsxFile('tiltak.xlsx', []), 'Det første arket i fila er tomt.'],
    ['other columns', xlsxFile('tiltak.xlsx', [['tittel', 'ansvar'], ['Et tiltak', 'HOD']]), 'Kolonnene stemmer ikke med malen.'],
  ])('refuses %s with a reason, and saves nothing', async (_, file, reason) => {
    const { user } = await openForm();
    await chooseFile(user, file);
    expect(await screen.findByText(new RegExp(reason.replace(/[.]/g, '\\.')))).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Lagre plan/ })).not.toBeInTheDocument();
    expect(await planIds()).not.toContain(NEW_ID);
  });

  it('refuses an .xlsx file over 1 MiB by its size, before reading it', async () => {
    const { user } = await openForm();
    const file = xlsxFile('tiltak.xlsx', [['område', 'tiltak', 'frist']]);
    Object.defineProperty(file, 'size', { value: 3 * 1024 * 1024 });
    let read = false;
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    await chooseFile(user, file);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fila tiltak.xlsx ble ikke lest.');
    expect(alert).toHaveTextContent('Teksten er for stor: høyst 1 MiB kan leses.');
    expect(read).toBe(false);
  });

  it('reads a .txt file into the text field, and previews it', async () => {
    const { user } = await openForm();
    await chooseFile(user, new File([SEED], 'meld-st-26.txt', { type: 'text/plain' }));
    expect(await screen.findByText('Teksten i fila meld-st-26.txt står nå i tekstfeltet.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Planens tekst' })).toHaveValue(SEED);
    expect(within(await screen.findByRole('table', { name: 'Tiltakene som blir lagret' })).getAllByRole('row')).toHaveLength(29);
  });

  it('previews a CSV file of the template, and says which rows it could not use', async () => {
    const { user } = await openForm();
    const csv = ['område;tiltak;frist', 'Kompetanse;Utvikle en handlingsplan for rekruttering;i 2016', 'Ledelse;=HYPERLINK("http://x.example");', 'Ukjent sted;Et tiltak;', 'Ledelse;Videreføre arbeidet med ledelse;'].join('\n');
    await chooseFile(user, new File([csv], 'tiltak.csv', { type: 'text/csv' }));
    const table = await screen.findByRole('table', { name: 'Tiltakene som blir lagret' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(0, 5).map((cell) => cell.textContent))).toEqual([
      ['1', 'Kompetanse', 'Utvikle en handlingsplan for rekruttering', 'i 2016', 'innen 2016'],
      ['2', 'Ledelse', 'Videreføre arbeidet med ledelse', 'Ingen frist oppgitt', 'Ingen'],
    ]);
    expect(screen.getByRole('heading', { name: '2 linjer blir ikke lagret' })).toBeInTheDocument();
    const problems = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(problems.find((text) => text.startsWith('Linje 3'))).toMatch(/En celle begynner med =, \+, - eller @/);
    expect(problems.find((text) => text.startsWith('Linje 4'))).toMatch(/Området «Ukjent sted» finnes ikke i Tiltaksmonitor/);
    expect(screen.getByRole('button', { name: 'Lagre plan og 2 tiltak' })).toBeInTheDocument();
  });

  it('refuses a CSV file whose columns are not the template’s', async () => {
    const { user } = await openForm();
    await chooseFile(user, new File(['tittel;ansvar\nEt tiltak;HOD\n'], 'tiltak.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/Kolonnene stemmer ikke med malen\. Første rad må være «område;tiltak;frist» eller «area,measure,deadline»\./)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Lagre plan/ })).not.toBeInTheDocument();
  });
});

describe('/planer/ny in every language', () => {
  it.each([
    ['nn', 'Teksten i planen', 'Vis førehandsvising', 'Tiltaka som blir lagra', 'Lagre plan og 28 tiltak', 'innan 2016'],
    ['en', 'The plan\'s text', 'Show preview', 'The measures that will be saved', 'Save the plan and 28 measures', 'by 2016'],
  ] as const)('%s: the form and the preview have every text', async (language, textLabel, show, caption, save, meaning) => {
    const { user } = renderRoute('/planer/ny', { signedInAs: 'admin', language });
    await user.click(await screen.findByRole('textbox', { name: textLabel }));
    await user.paste(SEED);
    await user.click(screen.getByRole('button', { name: show }));
    const table = await screen.findByRole('table', { name: caption });
    expect(within(within(table).getAllByRole('row')[11] as HTMLElement).getAllByRole('cell')[4]).toHaveTextContent(meaning);
    expect(screen.getByRole('button', { name: save })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('⟦');
  });
});

describe('/planer/ny for everyone else', () => {
  it('tells a reader (not signed in) that it is for administrators and how to sign in, with no form', async () => {
    renderRoute('/planer/ny');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ny plan' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Registrering av planer er for administratorer' })).toBeInTheDocument();
    expect(screen.getByText(/Du er ikke logget inn\. Logg inn som administrator i valget «Innlogget som \(demo\)» øverst på siden/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Planens tekst' })).not.toBeInTheDocument();
  });

  it('tells an editor the same, by name and role', async () => {
    renderRoute('/planer/ny', { signedInAs: 'kari' });
    expect(await screen.findByText(/Du er logget inn som Kari Nordmann \(redaktør\)\. Bare administratorer kan registrere planer\./)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('links to the page from the footer for admins only', async () => {
    const { user, location } = renderRoute('/om', { signedInAs: 'admin' });
    await screen.findByRole('heading', { level: 1 });
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Registrer en ny plan' }));
    expect(location()).toBe('/planer/ny');
    expect(await screen.findByRole('form', { name: 'Ny plan' })).toBeInTheDocument();
  });

  it('has no such link for an editor', async () => {
    renderRoute('/om', { signedInAs: 'kari' });
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(within(screen.getByRole('contentinfo')).queryByRole('link', { name: 'Registrer en ny plan' })).not.toBeInTheDocument());
  });
});
