import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '@mocks/fixtures';
import type { DataPackageDescriptor } from '@/domain/data-package-descriptor';
import { isoDateInOslo } from '@/domain/date-point';
import { descriptorValidator, parseTable, servedRowCounts } from '../support/data-package';
import { startTestServer } from './support';

/** GET /api/datapackage and its CSV files on the real backend: the database as it is now, after an edit too. */
let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function descriptor(): Promise<DataPackageDescriptor> {
  const response = await server.request('/api/datapackage');
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  return (await response.json()) as DataPackageDescriptor;
}

/** A resource's file, fetched where its path (relative to the descriptor) says, and read back by its schema. */
async function table(pkg: DataPackageDescriptor, name: string) {
  const resource = pkg.resources.find((candidate) => candidate.name === name);
  if (resource === undefined) throw new Error(`no resource ${name}`);
  const url = new URL(resource.path, 'http://localhost/api/datapackage');
  const response = await server.request(url.pathname);
  expect(response.status).toBe(200);
  expect(response.headers.get('Content-Type')).toContain('text/csv; charset=utf-8');
  const csv = await response.text();
  return { resource, csv, rows: parseTable(csv, resource) };
}

describe('GET /api/datapackage (the server)', () => {
  it('is a valid Tabular Data Package of the seeded database, its files under /api/datapackage/, each as the descriptor says', async () => {
    const pkg = await descriptor();
    const validate = descriptorValidator();
    expect(validate(pkg), JSON.stringify(validate.errors)).toBe(true);
    expect(pkg).toMatchObject({ name: 'tiltaksmonitor', version: DATASET_VERSION, asOf: isoDateInOslo(new Date()), contributors: [{ title: 'Tiltaksmonitor', role: 'publisher' }] });
    expect(pkg.resources.map((resource) => resource.path)).toEqual(pkg.resources.map((resource) => `datapackage/${resource.name}.csv`));
    for (const resource of pkg.resources) {
      const { csv, rows } = await table(pkg, resource.name);
      expect(rows).toHaveLength(resource.rows);
      expect(Buffer.byteLength(csv, 'utf8')).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(csv, 'utf8').digest('hex')}`).toBe(resource.hash);
    }
    const served = await servedRowCounts(async (path) => (await server.request(path)).json());
    expect(Object.fromEntries(pkg.resources.map((resource) => [resource.name, resource.rows]))).toEqual(served);
    expect(served).toMatchObject({ plans: 15, measures: 39, municipalities: 357 });
  });

  it('shows a change as soon as it is saved: the status in measures.csv, the entry in history.csv, the author and a new version', async () => {
    const before = await descriptor();
    const token = await server.tokenFor('kari');
    const current = await server.request('/api/measures/ms26-22');
    const body = JSON.stringify({ type: 'status', to: 'in_progress', reason: 'Arbeidet er i gang (datapakketest).', effective: { date: isoDateInOslo(new Date()), precision: 'day' }, language: 'nb' });
    const saved = await server.request('/api/measures/ms26-22', {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'If-Match': current.headers.get('ETag') ?? '' },
      body,
    });
    expect(saved.status).toBe(200);

    const after = await descriptor();
    expect(after.version).toBe(`${DATASET_VERSION}+1`);
    const kari = 'Kari Nordmann (Helse- og omsorgsdepartementet (demo))';
    expect(after.contributors).toEqual([
      { title: 'Tiltaksmonitor', role: 'publisher' },
      { title: kari, role: 'contributor' },
    ]);
    const measures = await table(after, 'measures');
    expect(measures.rows.find((row) => row.id === 'ms26-22')).toMatchObject({ status: 'in_progress', version: '2' });
    const history = await table(after, 'history');
    expect(history.rows.filter((row) => row.measure_id === 'ms26-22').at(-1)).toMatchObject({
      type: 'status',
      status_from: 'planned',
      status_to: 'in_progress',
      reason: 'Arbeidet er i gang (datapakketest).',
      by_kind: 'user',
      by_name: kari,
    });
    const rows = (pkg: DataPackageDescriptor, name: string) => pkg.resources.find((resource) => resource.name === name)?.rows ?? 0;
    expect(rows(after, 'history')).toBe(rows(before, 'history') + 1);
    expect(after.resources.find((resource) => resource.name === 'history')?.hash).not.toBe(before.resources.find((resource) => resource.name === 'history')?.hash);
  });

  it('answers an unknown file with 404 and unknown parameters with 400, as problem documents', async () => {
    const unknown = await server.request('/api/datapackage/secrets.csv');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toContain('application/problem+json');
    expect(((await unknown.json()) as { detail: string }).detail).toContain('measures.csv');
    expect((await server.request('/api/datapackage/measures.json')).status).toBe(404);
    expect((await server.request('/api/datapackage?format=zip')).status).toBe(400);
    expect((await server.request('/api/datapackage/measures.csv?x=1')).status).toBe(400);
  });
});
