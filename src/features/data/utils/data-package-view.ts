import { keyFields, type ResourceSummary } from '@/domain/data-package-descriptor';

/** A file's address: its `path` resolved against the descriptor's (`measures.csv` beside it, `datapackage/…` under it). */
export function fileUrl(path: string, descriptor: string): string {
  return new URL(path, descriptor).toString();
}

/** The file's name as a reader downloads it. */
export function fileName(path: string): string {
  return path.split('/').at(-1) ?? path;
}

export interface FieldRow {
  name: string;
  type: string;
  description: string;
  required: boolean;
  /** Part of the primary key. */
  key: boolean;
  /** The resource (and field) it refers to, `measures.id`; null when it refers to none. */
  refersTo: string | null;
}

/** A resource's fields as the page lists them: type, description, whether required, keys and what they refer to. */
export function fieldRows(resource: ResourceSummary): FieldRow[] {
  const primary = new Set(keyFields(resource.schema.primaryKey));
  const references = new Map<string, string>();
  for (const foreignKey of resource.schema.foreignKeys ?? []) {
    const target = foreignKey.reference.resource === '' ? resource.name : foreignKey.reference.resource;
    const targetFields = keyFields(foreignKey.reference.fields);
    keyFields(foreignKey.fields).forEach((field, index) => references.set(field, `${target}.${targetFields[index] ?? ''}`));
  }
  return resource.schema.fields.map((field) => ({
    name: field.name,
    type: field.type,
    description: field.description ?? '',
    required: field.constraints?.required === true,
    key: primary.has(field.name),
    refersTo: references.get(field.name) ?? null,
  }));
}
