import { screen, within } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '@mocks/fixtures';
import { server } from '@mocks/node';
import { descriptorJson } from '@/domain/data-package';
import { publishedDataPackage } from '../../scripts/data-package-published';
import { renderRoute } from '../render';
import { TEST_TODAY } from '../test-date';

/** The demo serves the published dataset's files beside the app (dist/data/, written by the build): here through msw. */
const pkg = publishedDataPackage(new Date('2026-11-23T10:00:00Z'), TEST_TODAY);
const DESCRIPTOR = `${window.location.origin}/data/datapackage.json`;

const descriptorBody = (): JsonBodyType => JSON.parse(descriptorJson(pkg.descriptor)) as JsonBodyType;

function serveDescriptor(body: JsonBodyType = descriptorBody(), status = 200) {
  server.use(http.get('*/data/datapackage.json', () => HttpResponse.json(body, { status })));
}

function filesTable() {
  return screen.findByRole('table', { name: 'Filene i datapakken' });
}

describe('the open data page (/data)', () => {
  it('says what is in the package, file by file with its rows, and links to each file', async () => {
    serveDescriptor();
    renderRoute('/data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Åpne data' })).toBeInTheDocument();
    const rows = within(await filesTable()).getAllByRole('row').slice(1);
    const fieldCount = (index: number) => String(pkg.descriptor.resources[index]?.schema.fields.length);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual(
      [
        ['Planer', 'plans.csv', '15'],
        ['Områder', 'areas.csv', '7'],
        ['Tiltak', 'measures.csv', '39'],
        ['Historikk', 'history.csv', '110'],
        ['Plikter for kommunene', 'obligations.csv', '8'],
        ['Pliktene til hvert tiltak', 'measure_obligations.csv', '11'],
        ['Oppfølging av hvert tiltak', 'measure_follow_ups.csv', '6'],
        ['Kilder', 'sources.csv', '102'],
        ['Kommuner', 'municipalities.csv', '357'],
      ].map((cells, index) => [...cells, fieldCount(index)]),
    );
    expect(fieldCount(2)).toBe('46');
    expect(within(rows[2] as HTMLElement).getByRole('link', { name: 'measures.csv' })).toHaveAttribute('href', `${window.location.origin}/data/measures.csv`);
    expect(screen.getByRole('link', { name: 'datapackage.json' })).toHaveAttribute('href', DESCRIPTOR);
    expect(screen.getByText(`Versjon ${DATASET_VERSION}, laget 23. november 2026 kl. 11:00. Status, frister og fullføring er regnet ut per 23. november 2026.`)).toBeInTheDocument();
    expect(screen.getByText('I demoen er filene det publiserte datasettet, uten endringer som er gjort i denne nettleseren.')).toBeInTheDocument();
  });

  it('lists each file’s fields with their types, keys and what they refer to', async () => {
    serveDescriptor();
    const { user } = renderRoute('/data');
    await user.click(await screen.findByText('Tiltak (measures.csv): 46 felt'));
    const fields = screen.getByRole('table', { name: 'Feltene i Tiltak' });
    const row = (name: string) => within(fields).getByRole('rowheader', { name }).closest('tr') as HTMLElement;
    expect(row('id')).toHaveTextContent('primærnøkkel, påkrevd');
    expect(row('plan_id')).toHaveTextContent('viser til plans.id, påkrevd');
    expect(row('replaced_by')).toHaveTextContent('viser til measures.id');
    expect(row('uncertain')).toHaveTextContent('boolean');
    expect(within(row('uncertain')).getByText(/change is known only to a year or a month/)).toHaveAttribute('lang', 'en');
  });

  it('says how to cite it: a citation line with the version and the date of the data, and the licence', async () => {
    serveDescriptor();
    renderRoute('/data');
    expect(await screen.findByRole('heading', { level: 2, name: 'Slik siterer du datasettet' })).toBeInTheDocument();
    expect(
      screen.getByText(
        `Tiltaksmonitor (2026). Tiltaksmonitor: the measures of Norwegian white papers and what became of them (versjon ${DATASET_VERSION}) [datasett]. Data per 2026-11-23. ${DESCRIPTOR}`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/CITATION\.cff/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Creative Commons Attribution 4.0 International' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by/4.0/');
    expect(screen.getByText(`frictionless validate ${DESCRIPTOR}`)).toBeInTheDocument();
  });

  it.each([
    ['nn', 'Opne data', 'Filene i datapakken', 'Planar', 'Slik siterer du datasettet'],
    ['en', 'Open data', 'The files of the data package', 'Plans', 'How to cite it'],
  ] as const)('in %s', async (language, title, caption, plans, cite) => {
    serveDescriptor();
    renderRoute('/data', { language });
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(within(await screen.findByRole('table', { name: caption })).getByRole('rowheader', { name: plans })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: cite })).toBeInTheDocument();
  });

  it('is linked from the footer of every page', async () => {
    serveDescriptor();
    const { user, location } = renderRoute('/');
    await user.click(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Åpne data' }));
    expect(location()).toBe('/data');
    expect(await screen.findByRole('heading', { level: 1, name: 'Åpne data' })).toBeInTheDocument();
  });

  it('is linked from the analysis, for researchers', async () => {
    serveDescriptor();
    const { user, location } = renderRoute('/analyse');
    await user.click(await screen.findByRole('link', { name: 'Hele datagrunnlaget, med historikk og kilder, kan lastes ned som åpne data.' }));
    expect(location()).toBe('/data');
    expect(await filesTable()).toBeInTheDocument();
  });

  it('says so when the package cannot be read, and tries again', async () => {
    let fail = true;
    server.use(http.get('*/data/datapackage.json', () => (fail ? HttpResponse.json({ type: 'about:blank', title: 'Feil', status: 500 }, { status: 500 }) : HttpResponse.json(descriptorBody()))));
    const { user } = renderRoute('/data');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Noe gikk galt');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Prøv igjen' }));
    expect(await filesTable()).toBeInTheDocument();
  });

  it('says so when the package has no files, and while it loads', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/data/datapackage.json', async () => {
        await held;
        return HttpResponse.json({ ...(descriptorBody() as Record<string, JsonBodyType>), resources: [] });
      }),
    );
    renderRoute('/data');
    expect(await screen.findByText('Henter beskrivelsen av datapakken …')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Datapakken har ingen filer.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
