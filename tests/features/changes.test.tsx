import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { configureMock } from '@mocks/config';
import { measureDetailSchema } from '@/domain/api-contract';
import { call, TOKENS } from '../mocks/api-helpers';
import { renderRoute } from '../render';
import { captureDownloads } from '../support/downloads';

const KARI = 'Kari Nordmann (Helse- og omsorgsdepartementet (demo))';
const OLA = 'Ola Nordmann (Helse- og omsorgsdepartementet (demo))';
const MELD_ST_26 = 'meld-st-26-2014-2015';

async function change(id: string, token: string, body: Record<string, unknown>) {
  const before = measureDetailSchema.parse((await call('GET', `/api/measures/${id}`)).body);
  const response = await call('PATCH', `/api/measures/${id}`, { token, ifMatch: `"${before.version}"`, body: { language: 'nb', effective: { date: '2026-11-20', precision: 'day' }, ...body } });
  expect(response.status).toBe(200);
}

async function twoEdits() {
  await change('ms26-28', TOKENS.editor, { type: 'status', to: 'at_risk', reason: 'Forskriften er forsinket', source: { title: 'Høringsnotat', url: 'https://www.regjeringen.no/horing' } });
  await change('ms26-13', TOKENS.otherEditor, { type: 'note', text: 'Ola noterer' });
}

function table() {
  return screen.findByRole('table', { name: 'Endringer, den nyeste registrerte først' });
}

function bodyRows(element: HTMLElement) {
  return within(element).getAllByRole('row').slice(1);
}

describe('the log of changes (/endringer)', () => {
  it('is in the main menu and shows who changed what, when, why and on what source, newest first', async () => {
    await twoEdits();
    const { user } = renderRoute('/');
    await user.click(within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('link', { name: 'Endringer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Endringer' })).toBeInTheDocument();
    const rows = bodyRows(await table());
    // Ola's note was recorded last.
    expect(rows[0]).toHaveTextContent('Merknad');
    expect(rows[0]).toHaveTextContent('Ola noterer');
    const kari = rows[1] as HTMLElement;
    expect(within(kari).getByRole('link', { name: 'Meld. St. 26 (2014–2015) nr. 28' })).toHaveAttribute('href', '/tiltak/ms26-28');
    expect(kari).toHaveTextContent('Status: Pågår → I fare');
    expect(kari).toHaveTextContent('Forskriften er forsinket');
    expect(kari).toHaveTextContent(KARI);
    expect(kari).toHaveTextContent('20. november 2026');
    expect(within(kari).getByRole('link', { name: 'Høringsnotat' })).toHaveAttribute('href', 'https://www.regjeringen.no/horing');
  });

  it('reads its filters from the address and puts new ones there, from the first page', async () => {
    await twoEdits();
    const { user, location } = renderRoute(`/endringer?plan=${MELD_ST_26}&user=${encodeURIComponent(KARI)}&page=1`);
    const rows = bodyRows(await table());
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Forskriften er forsinket');
    expect(screen.getByText('Viser 1–1 av 1, den nyeste registrerte først.')).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Filtrer endringene' });
    expect(within(form).getByRole('combobox', { name: 'Plan' })).toHaveValue(MELD_ST_26);
    expect(within(form).getByRole('combobox', { name: 'Hvem' })).toHaveValue(KARI);

    await user.selectOptions(within(form).getByRole('combobox', { name: 'Hvem' }), OLA);
    await user.type(within(form).getByLabelText('Registrert fra og med'), '2026-11-23');
    await user.click(within(form).getByRole('button', { name: 'Vis endringene' }));
    await waitFor(() => expect(location()).toMatch(/^\/endringer\?/));
    expect([...new URLSearchParams(location().split('?')[1])]).toEqual([
      ['plan', MELD_ST_26],
      ['user', OLA],
      ['from', '2026-11-23'],
    ]);
    await waitFor(() => expect(bodyRows(screen.getByRole('table'))[0]).toHaveTextContent('Ola noterer'));
    expect(bodyRows(screen.getByRole('table'))).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Fjern filtrene' }));
    await waitFor(() => expect(location()).toBe('/endringer'));
  });

  it('pages through the log with links that keep the filters', async () => {
    const { user, location } = renderRoute(`/endringer?plan=${MELD_ST_26}`);
    await table();
    const pages = screen.getByRole('navigation', { name: 'Sider' });
    expect(pages).toHaveTextContent(/Side 1 av \d+/);
    await user.click(within(pages).getByRole('link', { name: 'Neste side' }));
    await waitFor(() => expect(location()).toBe(`/endringer?plan=${MELD_ST_26}&page=2`));
    expect(await screen.findByText(/^Viser 51–/)).toBeInTheDocument();
  });

  it.each([
    ['CSV', ',', 'endringer-2026-11-23.csv'],
    ['CSV (norsk Excel)', ';', 'endringer-semikolon-2026-11-23.csv'],
  ])('downloads every change that matches as %s, not only the page shown', async (button, delimiter, fileName) => {
    await twoEdits();
    const files = captureDownloads();
    const { user } = renderRoute(`/endringer?user=${encodeURIComponent(KARI)}`);
    await table();
    await user.click(within(screen.getByRole('group', { name: 'Last ned endringene' })).getByRole('button', { name: button }));
    expect(await screen.findByText(`Lastet ned ${fileName}.`)).toBeInTheDocument();
    const [file] = files;
    if (!file) throw new Error('nothing downloaded');
    expect(file.name).toBe(fileName);
    const parsed = Papa.parse<Record<string, string>>(await file.blob.text(), { header: true, delimiter, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((row) => [row.measure_id, row.plan, row.change, row.status_from, row.status_to, row.reason, row.source_url, row.by, row.effective])).toEqual([
      ['ms26-28', 'Meld. St. 26 (2014–2015)', 'status', 'Pågår', 'I fare', 'Forskriften er forsinket', 'https://www.regjeringen.no/horing', KARI, '2026-11-20'],
    ]);
  });

  it('downloads as JSON every change of the filters, with the filters and the count', async () => {
    const files = captureDownloads();
    const { user } = renderRoute(`/endringer?plan=${MELD_ST_26}`);
    await table();
    const total = Number(/av (\d+)/.exec(screen.getByText(/^Viser 1–50 av/).textContent)?.[1]);
    await user.click(within(screen.getByRole('group', { name: 'Last ned endringene' })).getByRole('button', { name: 'JSON' }));
    await screen.findByText('Lastet ned endringer-2026-11-23.json.');
    const document = JSON.parse(await (files[0] as { blob: Blob }).blob.text()) as { count: number; filters: unknown; items: { planId: string }[]; synthetic: boolean };
    expect(total).toBeGreaterThan(50);
    expect(document).toMatchObject({ count: total, filters: { plan: [MELD_ST_26] }, synthetic: false });
    expect(document.items).toHaveLength(total);
    expect(document.items.every((item) => item.planId === MELD_ST_26)).toBe(true);
  });

  it('says so when no change matches', async () => {
    renderRoute('/endringer?from=2026-11-24');
    expect(await screen.findByText('Ingen endringer passer til filtrene.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('names dates in the wrong order and shows the log without them', async () => {
    renderRoute('/endringer?from=2026-12-01&to=2026-01-01');
    await table();
    expect(screen.getByText('Fra-datoen er etter til-datoen. Datoene er ikke brukt før de er rettet.')).toBeInTheDocument();
  });

  it('says when the log cannot be read, with a way to try again', async () => {
    configureMock({ fault: 'error500' });
    const { user } = renderRoute('/endringer');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt');
    configureMock({ fault: 'none' });
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await table()).toBeInTheDocument();
  });
});
