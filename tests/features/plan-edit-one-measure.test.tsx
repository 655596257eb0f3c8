import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { call, TOKENS } from '../mocks/api-helpers';
import { renderRoute } from '../render';

const ID = 'meld-st-26-2014-2015';
const REFERENCE = 'Meld. St. 26 (2014–2015)';
const EDIT_PATH = `/planer/${ID}/rediger`;
const TEXT = 'Innføre en veiledningsordning for nyutdannede sykepleiere i kommunene';

async function measureCount(): Promise<number> {
  const stored = await call('GET', `/api/measures?plan=${ID}&pageSize=1000`);
  return (stored.body as { items: unknown[] }).items.length;
}

async function openForm() {
  const rendered = renderRoute(EDIT_PATH, { signedInAs: 'admin' });
  const form = await screen.findByRole('form', { name: 'Legg til ett tiltak' });
  return { ...rendered, form };
}

function recordPosts() {
  const sent: unknown[] = [];
  server.use(
    http.post('/api/plans/:id/measures', async ({ request }) => {
      sent.push(await request.clone().json());
      return undefined;
    }),
  );
  return sent;
}

async function fill(user: UserEvent, form: HTMLElement, { deadline = 'fra 2027', area = true, instrument = true, text = TEXT } = {}) {
  const areaSelect = within(form).getByRole('combobox', { name: 'Området for tiltaket' });
  if (area) await user.selectOptions(areaSelect, within(areaSelect).getAllByRole('option')[1] as HTMLOptionElement);
  if (text !== '') await user.type(within(form).getByRole('textbox', { name: 'Tiltakets tekst' }), text);
  if (deadline !== '') await user.type(within(form).getByRole('textbox', { name: /Frist med planens ord/ }), deadline);
  if (instrument) await user.selectOptions(within(form).getByRole('combobox', { name: /Virkemiddel for tiltaket/ }), 'plan');
}

describe('/planer/:id/rediger: «Legg til ett tiltak»', () => {
  it('saves one measure with «fra 2027», and the plan’s list shows it', async () => {
    const sent = recordPosts();
    const { user, form, location } = await openForm();
    expect(within(form).getByRole('textbox', { name: 'Ansvarlig for tiltaket' })).toHaveValue('Helse- og omsorgsdepartementet');
    await fill(user, form);
    expect(within(form).getByText(/fra 2027 →/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lagre tiltaket' }));
    expect(await within(form).findByText(`Tiltak 29 er lagt til i ${REFERENCE}.`)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect((sent[0] as { items: unknown[] }).items).toHaveLength(1);
    expect(await measureCount()).toBe(29);
    await user.click(within(form).getByRole('link', { name: `Se tiltakene i ${REFERENCE}` }));
    expect(location()).toBe(`/tiltak?plan=${ID}`);
    expect(await screen.findAllByText(TEXT)).not.toHaveLength(0);
  });

  it('links to the new measure, whose history starts with its creation by Ada Admin', async () => {
    const { user, form, location } = await openForm();
    await fill(user, form);
    await user.click(within(form).getByRole('button', { name: 'Lagre tiltaket' }));
    await user.click(await within(form).findByRole('link', { name: 'Se tiltak 29' }));
    expect(location()).toMatch(/^\/tiltak\/[^/?]+$/u);
    expect(await screen.findByRole('heading', { level: 1, name: TEXT })).toBeInTheDocument();
    const history = (await screen.findByRole('heading', { name: 'Historikk' })).closest('section') ?? document.body;
    const first = within(history).getAllByText(/Tiltaket står i planen/)[0] as HTMLElement;
    expect(first.closest('li, tr, article') ?? history).toHaveTextContent('Ada Admin');
  });

  it('shows the error summary and sends nothing when area, text and instrument are missing', async () => {
    const sent = recordPosts();
    const { user, form } = await openForm();
    await user.click(within(form).getByRole('button', { name: 'Lagre tiltaket' }));
    const summary = await screen.findByText('Rett dette før planen kan lagres:');
    expect(summary).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    expect(await measureCount()).toBe(28);
  });

  it('reads a bare year as the import reads a `frist` cell (by that year), and saves it so', async () => {
    const sent = recordPosts();
    const { user, form } = await openForm();
    await fill(user, form, { deadline: '2030' });
    expect(within(form).queryByText(/ble ikke forstått som en frist/)).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lagre tiltaket' }));
    expect(await within(form).findByText(`Tiltak 29 er lagt til i ${REFERENCE}.`)).toBeInTheDocument();
    expect((sent[0] as { items: { deadline: unknown }[] }).items[0]?.deadline).toEqual({
      stated: { nb: '2030' },
      point: { date: '2030-01-01', precision: 'year' },
      kind: 'by',
    });
  });

  it('refuses deadline words it cannot read, and sends nothing', async () => {
    const sent = recordPosts();
    const { user, form } = await openForm();
    await fill(user, form, { deadline: 'snart' });
    expect(within(form).getByText(/Ordene «snart» ble ikke forstått som en frist/)).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lagre tiltaket' }));
    expect(sent).toHaveLength(0);
    expect(await measureCount()).toBe(28);
  });

  it('after a server error (500), keeps the form and says nothing was saved', async () => {
    server.use(http.post('/api/plans/:id/measures', () => HttpResponse.json({ type: 'about:blank', title: 'Internal Server Error', status: 500 }, { status: 500 })));
    const { user, form } = await openForm();
    await fill(user, form);
    await user.click(within(form).getByRole('button', { name: 'Lagre tiltaket' }));
    expect(await within(form).findByText(/feilkode 500/)).toBeInTheDocument();
    expect(within(form).getByText(/Ingenting ble lagret/)).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Tiltakets tekst' })).toHaveValue(TEXT);
    expect(await measureCount()).toBe(28);
  });

  it('after someone else changed the plan (409), says so (not «the id is taken»), saves nothing, and saves once the plan is loaded again', async () => {
    const { user, form } = await openForm();
    await fill(user, form);
    expect((await call('PATCH', `/api/plans/${ID}`, { token: TOKENS.admin, ifMatch: '"1"', body: { title: { nb: 'Endret av en annen' } } })).status).toBe(200);
    await user.click(within(form).getByRole('button', { name: 'Lagre tiltaket' }));
    expect(await within(form).findByText('Planen er endret siden du hentet den (den er nå versjon 2).')).toBeInTheDocument();
    expect(within(form).queryByText(/Rediger den/)).not.toBeInTheDocument();
    expect(await measureCount()).toBe(28);
    await user.click(within(form).getByRole('button', { name: 'Hent planen på nytt' }));
    await user.click(await within(form).findByRole('button', { name: 'Lagre tiltaket' }));
    expect(await within(form).findByText(/Tiltak 29 er lagt til/)).toBeInTheDocument();
    expect(await measureCount()).toBe(29);
  });
});
