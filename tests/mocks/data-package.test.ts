import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, DATASET_VERSION } from '@mocks/fixtures';
import { MUNICIPALITY_SOURCE } from '@mocks/fixtures/municipalities';
import { csvCell, dataPackageVersion, descriptorJson, type DataPackage } from '@/domain/data-package';
import { keyFields, type DataPackageDescriptor, type FieldDescriptor, type ResourceDescriptor } from '@/domain/data-package-descriptor';
import type { Measure } from '@/domain/measure';
import { municipalityDutiesSchema } from '@/domain/municipality';
import { publishedDataPackage, sha256 } from '../../scripts/data-package-published';
import { get } from '../support/api';
import { descriptorValidator, parseTable, servedRowCounts, type TableRow } from '../support/data-package';
import { TEST_TODAY } from '../test-date';

const CREATED = '2026-11-23T10:00:00.000Z';
const publishedPackage = (): DataPackage => publishedDataPackage(new Date(CREATED), TEST_TODAY);

/** What the Table Schema's type and constraints allow in a cell; null when the cell is fine. */
function cellProblem(field: FieldDescriptor, value: string): string | null {
  if (value === '') return field.constraints?.required ? 'required' : null;
  if (field.constraints?.enum && !field.constraints.enum.includes(value)) return `not in ${field.constraints.enum.join('|')}`;
  const patterns: Record<string, RegExp> = {
    integer: /^-?\d+$/,
    number: /^-?\d+(\.\d+)?$/,
    boolean: /^(true|false)$/,
    date: /^\d{4}-\d{2}-\d{2}$/,
    datetime: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
    year: /^\d{4}$/,
  };
  const pattern = patterns[field.type];
  return pattern && !pattern.test(value) ? `not a ${field.type}` : null;
}

function tablesOf(pkg: DataPackage): Map<string, { resource: ResourceDescriptor; rows: TableRow[] }> {
  return new Map(
    pkg.descriptor.resources.map((resource) => {
      const csv = pkg.tables.get(resource.name);
      if (csv === undefined) throw new Error(`No table ${resource.name}`);
      return [resource.name, { resource, rows: parseTable(csv, resource) }];
    }),
  );
}

describe('the open data package', () => {
  const pkg = publishedPackage();
  const { descriptor } = pkg;
  const tables = tablesOf(pkg);
  const validate = descriptorValidator();

  it('is a valid Tabular Data Package (the vendored JSON Schema of datapackage-js 1.1.10)', () => {
    const valid = validate(JSON.parse(descriptorJson(descriptor)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(descriptor).toMatchObject({
      profile: 'tabular-data-package',
      name: 'tiltaksmonitor',
      version: DATASET_VERSION,
      created: CREATED,
      asOf: TEST_TODAY,
      licenses: [{ name: 'CC-BY-4.0' }],
      contributors: [{ title: 'Tiltaksmonitor', role: 'publisher' }],
    });
    expect(descriptor.sources).toContainEqual({ title: MUNICIPALITY_SOURCE.title, path: MUNICIPALITY_SOURCE.url });
  });

  it.each([
    ['a resource name with capitals', (copy: DataPackageDescriptor) => Object.assign(copy.resources[0] ?? {}, { name: 'Plans' })],
    ['a resource without a schema', (copy: DataPackageDescriptor) => Reflect.deleteProperty(copy.resources[0] ?? {}, 'schema')],
    ['a field of an unknown type', (copy: DataPackageDescriptor) => Object.assign(copy.resources[0]?.schema.fields[0] ?? {}, { type: 'text' })],
    ['no profile', (copy: DataPackageDescriptor) => Reflect.deleteProperty(copy, 'profile')],
  ])('the validator refuses %s (so that the check above can fail)', (_name, breakIt) => {
    const copy = JSON.parse(descriptorJson(descriptor)) as DataPackageDescriptor;
    breakIt(copy);
    expect(validate(copy)).toBe(false);
  });

  it('has the resources of the issue, each file UTF-8 CSV whose size, hash and row count the descriptor states', () => {
    expect(descriptor.resources.map((resource) => resource.name)).toEqual([
      'plans',
      'areas',
      'measures',
      'history',
      'obligations',
      'measure_obligations',
      'measure_follow_ups',
      'sources',
      'municipalities',
    ]);
    for (const resource of descriptor.resources) {
      const csv = pkg.tables.get(resource.name) ?? '';
      expect(resource.path).toBe(`${resource.name}.csv`);
      expect(resource.bytes).toBe(Buffer.byteLength(csv, 'utf8'));
      expect(resource.hash).toBe(`sha256:${sha256(csv)}`);
      expect(resource.rows).toBe(tables.get(resource.name)?.rows.length);
      expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    }
  });

  it('has in every cell what the field’s type, «required» and «enum» allow', () => {
    const problems: string[] = [];
    for (const { resource, rows } of tables.values()) {
      rows.forEach((row, index) => {
        for (const field of resource.schema.fields) {
          const problem = cellProblem(field, row[field.name] ?? '');
          if (problem !== null) problems.push(`${resource.name} row ${index + 1} ${field.name}: ${problem} («${row[field.name] ?? ''}»)`);
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('has unique primary keys, and every foreign key resolves to a row of the resource it names', () => {
    const keyOf = (row: TableRow, fields: string[]) => JSON.stringify(fields.map((field) => row[field] ?? ''));
    let checked = 0;
    for (const { resource, rows } of tables.values()) {
      const primary = keyFields(resource.schema.primaryKey);
      expect(primary.length, resource.name).toBeGreaterThan(0);
      expect(new Set(rows.map((row) => keyOf(row, primary))).size, `${resource.name}: primary key ${primary.join(', ')}`).toBe(rows.length);
      for (const foreignKey of resource.schema.foreignKeys ?? []) {
        const target = tables.get(foreignKey.reference.resource === '' ? resource.name : foreignKey.reference.resource);
        expect(target, `${resource.name} → ${foreignKey.reference.resource}`).toBeDefined();
        const fields = keyFields(foreignKey.fields);
        const known = new Set(target?.rows.map((row) => keyOf(row, keyFields(foreignKey.reference.fields))));
        const values = rows.filter((row) => fields.some((field) => row[field] !== '')).map((row) => keyOf(row, fields));
        expect(values.filter((value) => !known.has(value)), `${resource.name}.${fields.join(',')} → ${foreignKey.reference.resource || resource.name}`).toEqual([]);
        checked += values.length;
      }
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('has as many rows as the API serves (the mock, on the same fixtures)', async () => {
    const served = await servedRowCounts(async (path) => (await get(path)).body);
    const inPackage = Object.fromEntries(descriptor.resources.map((resource) => [resource.name, resource.rows]));
    expect(inPackage).toEqual(served);
    expect(served).toMatchObject({ plans: 15, municipalities: 357 });
    // The closing note of issue 15 reports these.
    console.info(`data package rows: ${JSON.stringify(inPackage)}`);
  });

  it('serves each measure as the API does on that day: Meld. St. 26 no. 13 (the guideline of «2015» that came in 2017)', async () => {
    const measures = tables.get('measures')?.rows ?? [];
    const row = measures.find((candidate) => candidate.id === 'ms26-13');
    const api = (await get('/api/measures/ms26-13')).body as Measure;
    expect(row).toMatchObject({
      plan_id: 'meld-st-26-2014-2015',
      number: '13',
      status: api.status,
      completed_on: api.completedOn?.date ?? '',
      completed_on_precision: api.completedOn?.precision ?? '',
      original_deadline_date: api.originalDeadline?.point.date ?? '',
      original_deadline_precision: api.originalDeadline?.point.precision ?? '',
      verified: api.verified,
      title_nb: api.title.nb,
    });
    expect(row?.status).toBe('completed');
    expect(row?.completed_on?.slice(0, 4)).toBe('2017');
    const history = (tables.get('history')?.rows ?? []).filter((entry) => entry.measure_id === 'ms26-13');
    expect(history.map((entry) => entry.type)).toEqual(api.history.map((entry) => entry.type));
    expect(history[0]).toMatchObject({ position: '1', type: 'created', status_to: api.history[0]?.type === 'created' ? api.history[0].status : '' });
  });

  it('marks as uncertain what the API counts as uncertain on that day', async () => {
    const summary = (await get('/api/summary')).body as { uncertain: number };
    const uncertain = (tables.get('measures')?.rows ?? []).filter((row) => row.uncertain === 'true');
    expect(uncertain).toHaveLength(summary.uncertain);
    const duties = municipalityDutiesSchema.parse((await get('/api/municipalities/0301/duties')).body);
    const uncertainDuties = [...duties.inForce, ...duties.coming].filter((duty) => duty.uncertain).map((duty) => duty.obligation.id);
    expect((tables.get('obligations')?.rows ?? []).filter((row) => row.uncertain === 'true').map((row) => row.id)).toEqual(uncertainDuties);
  });

  it('is the same package when built twice from the same data', () => {
    const again = publishedPackage();
    expect(descriptorJson(again.descriptor)).toBe(descriptorJson(descriptor));
    expect([...again.tables]).toEqual([...pkg.tables]);
  });
});

describe('its CSV cells (RFC 4180, no formula guard: data tools read them as the API serves them)', () => {
  it.each([
    [null, ''],
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['«sitat» "med" anførsel', '"«sitat» ""med"" anførsel"'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', '=SUM(A1)'],
    [' leading space', ' leading space'],
    [true, 'true'],
    [false, 'false'],
    [42, '42'],
  ])('%j → %j', (cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });
});

describe('its version', () => {
  const measure = FIXTURES.measures[0] as Measure;
  const entry = measure.history[0];
  it.each([
    ['the published dataset', [], DATASET_VERSION],
    ['after two changes in the app', [{ kind: 'user', name: 'Kari' }, { kind: 'user', name: 'Ola' }], `${DATASET_VERSION}+2`],
    ['after a correction by the dataset', [{ kind: 'dataset', name: 'Tiltaksmonitor' }], DATASET_VERSION],
  ] as const)('%s: %s', (_name, authors, expected) => {
    if (entry === undefined) throw new Error('no history');
    const changed = { ...measure, history: [...measure.history, ...authors.map((by, index) => ({ ...entry, id: `x-${index}`, by }))] };
    expect(dataPackageVersion(DATASET_VERSION, [changed, ...FIXTURES.measures.slice(1)])).toBe(expected);
  });
});

describe('CITATION.cff', () => {
  const cff = readFileSync('CITATION.cff', 'utf8');
  it('is CFF 1.2.0 with what the format requires, and cites the dataset version the app publishes', () => {
    expect(cff).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(cff).toMatch(/^message: .+/m);
    expect(cff).toMatch(/^title: .+/m);
    expect(cff).toMatch(/^authors:\n {2}- name: .+/m);
    expect(cff).toMatch(/^type: dataset$/m);
    expect(cff).toMatch(/^license: CC-BY-4\.0$/m);
    expect(cff).toContain(`version: "${DATASET_VERSION}"`);
    expect(cff).toContain(`date-released: ${DATASET_VERSION.slice(0, 10)}`);
  });
});
