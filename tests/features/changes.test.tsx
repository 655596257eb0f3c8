import { screen, waitFor, within } from '@testing-library/react';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { configureMock } from '@mocks/config';
import { measureDetailSchema } from '@/domain/api-contract';
import { CHANGE_LOG_EXPORT_DICTIONARY } from '@/domain/export-dictionary';
import { CHANGE_LOG_COLUMNS, type ChangeLogColumn } from '@/features/changes/utils/change-log-export';
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
    // The «norsk Excel» file has Norwegian headers (the data dictionary's), the other the stable identifiers.
    const column = (name: ChangeLogColumn) => (delimiter === ';' ? CHANGE_LOG_EXPORT_DICTIONARY[name].header.nb : name);
    expect(parsed.meta.fields).toEqual(CHANGE_LOG_COLUMNS.map(column));
    const cells = (...names: ChangeLogColumn[]) => parsed.data.map((row) => names.map((name) => row[column(name)]));
    expect(cells('measure_id', 'plan', 'change', 'status_from', 'status_to', 'reason', 'source_url', 'by', 'effective')).toEqual([
      ['ms26-28', 'Meld. St. 26 (2014–2015)', 'status', 'Pågår', 'I fare', 'Forskriften er forsinket', 'https://www.regjeringen.no/horing', KARI, '2026-11-20'],
    ]);
  });

  it('offers a dictionary of the columns beside the downloads, as a file with the delimiter of the CSV saved before it', async () => {
    const files = captureDownloads();
    const { user } = renderRoute('/endringer');
    await table();
    const toolbar = screen.getByRole('group', { name: 'Last ned endringene' });
    expect(within(toolbar).getAllByRole('button').map((button) => button.textContent)).toEqual(['CSV', 'CSV (norsk Excel)', 'JSON', 'Kolonnebeskrivelse (CSV)']);

    await user.click(screen.getByText('Om kolonnene', { selector: 'summary' }));
    const recorded = await screen.findByText('recorded_at');
    expect(recorded.closest('div')).toHaveTextContent(/^recorded_at \(Registrert\)Når endringen ble registrert i Tiltaksmonitor/);
    expect(screen.getByText('text_language').closest('div')).toHaveTextContent(/En historikk oversettes ikke\.$/);

    const dictionary = async (delimiter: ',' | ';') => {
      await user.click(within(toolbar).getByRole('button', { name: 'Kolonnebeskrivelse (CSV)' }));
      await waitFor(() => expect(files.at(-1)?.name).toBe('endringer-2026-11-23-kolonner.csv'));
      const parsed = Papa.parse<Record<string, string>>((await files.at(-1)?.blob.text()) ?? '', { header: true, delimiter, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      return parsed.data;
    };
    // Before any data file: commas. After the CSV for Norwegian Excel: semicolons, so that it opens in columns there too.
    expect((await dictionary(',')).map((row) => row.column)).toEqual([...CHANGE_LOG_COLUMNS]);
    await user.click(within(toolbar).getByRole('button', { name: 'CSV (norsk Excel)' }));
    await within(toolbar).findByText('Lastet ned endringer-semikolon-2026-11-23.csv.');
    const rows = await dictionary(';');
    expect(rows.map((row) => row.column)).toEqual([...CHANGE_LOG_COLUMNS]);
    expect(rows.find((row) => row.column === 'deadline_to')).toMatchObject({ norwegian_header: 'Frist etter', meaning: expect.stringMatching(/^Fristen etter endringen/) as unknown });
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
    // The fields keep what the address says, beside the message, so that it can be put right.
    const form = screen.getByRole('form', { name: 'Filtrer endringene' });
    expect(within(form).getByLabelText('Registrert fra og med')).toHaveValue('2026-12-01');
    expect(within(form).getByLabelText('Registrert til og med')).toHaveValue('2026-01-01');
  });

  it.each([
    ['nb', 'Filtrer endringene', 'Registrert fra og med', 'Registrert til og med', 'Vis endringene', 'Fra-datoen er etter til-datoen. Datoene er ikke brukt før de er rettet.'],
    ['nn', 'Filtrer endringane', 'Registrert frå og med', 'Registrert til og med', 'Vis endringane', 'Frå-datoen er etter til-datoen. Datoane er ikkje brukte før dei er retta.'],
    ['en', 'Filter the changes', 'Recorded from', 'Recorded until (inclusive)', 'Show the changes', 'The from date is after the to date. The dates are not used until they are corrected.'],
  ] as const)('in %s, says at once that the from date typed is after the to date, and keeps both', async (language, formName, fromLabel, toLabel, apply, message) => {
    const { user, location } = renderRoute('/endringer', { language });
    await screen.findByRole('table');
    const form = screen.getByRole('form', { name: formName });
    await user.type(within(form).getByLabelText(fromLabel), '2026-12-01');
    await user.type(within(form).getByLabelText(toLabel), '2026-01-01');
    await user.click(within(form).getByRole('button', { name: apply }));
    expect(within(form).getByText(message)).toBeInTheDocument();
    expect(within(form).getByLabelText(fromLabel)).toHaveValue('2026-12-01');
    expect(within(form).getByLabelText(toLabel)).toHaveValue('2026-01-01');
    // The field to put right has focus, and the address (and the log shown) stays as it was.
    expect(within(form).getByLabelText(fromLabel)).toHaveFocus();
    expect(location()).toBe('/endringer');

    await user.clear(within(form).getByLabelText(toLabel));
    await user.type(within(form).getByLabelText(toLabel), '2026-12-31');
    await user.click(within(form).getByRole('button', { name: apply }));
    await waitFor(() => expect(location()).toBe('/endringer?from=2026-12-01&to=2026-12-31'));
    expect(screen.queryByText(message)).not.toBeInTheDocument();
  });

  it('names a date in the address that is not a date, shows the log without it, and keeps the other date', async () => {
    const { user, location } = renderRoute('/endringer?from=2026-02-30&to=2026-11-23');
    await table();
    const form = screen.getByRole('form', { name: 'Filtrer endringene' });
    expect(within(form).getByText('«2026-02-30» i adressen er ikke en gyldig dato og er ikke brukt.')).toBeInTheDocument();
    expect(within(form).getByLabelText('Registrert til og med')).toHaveValue('2026-11-23');
    // A date field cannot hold what is not a date: it shows as empty, and sending the form leaves it out.
    expect(within(form).getByLabelText('Registrert fra og med')).toHaveValue('');
    await user.click(within(form).getByRole('button', { name: 'Vis endringene' }));
    await waitFor(() => expect(location()).toBe('/endringer?to=2026-11-23'));
    expect(screen.queryByText(/i adressen er ikke en gyldig dato/)).not.toBeInTheDocument();
  });

  it('moves focus to the result count after paging, also when the link used is gone', async () => {
    const { user } = renderRoute(`/endringer?plan=${MELD_ST_26}`);
    await table();
    const pages = screen.getByRole('navigation', { name: 'Sider' });
    const count = Number(/av (\d+)/.exec(pages.textContent)?.[1]);
    const first = screen.getByText(/^Viser 1–50 av/);
    // Not on the first load: the page's own focus handling applies there.
    expect(first).not.toHaveFocus();
    for (let page = 2; page <= count; page += 1) {
      await user.click(within(screen.getByRole('navigation', { name: 'Sider' })).getByRole('link', { name: 'Neste side' }));
      await waitFor(() => expect(screen.getByText(new RegExp(`^Viser ${String((page - 1) * 50 + 1)}–`))).toHaveFocus());
    }
    expect(within(screen.getByRole('navigation', { name: 'Sider' })).queryByRole('link', { name: 'Neste side' })).not.toBeInTheDocument();
  });

  it('moves focus to what is shown after filtering: the count, or that nothing matches', async () => {
    const { user, location } = renderRoute('/endringer');
    await table();
    const form = () => screen.getByRole('form', { name: 'Filtrer endringene' });
    await user.type(within(form()).getByLabelText('Registrert fra og med'), '2026-11-24');
    await user.click(within(form()).getByRole('button', { name: 'Vis endringene' }));
    await waitFor(() => expect(screen.getByText('Ingen endringer passer til filtrene.')).toHaveFocus());

    await user.click(screen.getByRole('link', { name: 'Fjern filtrene' }));
    await waitFor(() => expect(location()).toBe('/endringer'));
    await waitFor(() => expect(screen.getByText(/^Viser 1–50 av/)).toHaveFocus());
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
