import type { Area } from './area';
import { AREA_KINDS } from './area';
import { measuresAsOf } from './as-of';
import { PRECISIONS, type DatePoint, type IsoDate } from './date-point';
import { DEADLINE_KINDS, type Deadline } from './deadline';
import {
  DATA_PACKAGE_NAME,
  type DataPackageDescriptor,
  type FieldDescriptor,
  type FieldType,
  type ForeignKey,
  type PackageSource,
  type ResourceDescriptor,
} from './data-package-descriptor';
import { LANGUAGES, type LocalizedText } from './localized-text';
import { HISTORY_AUTHOR_KINDS, INSTRUMENTS, type HistoryEntry, type Measure } from './measure';
import { sortMeasures } from './measure-sort';
import { municipalDuties, type MunicipalDuty } from './municipal-duties';
import type { Municipality } from './municipality';
import { PLAN_KINDS, type Plan } from './plan';
import { VERIFICATIONS, type Source } from './source';
import { STATUSES } from './status';

/**
 * The open dataset: everything the app tracks as a Frictionless Tabular Data Package (v1), a `datapackage.json`
 * and one CSV file per table, made from the same data the API serves. The measures are replayed to `today` with
 * the API's one status rule (`measuresAsOf`), so that status, deadline, completion, the histories and the
 * `uncertain` marks are what every endpoint says on that day; the duties are `municipalDuties` on that day.
 *
 * Used at build time (scripts/vite-plugin-data-package.ts: the published dataset, for the static demo) and by the
 * server (server/data-package.ts: the database as it is now). Each table is defined once, field by field, with
 * its type, its description and how its value is read, so that the schema and the CSV cannot disagree.
 * docs/data-package.md describes the package for people.
 */

/** What the package is made from: the store's data (server/api/store.ts DataSnapshot) and the municipalities. */
export interface DataPackageInput {
  /** The version of the published dataset (mocks/fixtures/version.ts; the database's `dataset_version`). */
  datasetVersion: string;
  plans: readonly Plan[];
  areas: readonly Area[];
  /** As stored, with their whole histories: the package replays them to `today`. */
  measures: readonly Measure[];
  municipalities: readonly Municipality[];
  municipalitySource: { title: string; url: string; validFrom: string };
}

export interface DataPackageOptions {
  /** The date the histories are replayed to (the API's today). */
  today: IsoDate;
  /** When the descriptor is made, as an RFC 3339 timestamp. */
  created: string;
  /** Put before each file's name in its `path`: '' beside the descriptor, 'datapackage/' for /api/datapackage. */
  pathPrefix: string;
  /** The SHA-256 of a text's UTF-8 bytes, in hex (node:crypto where the package is made). */
  sha256: (text: string) => string;
}

export interface DataPackage {
  descriptor: DataPackageDescriptor;
  /** Each resource's CSV text, by resource name. */
  tables: ReadonlyMap<string, string>;
}

export const DATA_PACKAGE_TITLE = 'Tiltaksmonitor: the measures of Norwegian white papers and what became of them';
export const DATA_PACKAGE_PUBLISHER = 'Tiltaksmonitor';
/** The licence the package is published under (also in CITATION.cff). */
export const DATA_PACKAGE_LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0 International', path: 'https://creativecommons.org/licenses/by/4.0/' };

type Cell = string | number | boolean | null;

interface Column<Row> {
  field: FieldDescriptor;
  value: (row: Row) => Cell;
}

interface FieldOptions {
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
}

/** The columns of one table, in order, each with its field descriptor and how its value is read from a row. */
class Columns<Row> {
  readonly list: Column<Row>[] = [];

  field(name: string, type: FieldType, title: string, description: string, value: (row: Row) => Cell, options: FieldOptions = {}): this {
    const constraints = {
      ...(options.required === true ? { required: true as const } : {}),
      ...(options.unique === true ? { unique: true as const } : {}),
      ...(options.enum ? { enum: options.enum } : {}),
    };
    this.list.push({ field: { name, title, type, description, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) }, value });
    return this;
  }

  /** A text in bokmål, nynorsk and English: three columns, `<name>_nb` (always there when the text is), `_nn`, `_en`. */
  text(name: string, title: string, description: string, value: (row: Row) => LocalizedText | null | undefined, options: { required?: boolean } = {}): this {
    this.field(`${name}_nb`, 'string', `${title} (bokmål)`, `${description} In bokmål.`, (row) => value(row)?.nb ?? null, options);
    this.field(`${name}_nn`, 'string', `${title} (nynorsk)`, `${description} In nynorsk; empty where it has not been written.`, (row) => value(row)?.nn ?? null);
    return this.field(`${name}_en`, 'string', `${title} (English)`, `${description} In English; empty where it has not been written.`, (row) => value(row)?.en ?? null);
  }

  /** A date known to a precision: the first day it can refer to, and how much of it is known. */
  date(
    name: string,
    title: string,
    description: string,
    value: (row: Row) => DatePoint | null | undefined,
    options: { required?: boolean; precision?: string } = {},
  ): this {
    const precision = options.precision ?? `${name}_precision`;
    this.field(
      name,
      'date',
      title,
      `${description} The first day the date can refer to: read it with ${precision} (a date known to the year is YYYY-01-01, to the month YYYY-MM-01), never as more precise.`,
      (row) => value(row)?.date ?? null,
      { required: options.required },
    );
    return this.field(precision, 'string', `${title} (precision)`, `How precisely ${name} is known: year, month or day.`, (row) => value(row)?.precision ?? null, {
      required: options.required,
      enum: PRECISIONS,
    });
  }

  /** A deadline: the plan's words in each language, the date it names (with its precision) and its kind. */
  deadline(name: string, title: string, description: string, value: (row: Row) => Deadline | null | undefined): this {
    this.text(`${name}_stated`, `${title}, as worded`, `${description}, in the plan's own words (e.g. «tidligst fra 2017»).`, (row) => value(row)?.stated);
    this.date(`${name}_date`, `${title}, date`, `The date the deadline names.`, (row) => value(row)?.point, { precision: `${name}_precision` });
    return this.field(
      `${name}_kind`,
      'string',
      `${title}, kind`,
      'by (done by then), from (in force or in place from then), earliest (not before then: no promise of when; never overdue) or until (how long something runs; never overdue).',
      (row) => value(row)?.kind ?? null,
      { enum: DEADLINE_KINDS },
    );
  }

  verified(name: string, title: string, description: string, value: (row: Row) => string | null | undefined, options: { required?: boolean } = {}): this {
    return this.field(
      name,
      'string',
      title,
      `${description} verified: everything the fact states stands in a cited source; partial: some of it is believed or unconfirmed (the note says what); unverified: believed, no source found.`,
      (row) => value(row) ?? null,
      { ...options, enum: VERIFICATIONS },
    );
  }

  source(name: string, title: string, description: string, value: (row: Row) => Source | null | undefined): this {
    this.field(`${name}_title`, 'string', `${title} (title)`, `${description}: its title, naming the publisher and the page.`, (row) => value(row)?.title ?? null);
    return this.field(`${name}_url`, 'string', `${title} (address)`, `${description}: its address (http or https); empty when only its title is known.`, (row) => value(row)?.url ?? null);
  }
}

interface TableSpec<Row> {
  name: string;
  title: string;
  description: string;
  primaryKey: string | string[];
  foreignKeys?: ForeignKey[];
  columns: Columns<Row>;
  rows: readonly Row[];
  sources?: PackageSource[];
}

interface Table {
  resource: Omit<ResourceDescriptor, 'path' | 'bytes' | 'hash'> & { sources?: PackageSource[] };
  csv: string;
}

function table<Row>(spec: TableSpec<Row>): Table {
  const columns = spec.columns.list;
  const lines = [columns.map((column) => column.field.name), ...spec.rows.map((row) => columns.map((column) => column.value(row)))];
  return {
    resource: {
      profile: 'tabular-data-resource',
      name: spec.name,
      title: spec.title,
      description: spec.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', doubleQuote: true, lineTerminator: '\r\n', quoteChar: '"', header: true },
      rows: spec.rows.length,
      ...(spec.sources ? { sources: spec.sources } : {}),
      schema: {
        fields: columns.map((column) => column.field),
        primaryKey: spec.primaryKey,
        ...(spec.foreignKeys ? { foreignKeys: spec.foreignKeys } : {}),
        missingValues: [''],
      },
    },
    csv: lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n',
  };
}

/**
 * A cell of an RFC 4180 CSV: quoted when it holds a comma, a quote or a line break (quotes doubled), empty for
 * no value. Plain data for data tools: no byte order mark and no formula guard (the app's own exports, made for
 * spreadsheets, have both: src/lib/export-file.ts), so that every value reads back exactly as the API serves it.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const fk = (fields: string | string[], resource: string, referenced: string | string[]): ForeignKey => ({ fields, reference: { resource, fields: referenced } });

interface HistoryRow {
  measure: Measure;
  entry: HistoryEntry;
  position: number;
}

interface LinkRow {
  measureId: string;
  target: string;
  position: number;
}

interface SourceRow {
  id: string;
  subject: 'plan' | 'measure';
  planId: string | null;
  measureId: string | null;
  position: number;
  source: Source;
}

/** The version of what is served: the dataset's, and `+N` once N changes have been recorded in the app. */
export function dataPackageVersion(datasetVersion: string, measures: readonly Pick<Measure, 'history'>[]): string {
  const changes = measures.reduce((sum, measure) => sum + measure.history.filter((entry) => entry.by.kind === 'user').length, 0);
  return changes === 0 ? datasetVersion : `${datasetVersion}+${changes}`;
}

/** The package: its descriptor and its tables, from the data as the API serves it on `options.today`. */
export function buildDataPackage(input: DataPackageInput, options: DataPackageOptions): DataPackage {
  const { today } = options;
  const planOrder = new Map(input.plans.map((plan, position) => [plan.id, position]));
  const areaOrder = new Map(input.areas.map((area) => [area.id, area.order]));
  const measures = sortMeasures(measuresAsOf(input.measures, today), 'number', 'asc', { today, language: 'nb', planOrder, areaOrder });
  const areas = [...input.areas].sort((a, b) => a.order - b.order);
  const duties = municipalDuties(measures, today);

  const tables = [
    plansTable(input.plans),
    areasTable(areas),
    measuresTable(measures),
    historyTable(measures.flatMap((measure) => measure.history.map((entry, index) => ({ measure, entry, position: index + 1 })))),
    obligationsTable([...duties.inForce, ...duties.coming]),
    linkTable(
      'measure_obligations',
      'Duties of each measure',
      'Which duties each measure puts on the municipalities (obligations), in the order the measure lists them. One duty can come from several measures.',
      'obligation_id',
      'The duty (obligations.id).',
      'obligations',
      measures.flatMap((measure) => measure.obligations.map((obligation, index) => ({ measureId: measure.id, target: obligation.id, position: index + 1 }))),
    ),
    linkTable(
      'measure_follow_ups',
      'Follow-ups of each measure',
      'Later measures, in other plans, that follow a measure up.',
      'followed_up_by',
      'The later measure that follows this one up (measures.id).',
      'measures',
      measures.flatMap((measure) => measure.followedUpBy.map((target, index) => ({ measureId: measure.id, target, position: index + 1 }))),
    ),
    sourcesTable([
      ...input.plans.flatMap((plan) =>
        plan.sources.map((source, index): SourceRow => ({ id: `plan/${plan.id}/${index + 1}`, subject: 'plan', planId: plan.id, measureId: null, position: index + 1, source })),
      ),
      ...measures.flatMap((measure) =>
        measure.sources.map((source, index): SourceRow => ({ id: `measure/${measure.id}/${index + 1}`, subject: 'measure', planId: null, measureId: measure.id, position: index + 1, source })),
      ),
    ]),
    municipalitiesTable(input.municipalities, input.municipalitySource),
  ];

  const encoder = new TextEncoder();
  const resources: ResourceDescriptor[] = tables.map(({ resource, csv }) => ({
    ...resource,
    path: `${options.pathPrefix}${resource.name}.csv`,
    bytes: encoder.encode(csv).length,
    hash: `sha256:${options.sha256(csv)}`,
  }));
  const people = [...new Set(input.measures.flatMap((measure) => measure.history.filter((entry) => entry.by.kind === 'user').map((entry) => entry.by.name)))].sort((a, b) =>
    a.localeCompare(b, 'nb'),
  );

  return {
    descriptor: {
      profile: 'tabular-data-package',
      name: DATA_PACKAGE_NAME,
      title: DATA_PACKAGE_TITLE,
      description:
        `Every plan Tiltaksmonitor follows (Meld. St. 26 (2014–2015) and the plans that followed it up), every measure (tiltak) of them, ` +
        `what became of each and when, their full histories, the duties they put on Norway's municipalities, the public sources that say so, ` +
        `and the municipalities. Made from the same data the Tiltaksmonitor API serves, with each measure's history replayed to ${today} ` +
        `(the API's one status rule: a change known only to a year or a month counts from the end of that period, and «uncertain» marks ` +
        `where that matters on that day). «verified» says how well each fact is backed by its sources. ` +
        `Texts are in bokmål (always), nynorsk and English (where written). Dates known to a year or a month are given as their first day ` +
        `with a precision column: never read them as more precise.`,
      version: dataPackageVersion(input.datasetVersion, input.measures),
      created: options.created,
      asOf: today,
      keywords: ['Norway', 'white papers', 'stortingsmeldinger', 'primary health care', 'policy implementation', 'municipalities', 'tiltak'],
      licenses: [DATA_PACKAGE_LICENCE],
      contributors: [{ title: DATA_PACKAGE_PUBLISHER, role: 'publisher' }, ...people.map((title) => ({ title, role: 'contributor' as const }))],
      sources: packageSources(input.plans, input.municipalitySource),
      resources,
    },
    tables: new Map(tables.map(({ resource, csv }) => [resource.name, csv])),
  };
}

/** The descriptor as the file `datapackage.json`. */
export function descriptorJson(descriptor: DataPackageDescriptor): string {
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}

/** The plans' own documents (each once) and the register of municipalities. */
function packageSources(plans: readonly Plan[], municipalitySource: DataPackageInput['municipalitySource']): PackageSource[] {
  const seen = new Set<string>();
  const sources: PackageSource[] = [];
  for (const source of plans.flatMap((plan) => plan.sources)) {
    const key = source.url ?? source.title;
    if (seen.has(key)) continue;
    seen.add(key);
    sources.push(source.url === null ? { title: source.title } : { title: source.title, path: source.url });
  }
  return [...sources, { title: municipalitySource.title, path: municipalitySource.url }];
}

function plansTable(plans: readonly Plan[]): Table {
  return table({
    name: 'plans',
    title: 'Plans',
    description: 'The plans followed, in the catalogue’s order (GET /api/plans): the white paper Meld. St. 26 (2014–2015) first, then the plans that followed it up.',
    primaryKey: 'id',
    rows: plans,
    columns: new Columns<Plan>()
      .field('id', 'string', 'Plan id', "The plan's permanent id in Tiltaksmonitor.", (plan) => plan.id, { required: true, unique: true })
      .field('reference', 'string', 'Reference', 'The document reference, e.g. «Meld. St. 26 (2014–2015)».', (plan) => plan.reference, { required: true })
      .text('title', 'Title', "The plan's title.", (plan) => plan.title, { required: true })
      .field('kind', 'string', 'Kind', 'stortingsmelding (white paper), strategi (strategy), opptrappingsplan (escalation plan) or handlingsplan (action plan).', (plan) => plan.kind, {
        required: true,
        enum: PLAN_KINDS,
      })
      .text('ministry', 'Ministry', 'The ministry that presented the plan.', (plan) => plan.ministry, { required: true })
      .date('published', 'Presented', 'When the plan was presented, as precisely as the sources say; empty when they do not say.', (plan) => plan.published)
      .field('period_from', 'year', 'Period from', 'The first year the plan covers; empty when it states no period.', (plan) => plan.period?.from ?? null)
      .field('period_to', 'year', 'Period to', 'The last year the plan covers; empty when it states no period.', (plan) => plan.period?.to ?? null)
      .text('note', 'Note', 'What about the plan itself is uncertain or disputed in the sources; empty when nothing is.', (plan) => plan.note)
      .field('synthetic', 'boolean', 'Synthetic', 'true for generated test data, never for a real plan.', (plan) => plan.synthetic, { required: true }),
  });
}

function areasTable(areas: readonly Area[]): Table {
  return table({
    name: 'areas',
    title: 'Areas',
    description: 'The focus areas (satsingsområder) and service areas (tjenesteområder) the measures are grouped in, in the white paper’s order.',
    primaryKey: 'id',
    rows: areas,
    columns: new Columns<Area>()
      .field('id', 'string', 'Area id', "The area's permanent id.", (area) => area.id, { required: true, unique: true })
      .text('name', 'Name', "The area's name.", (area) => area.name, { required: true })
      .field('kind', 'string', 'Kind', 'cross_cutting (a focus area, satsingsområde) or service_area (tjenesteområde).', (area) => area.kind, { required: true, enum: AREA_KINDS })
      .field('order', 'integer', 'Order', 'The position of the area in the white paper (areas sort by it).', (area) => area.order, { required: true }),
  });
}

type MeasureRow = Measure & { uncertain: boolean };

function measuresTable(measures: readonly MeasureRow[]): Table {
  return table({
    name: 'measures',
    title: 'Measures',
    description:
      'Every measure (tiltak) of the plans, as it stands on the package’s date (asOf): status, deadline and completion replayed from its history. ' +
      'In the API’s order: by plan (the catalogue’s order), then by number.',
    primaryKey: 'id',
    foreignKeys: [fk('plan_id', 'plans', 'id'), fk('area_id', 'areas', 'id'), fk('replaced_by', '', 'id')],
    rows: measures,
    columns: new Columns<MeasureRow>()
      .field('id', 'string', 'Measure id', "The measure's permanent id in Tiltaksmonitor (its page is /tiltak/<id>).", (measure) => measure.id, { required: true, unique: true })
      .field('plan_id', 'string', 'Plan id', 'The plan the measure belongs to (plans.id).', (measure) => measure.planId, { required: true })
      .field('number', 'integer', 'Number', "The measure's position in the plan's own list (1-based).", (measure) => measure.number, { required: true })
      .field('area_id', 'string', 'Area id', 'The area the measure belongs to (areas.id).', (measure) => measure.areaId, { required: true })
      .text('topic', 'Topic', 'A sub-heading within the area (e.g. «Fysioterapi»); empty when there is none.', (measure) => measure.topic)
      .text('title', 'Title', "The measure's title (in bokmål, the plan's own words).", (measure) => measure.title, { required: true })
      .text('description', 'Description', 'What the measure is about.', (measure) => measure.description, { required: true })
      .text('responsible', 'Responsible', 'The body the plan makes responsible, by its official name in each language.', (measure) => measure.responsible, { required: true })
      .field(
        'instrument',
        'string',
        'Instrument',
        'The instrument as a code: lov (act), forskrift (regulation), strategi (strategy), plan, tilskudd (grant), utredning (study), retningslinje (guideline), program or avtale (agreement).',
        (measure) => measure.instrument,
        { required: true, enum: INSTRUMENTS },
      )
      .deadline('original_deadline', 'Deadline in the plan', 'The deadline the plan stated, kept as it was; empty when the plan named none', (measure) => measure.originalDeadline)
      .deadline('deadline', 'Current deadline', 'The deadline that applies on the package’s date (after any moves, which the history records); empty when there is none', (measure) => measure.deadline)
      .field('status', 'string', 'Status', 'The status on the package’s date: planned, in_progress, at_risk, completed, cancelled or replaced.', (measure) => measure.status, {
        required: true,
        enum: STATUSES,
      })
      .date('completed_on', 'Completed on', 'When the measure was completed, as precisely as known; empty when it is not completed or the date is not known.', (measure) => measure.completedOn)
      .field('replaced_by', 'string', 'Replaced by', 'The measure that replaced this one (measures.id), when its status is replaced; empty otherwise.', (measure) => measure.replacedBy)
      .text('outcome_summary', 'Outcome', 'What happened, in short; empty when nothing is known.', (measure) => measure.outcome?.summary)
      .field(
        'outcome_implemented_through',
        'string',
        'Implemented through',
        'The instrument or document that carried the measure out, e.g. «Prop. 71 L (2016–2017)».',
        (measure) => measure.outcome?.implementedThrough ?? null,
      )
      .verified('outcome_verified', 'Outcome verified', 'How well the outcome is backed by its sources; empty without an outcome.', (measure) => measure.outcome?.verified)
      .text('outcome_note', 'Outcome note', 'What is not known, or only partly confirmed, about the outcome.', (measure) => measure.outcome?.note)
      .verified(
        'verified',
        'Verified',
        "How well the measure's facts are backed, taken together: never stronger than its outcome's or any of its duties'.",
        (measure) => measure.verified,
        { required: true },
      )
      .field(
        'uncertain',
        'boolean',
        'Uncertain',
        'true when the state on the package’s date is not certain: a change is known only to a year or a month that contains that date (it is counted from the end of that period, as /api/summary counts «uncertain»).',
        (measure) => measure.uncertain,
        { required: true },
      )
      .field('synthetic', 'boolean', 'Synthetic', 'true for generated test data, never for a real measure.', (measure) => measure.synthetic, { required: true })
      .field('version', 'integer', 'Version', "The record's version number; it goes up with every change saved.", (measure) => measure.version, { required: true })
      .field('updated_at', 'datetime', 'Record written', 'When the record was last written in Tiltaksmonitor (at import, say); not when anything happened to the measure.', (measure) => measure.updatedAt, {
        required: true,
      }),
  });
}

function historyTable(rows: readonly HistoryRow[]): Table {
  return table({
    name: 'history',
    title: 'History',
    description:
      'Every entry of every measure’s history, as the API serves it on the package’s date (GET /api/measures/:id/history), oldest first: ' +
      'the measure as its plan stated it (created), then each change of status or deadline, note and source added. Append-only.',
    primaryKey: ['measure_id', 'id'],
    foreignKeys: [fk('measure_id', 'measures', 'id'), fk('replaced_by', 'measures', 'id')],
    rows,
    columns: new Columns<HistoryRow>()
      .field('measure_id', 'string', 'Measure id', 'The measure (measures.id).', (row) => row.measure.id, { required: true })
      .field('position', 'integer', 'Position', 'The entry’s place in the measure’s history (1 = created).', (row) => row.position, { required: true })
      .field('id', 'string', 'Entry id', 'The entry’s id within the measure’s history.', (row) => row.entry.id, { required: true })
      .field(
        'type',
        'string',
        'Type',
        'created (the measure as its plan stated it), status (a change of status), deadline (a move of the deadline), note or source (a source added).',
        (row) => row.entry.type,
        { required: true, enum: ['created', 'status', 'deadline', 'note', 'source'] },
      )
      .date('effective', 'Happened', 'When it happened in the world, as precisely as known; not when it was recorded.', (row) => row.entry.effective, { required: true })
      .field('recorded_at', 'datetime', 'Recorded', 'When it was written down in Tiltaksmonitor (RFC 3339, with the offset).', (row) => row.entry.recordedAt, { required: true })
      .field('by_kind', 'string', 'Author kind', 'dataset (compiled from the sources, at import) or user (a person using Tiltaksmonitor).', (row) => row.entry.by.kind, {
        required: true,
        enum: HISTORY_AUTHOR_KINDS,
      })
      .field('by_name', 'string', 'Author', 'The name of the person or of the dataset.', (row) => row.entry.by.name, { required: true })
      .field('language', 'string', 'Text language', 'The language the reason and the note are written in: nb, nn or en. A history is not translated.', (row) => row.entry.language, {
        required: true,
        enum: LANGUAGES,
      })
      .field('reason', 'string', 'Reason', 'Why, in the words of whoever made the change; may be empty for a note.', (row) => row.entry.reason ?? null)
      .field('status_from', 'string', 'Status before', 'For a status change: the status before it.', (row) => fromStatus(row.entry), { enum: STATUSES })
      .field('status_to', 'string', 'Status after', 'For a status change: the new status; for created: the status the measure started with.', (row) => toStatus(row.entry), { enum: STATUSES })
      .date('completed_on', 'Completed on', 'For a change to completed: when the measure was completed, as precisely as known.', (row) => (row.entry.type === 'status' ? row.entry.completedOn : null))
      .field('replaced_by', 'string', 'Replaced by', 'For a change to replaced: the measure that replaced it (measures.id).', (row) => (row.entry.type === 'status' ? (row.entry.replacedBy ?? null) : null))
      .deadline('deadline_from', 'Deadline before', 'For a deadline move: the deadline before it; empty when there was none', (row) => (row.entry.type === 'deadline' ? row.entry.from : null))
      .deadline('deadline_to', 'Deadline after', 'For a deadline move: the new deadline; for created: the deadline the plan stated (empty when none)', (row) => deadlineTo(row.entry))
      .field('text', 'string', 'Note', 'For a note: its text.', (row) => (row.entry.type === 'note' ? row.entry.text : null))
      .source('source', 'Source', 'The source the entry rests on, when it names one', (row) => row.entry.source)
      .source('added_source', 'Source added', 'For a source entry: the source added', (row) => (row.entry.type === 'source' ? row.entry.added : null)),
  });
}

function fromStatus(entry: HistoryEntry): string | null {
  return entry.type === 'status' ? entry.from : null;
}

function toStatus(entry: HistoryEntry): string | null {
  if (entry.type === 'status') return entry.to;
  return entry.type === 'created' ? entry.status : null;
}

function deadlineTo(entry: HistoryEntry): Deadline | null {
  if (entry.type === 'deadline') return entry.to;
  return entry.type === 'created' ? entry.deadline : null;
}

function obligationsTable(duties: readonly MunicipalDuty[]): Table {
  return table({
    name: 'obligations',
    title: 'Duties of the municipalities',
    description:
      'The legal duties the measures put on the municipalities, each once (one duty can come from several measures: measure_obligations), ' +
      'in order of when they came or come into force, as GET /api/municipalities/:nr/duties lists them. They apply to every municipality alike.',
    primaryKey: 'id',
    rows: duties,
    columns: new Columns<MunicipalDuty>()
      .field('id', 'string', 'Duty id', "The duty's permanent id.", (duty) => duty.obligation.id, { required: true, unique: true })
      .field('legal_reference', 'string', 'Legal basis', 'The legal basis, e.g. «helse- og omsorgstjenesteloven § 3-2».', (duty) => duty.obligation.legalReference, { required: true })
      .date('in_force', 'In force from', 'When the duty came (or comes) into force, as precisely as known.', (duty) => duty.obligation.inForce, { required: true })
      .field(
        'uncertain',
        'boolean',
        'Date uncertain',
        'true when it is not certain whether the duty was in force on the package’s date: its date is known only to a year or a month that contains that date.',
        (duty) => duty.uncertain,
        { required: true },
      )
      .text('requires', 'Requires', 'What the duty requires.', (duty) => duty.obligation.requires, { required: true })
      .text('plain_language', 'In plain words', 'The duty in one sentence a municipal leader can act on.', (duty) => duty.obligation.plainLanguage, { required: true })
      .verified('verified', 'Verified', 'How well the duty is backed by its sources.', (duty) => duty.obligation.verified, { required: true })
      .text('note', 'Note', 'What is not known, or only partly confirmed, about the duty.', (duty) => duty.obligation.note)
      .text(
        'interpretation',
        'Interpretation',
        'When tying the duty to its measures is the dataset’s own reading, not what the sources say: why it is tied to them anyway.',
        (duty) => duty.obligation.interpretation?.text,
      )
      .source('interpretation_source', 'Interpretation source', 'The source that shows the reading', (duty) => duty.obligation.interpretation?.source),
  });
}

function linkTable(name: string, title: string, description: string, column: string, columnDescription: string, target: string, rows: readonly LinkRow[]): Table {
  return table({
    name,
    title,
    description,
    primaryKey: ['measure_id', column],
    foreignKeys: [fk('measure_id', 'measures', 'id'), fk(column, target, 'id')],
    rows,
    columns: new Columns<LinkRow>()
      .field('measure_id', 'string', 'Measure id', 'The measure (measures.id).', (row) => row.measureId, { required: true })
      .field(column, 'string', column === 'obligation_id' ? 'Duty id' : 'Followed up by', columnDescription, (row) => row.target, { required: true })
      .field('position', 'integer', 'Position', 'The place in the measure’s own list (1-based).', (row) => row.position, { required: true }),
  });
}

function sourcesTable(rows: readonly SourceRow[]): Table {
  return table({
    name: 'sources',
    title: 'Sources',
    description:
      'The public sources each plan and each measure cites, in their order. A history entry’s own source, and the source of a duty’s interpretation, ' +
      'are in those tables (a source a change rests on is also added to the measure’s sources).',
    primaryKey: 'id',
    foreignKeys: [fk('plan_id', 'plans', 'id'), fk('measure_id', 'measures', 'id')],
    rows,
    columns: new Columns<SourceRow>()
      .field('id', 'string', 'Citation id', 'plan/<plan id>/<position> or measure/<measure id>/<position>.', (row) => row.id, { required: true, unique: true })
      .field('subject', 'string', 'Cited by', 'plan or measure: what cites the source.', (row) => row.subject, { required: true, enum: ['plan', 'measure'] })
      .field('plan_id', 'string', 'Plan id', 'The plan that cites it (plans.id), for subject plan.', (row) => row.planId)
      .field('measure_id', 'string', 'Measure id', 'The measure that cites it (measures.id), for subject measure.', (row) => row.measureId)
      .field('position', 'integer', 'Position', 'The place in the plan’s or measure’s list of sources (1-based).', (row) => row.position, { required: true })
      .field('title', 'string', 'Title', 'The source by its title, naming the publisher and the page, so that a reader can look it up.', (row) => row.source.title, { required: true })
      .field('url', 'string', 'Address', 'Its address (http or https); empty for a source known by its title alone.', (row) => row.source.url),
  });
}

function municipalitiesTable(municipalities: readonly Municipality[], source: DataPackageInput['municipalitySource']): Table {
  return table({
    name: 'municipalities',
    title: 'Municipalities',
    description: `Norway's ${municipalities.length} municipalities, in the division valid from ${source.validFrom}, by number. The duties apply to every one of them alike.`,
    primaryKey: 'number',
    rows: municipalities,
    sources: [{ title: source.title, path: source.url }],
    columns: new Columns<Municipality>()
      .field('number', 'string', 'Municipality number', 'The kommunenummer: four digits, the first two the county’s number (text, to keep the leading zero).', (row) => row.number, {
        required: true,
        unique: true,
      })
      .field('name', 'string', 'Name', "Statistics Norway's official name, with Sami and Kven forms where the municipality has them.", (row) => row.name, { required: true })
      .field('county_number', 'string', 'County number', 'The county’s number (two digits).', (row) => row.county.number, { required: true })
      .field('county_name', 'string', 'County', 'The county’s name.', (row) => row.county.name, { required: true }),
  });
}
