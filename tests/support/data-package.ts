import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { measurePageSchema, planListSchema } from '@/domain/api-contract';
import type { ResourceDescriptor } from '@/domain/data-package-descriptor';
import { municipalityDutiesSchema, municipalityListSchema } from '@/domain/municipality';

/**
 * What the data package's tests share (tests/domain/data-package.test.ts against the mock, tests/server/datapackage.test.ts
 * against the server): the vendored JSON Schema of a Tabular Data Package, a CSV read back by its schema, and the row
 * counts the API serves.
 */

/** A validator of tests/fixtures/data-package/tabular-data-package.json (draft-04), with the formats it names. */
export function descriptorValidator() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('email', /^[^@\s]+@[^@\s]+$/);
  ajv.addFormat('textarea', () => true);
  return ajv.compile(JSON.parse(readFileSync('tests/fixtures/data-package/tabular-data-package.json', 'utf8')) as object);
}

export type TableRow = Record<string, string>;

/** A CSV back into rows by its header, checking that the header is the schema's fields in order and every row complete. */
export function parseTable(csv: string, resource: Pick<ResourceDescriptor, 'schema'>): TableRow[] {
  const parsed = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const [header, ...lines] = parsed.data;
  expect(header).toEqual(resource.schema.fields.map((field) => field.name));
  // The file ends with a line break: Papa Parse reads one empty line after it.
  expect(lines.at(-1)).toEqual(['']);
  const rows = lines.slice(0, -1);
  for (const cells of rows) expect(cells).toHaveLength(resource.schema.fields.length);
  return rows.map((cells) => Object.fromEntries(resource.schema.fields.map((field, index) => [field.name, cells[index] ?? ''])));
}

/** How many rows of each resource the API serves, counted from its endpoints (GET, JSON bodies). */
export async function servedRowCounts(getJson: (path: string) => Promise<unknown>): Promise<Record<string, number>> {
  const [plans, areas, page, register, duties] = await Promise.all([
    getJson('/api/plans'),
    getJson('/api/areas'),
    getJson('/api/measures?pageSize=1000'),
    getJson('/api/municipalities'),
    getJson('/api/municipalities/0301/duties'),
  ]);
  const planItems = planListSchema.parse(plans).items;
  const measures = measurePageSchema.parse(page);
  const dutyList = municipalityDutiesSchema.parse(duties);
  expect(measures.total).toBe(measures.items.length);
  const sum = (count: (measure: (typeof measures.items)[number]) => number) => measures.items.reduce((total, measure) => total + count(measure), 0);
  return {
    plans: planItems.length,
    areas: (areas as { items: unknown[] }).items.length,
    measures: measures.total,
    history: sum((measure) => measure.historyLength),
    obligations: dutyList.inForce.length + dutyList.coming.length,
    measure_obligations: sum((measure) => measure.obligations.length),
    measure_follow_ups: sum((measure) => measure.followedUpBy.length),
    sources: planItems.reduce((total, plan) => total + plan.sources.length, 0) + sum((measure) => measure.sources.length),
    municipalities: municipalityListSchema.parse(register).total,
  };
}
