import * as z from 'zod/mini';

/**
 * The open dataset as a Frictionless (Tabular) Data Package, v1: what its descriptor, `datapackage.json`, holds.
 * The builder is data-package.ts (build time and the server only); this file is what a reader of the descriptor
 * needs (the /data page), kept small. docs/data-package.md describes the package for people.
 */

/** The package's stable name (Data Package `name`). */
export const DATA_PACKAGE_NAME = 'tiltaksmonitor';

/** Where the static demo's files are, beside the app (dist/data/), and the descriptor's file name. */
export const STATIC_DATA_DIR = 'data';
export const DESCRIPTOR_FILE = 'datapackage.json';

/** The real backend's descriptor, built from the database on every request; its files are under it. */
export const DATA_PACKAGE_ENDPOINT = '/api/datapackage';

export const FIELD_TYPES = ['string', 'integer', 'number', 'boolean', 'date', 'datetime', 'year'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldDescriptor {
  name: string;
  title: string;
  type: FieldType;
  description: string;
  constraints?: { required?: true; unique?: true; enum?: readonly string[] };
}

export interface ForeignKey {
  fields: string | string[];
  /** `resource: ''` is the resource itself (Data Package v1). */
  reference: { resource: string; fields: string | string[] };
}

export interface ResourceDescriptor {
  profile: 'tabular-data-resource';
  name: string;
  /** Relative to the descriptor: `measures.csv` beside it, or `datapackage/measures.csv` under /api/datapackage. */
  path: string;
  title: string;
  description: string;
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
  dialect: { delimiter: ','; doubleQuote: true; lineTerminator: '\r\n'; quoteChar: '"'; header: true };
  /** The file's size in bytes (UTF-8) and its SHA-256: the standard tools check both. */
  bytes: number;
  hash: string;
  /** How many rows (not counting the header). Not a field of the standard: the page and the tests read it. */
  rows: number;
  schema: { fields: FieldDescriptor[]; primaryKey: string | string[]; foreignKeys?: ForeignKey[]; missingValues: [''] };
}

export interface PackageSource {
  title: string;
  path?: string;
}

export interface DataPackageDescriptor {
  profile: 'tabular-data-package';
  name: typeof DATA_PACKAGE_NAME;
  title: string;
  description: string;
  /** The dataset version of the fixtures, and `+N` when N changes have been recorded in the app since. */
  version: string;
  /** When this descriptor was made (RFC 3339). */
  created: string;
  /** Not a field of the standard: the date every measure's history was replayed to (docs/api.md, «One status rule»). */
  asOf: string;
  keywords: string[];
  licenses: { name: string; title: string; path: string }[];
  contributors: { title: string; role: 'publisher' | 'author' | 'contributor' }[];
  sources: PackageSource[];
  resources: ResourceDescriptor[];
}

/** What the /data page reads of a descriptor; anything else in it is left alone (the standard allows more). */
export const dataPackageSummarySchema = z.object({
  name: z.string(),
  title: z.string(),
  version: z.string(),
  created: z.string(),
  asOf: z.string(),
  licenses: z.array(z.object({ name: z.string(), title: z.optional(z.string()), path: z.optional(z.string()) })),
  contributors: z.optional(z.array(z.object({ title: z.string(), role: z.optional(z.string()) }))),
  resources: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      title: z.string(),
      description: z.optional(z.string()),
      rows: z.int().check(z.nonnegative()),
      bytes: z.optional(z.int()),
      schema: z.object({
        fields: z.array(
          z.object({
            name: z.string(),
            type: z.string(),
            description: z.optional(z.string()),
            constraints: z.optional(z.object({ required: z.optional(z.boolean()), enum: z.optional(z.array(z.string())) })),
          }),
        ),
        primaryKey: z.optional(z.union([z.string(), z.array(z.string())])),
        foreignKeys: z.optional(
          z.array(
            z.object({
              fields: z.union([z.string(), z.array(z.string())]),
              reference: z.object({ resource: z.string(), fields: z.union([z.string(), z.array(z.string())]) }),
            }),
          ),
        ),
      }),
    }),
  ),
});
export type DataPackageSummary = z.infer<typeof dataPackageSummarySchema>;
export type ResourceSummary = DataPackageSummary['resources'][number];

/** A key of one field or many, as a list. */
export function keyFields(key: string | readonly string[] | undefined): string[] {
  if (key === undefined) return [];
  return typeof key === 'string' ? [key] : [...key];
}
