import * as z from 'zod/mini';
import { areaSchema } from './area';
import type { DatasetData } from './dataset-build';
import { datePointOf } from './date-text';
import { deadlineSchema } from './deadline';
import { languageSchema, localizedTextSchema } from './localized-text';
import { instrumentSchema, measureId, obligationSchema, outcomeSchema } from './measure';
import { formerNumberSchema, municipalityNumberSchema, municipalitySourceSchema } from './municipality';
import { idSchema, planKindSchema } from './plan';
import { sourceSchema, verificationSchema } from './source';
import { statusSchema } from './status';

/**
 * The dataset's files (mocks/fixtures/*.json, docs/dataset-files.md): a plan's file is the body of
 * `POST /api/plans` (the import's format: the plan, and its measures as one batch) with what became of each
 * measure since, and the sources, bodies and duties named by key in tables of their own. These are the files' schemas
 * and their check (`checkDatasetFiles`), which the server's seed, the data package's build and the tests run on the
 * raw files; the records are built by dataset-build.ts (which the mock in the browser runs without these schemas: its
 * files were checked before they were shipped).
 */

/** A key of sources.json: S1 … are the research notes' own numbers, for checking the data against them. */
const keySchema = z.string().check(z.minLength(1), z.maxLength(40));
const nonEmpty = z.string().check(z.minLength(1));
/** A date as precisely as it is known, as the app's files write it: «2017», «2017-09» or «2017-09-13» (datePointOf). */
const fileDateSchema = z.string().check(z.refine((text) => text === text.trim() && datePointOf(text) !== null, 'a date as «2017», «2017-09» or «2017-09-13»'));
const fileDeadlineSchema = z.extend(deadlineSchema, { point: fileDateSchema });

export const sourceTableSchema = z.record(keySchema, sourceSchema);
export const bodyTableSchema = z.record(keySchema, localizedTextSchema);
/** A responsible body or ministry: a key of bodies.json, or the names written out. */
const bodySchema = z.union([keySchema, localizedTextSchema]);

const eventBase = {
  effective: fileDateSchema,
  /** Why the entry was made, in the language of the batch (bokmål in this dataset). */
  reason: nonEmpty,
  source: z.optional(keySchema),
};

/** What happened after the plan registered the measure, in order: the API's history entries, without what follows from their place. */
export const datasetEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('status'),
    to: statusSchema,
    ...eventBase,
    /** When it was completed, where that is not the day the entry takes effect. */
    completedOn: z.optional(fileDateSchema),
    replacedBy: z.optional(idSchema),
  }),
  z.strictObject({ type: z.literal('note'), text: nonEmpty, ...eventBase }),
]);

/** One measure: what `POST /api/plans/:id/measures` takes (with sources by key), then what became of it. */
export const datasetMeasureSchema = z.strictObject({
  number: z.int().check(z.positive()),
  areaId: idSchema,
  topic: z.optional(localizedTextSchema),
  title: localizedTextSchema,
  description: localizedTextSchema,
  responsible: bodySchema,
  instrument: instrumentSchema,
  deadline: z.nullable(fileDeadlineSchema),
  sources: z.array(keySchema),
  /** Where the `created` entry differs from the batch's: a measure already under way, and why. */
  created: z.optional(z.strictObject({ status: z.optional(statusSchema), reason: z.optional(nonEmpty) })),
  history: z.array(datasetEventSchema),
  outcome: z.nullable(outcomeSchema),
  /** How well the facts about the measure itself are backed; the record's value is no better than its outcome's and duties'. */
  verified: verificationSchema,
  /** Ids in obligations.json. */
  obligations: z.optional(z.array(idSchema)),
  /** Ids of the later measures that follow it up. */
  followedUpBy: z.optional(z.array(idSchema)),
});

export const datasetPlanFileSchema = z.strictObject({
  plan: z.strictObject({
    id: idSchema,
    reference: nonEmpty,
    title: localizedTextSchema,
    kind: planKindSchema,
    ministry: bodySchema,
    published: z.nullable(fileDateSchema),
    period: z.nullable(z.strictObject({ from: z.int(), to: z.int() })),
    sources: z.array(keySchema).check(z.minLength(1)),
    note: z.optional(localizedTextSchema),
    goals: z.optional(z.array(z.strictObject({ text: localizedTextSchema, source: keySchema }))),
    measuresInPlan: z.optional(z.strictObject({ count: z.int().check(z.positive()), source: keySchema })),
  }),
  measures: z.optional(
    z.strictObject({
      /** The start of the measures' ids: `ms26` gives ms26-01, ms26-02 … */
      idPrefix: idSchema,
      /** Where the list was taken from: the source of every `created` entry. */
      source: keySchema,
      /** The `created` entry's reason. */
      reason: nonEmpty,
      language: languageSchema,
      items: z.array(datasetMeasureSchema).check(z.minLength(1)),
    }),
  ),
});

export const obligationFileSchema = z.array(
  z.extend(obligationSchema, { inForce: fileDateSchema, interpretation: z.optional(z.strictObject({ text: localizedTextSchema, source: keySchema })) }),
);

export const datasetInfoSchema = z.strictObject({
  /** Bumped with every change to the files: browsers holding an older copy reseed (mocks/db.ts). */
  version: nonEmpty,
  /** When the dataset was compiled from the research notes: every dataset history entry is recorded then. */
  recordedAt: z.iso.datetime({ offset: true }),
  /** The name the dataset's entries are recorded by. */
  author: nonEmpty,
});

export const municipalityFileSchema = z.strictObject({
  source: municipalitySourceSchema,
  /** County number → name. */
  counties: z.record(z.string().check(z.regex(/^\d{2}$/)), nonEmpty),
  /** [kommunenummer, official name], sorted by number; the county is the first two digits. */
  municipalities: z.array(z.tuple([municipalityNumberSchema, nonEmpty])),
  formerNumbers: z.strictObject({
    source: sourceSchema,
    byMunicipality: z.record(municipalityNumberSchema, z.array(z.extend(z.omit(formerNumberSchema, { source: true }), { replacedOn: fileDateSchema }))),
  }),
});

export type DatasetEvent = z.infer<typeof datasetEventSchema>;
export type DatasetMeasure = z.infer<typeof datasetMeasureSchema>;
export type DatasetPlanFile = z.infer<typeof datasetPlanFileSchema>;
export type DatasetInfo = z.infer<typeof datasetInfoSchema>;
export type ObligationRow = z.infer<typeof obligationFileSchema>[number];
export type MunicipalityFile = z.infer<typeof municipalityFileSchema>;

/** A file as it was read: its name (for the messages) and its parsed JSON. */
export interface NamedFile {
  name: string;
  data: unknown;
}

export interface DatasetFiles {
  info: NamedFile;
  sources: NamedFile;
  bodies: NamedFile;
  areas: NamedFile;
  obligations: NamedFile;
  /** In the order the app lists them: Meld. St. 26 (2014–2015) first. */
  plans: NamedFile[];
}

/** A file that is not in the documented format, or a key it names that no table has: says which file and where. */
export class DatasetFileError extends Error {
  override name = 'DatasetFileError';
}

/** One file read against its schema; DatasetFileError names the file and the first places where it differs. */
export function readFile<T>(schema: z.ZodMiniType<T>, file: NamedFile): T {
  const result = schema.safeParse(file.data);
  if (result.success) return result.data;
  const issues = result.error.issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(the file)'}: ${issue.message}`);
  throw new DatasetFileError(`${file.name}: ${issues.join('; ')}`);
}

/**
 * Every file checked against its schema, and every key one file names in another against the table it names: what
 * buildDataset takes. Throws DatasetFileError naming the file and the place of the first fault.
 */
export function checkDatasetFiles(files: DatasetFiles): DatasetData {
  const data: DatasetData = {
    info: readFile(datasetInfoSchema, files.info),
    sources: readFile(sourceTableSchema, files.sources),
    bodies: readFile(bodyTableSchema, files.bodies),
    areas: readFile(z.array(areaSchema), files.areas),
    obligations: readFile(obligationFileSchema, files.obligations),
    plans: files.plans.map((file) => readFile(datasetPlanFileSchema, file)),
  };
  checkReferences(files, data);
  return data;
}

function fault(where: string, what: string): never {
  throw new DatasetFileError(`${where}: ${what}`);
}

function checkReferences(files: DatasetFiles, data: DatasetData): void {
  const source = (key: string, where: string) => {
    if (!Object.hasOwn(data.sources, key)) fault(where, `no source «${key}» in ${files.sources.name}`);
  };
  const body = (value: string | object, where: string) => {
    if (typeof value === 'string' && !Object.hasOwn(data.bodies, value)) fault(where, `no body «${value}» in ${files.bodies.name}`);
  };
  const obligationIds = new Set<string>();
  data.obligations.forEach((row, index) => {
    const where = `${files.obligations.name}: [${index}]`;
    if (obligationIds.has(row.id)) fault(where, `the id «${row.id}» is used twice`);
    obligationIds.add(row.id);
    if (row.interpretation) source(row.interpretation.source, `${where}.interpretation.source`);
  });
  const areaIds = new Set(data.areas.map((area) => area.id));
  const planIds = new Set<string>();
  const measureIds = new Set<string>();
  const namedMeasures: { id: string; where: string }[] = [];
  data.plans.forEach(({ plan, measures }, planIndex) => {
    const name = files.plans[planIndex]?.name ?? `plan ${planIndex + 1}`;
    if (planIds.has(plan.id)) fault(name, `a plan with the id «${plan.id}» is read already`);
    planIds.add(plan.id);
    body(plan.ministry, `${name}: plan.ministry`);
    plan.sources.forEach((key, index) => source(key, `${name}: plan.sources.${index}`));
    plan.goals?.forEach((goal, index) => source(goal.source, `${name}: plan.goals.${index}.source`));
    if (plan.measuresInPlan) source(plan.measuresInPlan.source, `${name}: plan.measuresInPlan.source`);
    if (!measures) return;
    if (plan.published === null) fault(`${name}: plan.published`, 'null, so its measures cannot start their history');
    source(measures.source, `${name}: measures.source`);
    measures.items.forEach((item, index) => {
      const where = `${name}: measures.items.${index}`;
      const id = measureId(measures.idPrefix, item.number);
      if (measureIds.has(id)) fault(where, `the measure id «${id}» is used twice`);
      measureIds.add(id);
      if (!areaIds.has(item.areaId)) fault(`${where}.areaId`, `no area «${item.areaId}» in ${files.areas.name}`);
      body(item.responsible, `${where}.responsible`);
      item.sources.forEach((key, at) => source(key, `${where}.sources.${at}`));
      item.history.forEach((event, at) => {
        if (event.source) source(event.source, `${where}.history.${at}.source`);
        if (event.type === 'status' && event.replacedBy) namedMeasures.push({ id: event.replacedBy, where: `${where}.history.${at}.replacedBy` });
      });
      item.obligations?.forEach((obligationId, at) => {
        if (!obligationIds.has(obligationId)) fault(`${where}.obligations.${at}`, `no duty «${obligationId}» in ${files.obligations.name}`);
      });
      item.followedUpBy?.forEach((other, at) => namedMeasures.push({ id: other, where: `${where}.followedUpBy.${at}` }));
    });
  });
  for (const { id, where } of namedMeasures) {
    if (!measureIds.has(id)) fault(where, `names the measure «${id}», which no plan's file has`);
  }
}

export function checkMunicipalityFile(file: NamedFile): MunicipalityFile {
  return readFile(municipalityFileSchema, file);
}
