import { datePointText, startOf, type IsoDate } from '@/domain/date-point';
import { datePointOf } from '@/domain/date-text';
import type { Language, LocalizedText } from '@/domain/localized-text';
import type { Instrument } from '@/domain/measure';
import type { Plan, PlanKind } from '@/domain/plan';
import { MEASURES_PER_REQUEST_MAX, measureBatchSchema, planPatchSchema, type MeasureBatch, type PlanPatch } from '@/domain/plan-registration';
import type { ImportedMeasureRow } from '@/domain/plan-text-import';
import { httpUrlSchema, type Source } from '@/domain/source';
import type { ImportPreview } from './import-problems';
import { measureDrafts, periodErrors, periodYear, type FormErrorCode } from './plan-form';

/**
 * The edit page of a plan (/planer/:id/rediger): what the admin types, checked with the API's rules, and the
 * PATCH that sends only what changed. Pure: the form (components/plan-edit.tsx) holds the state.
 */

export interface SourceValues {
  title: string;
  url: string;
}

/** What the form shows of a plan (its id is shown, never changed). */
export interface PlanEditValues {
  reference: string;
  titleNb: string;
  titleNn: string;
  titleEn: string;
  kind: PlanKind | '';
  ministryNb: string;
  ministryNn: string;
  ministryEn: string;
  /** «2015-05-07», «2015-05» or «2015»: as precisely as it is known (datePointText). */
  published: string;
  periodFrom: string;
  periodTo: string;
  sources: SourceValues[];
  noteNb: string;
  noteNn: string;
  noteEn: string;
}

export type PlanEditKey = keyof PlanEditValues;

/** The fields in the order the form shows them. */
export const PLAN_EDIT_KEYS: readonly PlanEditKey[] = [
  'reference',
  'titleNb',
  'titleNn',
  'titleEn',
  'kind',
  'ministryNb',
  'ministryNn',
  'ministryEn',
  'published',
  'periodFrom',
  'periodTo',
  'sources',
  'noteNb',
  'noteNn',
  'noteEn',
];

/** A field of the edit form: one of its keys, or one source's title or address (`sources.0.url`). */
export type PlanEditField = Exclude<PlanEditKey, 'sources'> | `sources.${number}.${'title' | 'url'}` | 'sources';

export interface PlanEditError {
  field: PlanEditField;
  code: FormErrorCode;
  max?: number;
}

export function planEditValues(plan: Plan): PlanEditValues {
  return {
    reference: plan.reference,
    titleNb: plan.title.nb,
    titleNn: plan.title.nn ?? '',
    titleEn: plan.title.en ?? '',
    kind: plan.kind,
    ministryNb: plan.ministry.nb,
    ministryNn: plan.ministry.nn ?? '',
    ministryEn: plan.ministry.en ?? '',
    published: datePointText(plan.published),
    periodFrom: plan.period === null ? '' : String(plan.period.from),
    periodTo: plan.period === null ? '' : String(plan.period.to),
    sources: plan.sources.map((source) => ({ title: source.title, url: source.url ?? '' })),
    noteNb: plan.note?.nb ?? '',
    noteNn: plan.note?.nn ?? '',
    noteEn: plan.note?.en ?? '',
  };
}

const TEXT_MAX: Partial<Record<PlanEditKey, number>> = {
  reference: 200,
  titleNb: 1000,
  titleNn: 1000,
  titleEn: 1000,
  ministryNb: 1000,
  ministryNn: 1000,
  ministryEn: 1000,
};

/** What is wrong with the form, in its order: the API's rules in the form's words. */
export function planEditErrors(values: PlanEditValues, base: Plan, today: IsoDate): PlanEditError[] {
  const errors: PlanEditError[] = [];
  const trimmed = (key: Exclude<PlanEditKey, 'sources'>) => values[key].trim();
  for (const key of ['reference', 'titleNb', 'kind', 'ministryNb'] as const) if (trimmed(key) === '') errors.push({ field: key, code: 'required' });
  for (const [key, max] of Object.entries(TEXT_MAX) as [Exclude<PlanEditKey, 'sources'>, number][]) {
    if (trimmed(key).length > max) errors.push({ field: key, code: 'too_long', max });
  }
  const published = trimmed('published');
  // A plan that has a date keeps one: every measure's history starts on it.
  if (published === '' && base.published !== null) errors.push({ field: 'published', code: 'required' });
  if (published !== '') {
    const point = datePointOf(published);
    if (point === null) errors.push({ field: 'published', code: 'invalid_date' });
    else if (startOf(point) > today) errors.push({ field: 'published', code: 'future_date' });
  }
  const from = trimmed('periodFrom');
  const to = trimmed('periodTo');
  errors.push(...periodErrors(from, to));
  if (values.sources.length === 0) errors.push({ field: 'sources', code: 'required' });
  values.sources.forEach((source, index) => {
    const title = source.title.trim();
    const url = source.url.trim();
    if (title === '') errors.push({ field: `sources.${index}.title`, code: 'required' });
    else if (title.length > 300) errors.push({ field: `sources.${index}.title`, code: 'too_long', max: 300 });
    if (url !== '' && !httpUrlSchema.safeParse(url).success) errors.push({ field: `sources.${index}.url`, code: 'invalid_url' });
  });
  if (trimmed('noteNb') === '' && (trimmed('noteNn') !== '' || trimmed('noteEn') !== '')) errors.push({ field: 'noteNb', code: 'required' });
  const order = (error: PlanEditError) => {
    const key = error.field.startsWith('sources') ? 'sources' : (error.field as PlanEditKey);
    return PLAN_EDIT_KEYS.indexOf(key);
  };
  return errors.sort((a, b) => order(a) - order(b));
}

function localized(nb: string, nn: string, en: string): LocalizedText {
  const [b, n, e] = [nb.trim(), nn.trim(), en.trim()];
  return { nb: b, ...(n === '' ? {} : { nn: n }), ...(e === '' ? {} : { en: e }) };
}

/** The plan's fields as the form says them (only those a PATCH can carry, and the form shows). */
function fieldsOf(values: PlanEditValues) {
  const fromYear = periodYear(values.periodFrom);
  const toYear = periodYear(values.periodTo);
  const sources: Source[] = values.sources.map((source) => ({ title: source.title.trim(), url: source.url.trim() === '' ? null : source.url.trim() }));
  return {
    reference: values.reference.trim(),
    title: localized(values.titleNb, values.titleNn, values.titleEn),
    kind: values.kind,
    ministry: localized(values.ministryNb, values.ministryNn, values.ministryEn),
    published: values.published.trim() === '' ? null : datePointOf(values.published),
    period: fromYear !== null && toYear !== null ? { from: fromYear, to: toYear } : null,
    sources,
    note: values.noteNb.trim() === '' ? null : localized(values.noteNb, values.noteNn, values.noteEn),
  };
}

type PlanEditFields = ReturnType<typeof fieldsOf>;

/** Equal as data: the same keys with the same values, whatever their order. */
function same(a: unknown, b: unknown): boolean {
  return stable(a) === stable(b);
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${stable(item)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export type PlanPatchResult = { ok: true; patch: PlanPatch | null } | { ok: false; errors: PlanEditError[] };

/**
 * The PATCH for what the admin changed, compared with the plan as it was loaded (`base`): only the fields that
 * changed, `null` for a removed note; `patch: null` when nothing changed. The API's own schema is the last check.
 */
export function toPlanPatch(values: PlanEditValues, base: Plan, today: IsoDate): PlanPatchResult {
  const errors = planEditErrors(values, base, today);
  if (errors.length > 0 || values.kind === '') return { ok: false, errors };
  const before = fieldsOf(planEditValues(base));
  const after = fieldsOf(values);
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof PlanEditFields)[]) {
    if (!same(before[key], after[key])) patch[key] = after[key];
  }
  if (Object.keys(patch).length === 0) return { ok: true, patch: null };
  const parsed = planPatchSchema.safeParse(patch);
  if (!parsed.success) return { ok: false, errors: [...new Set(parsed.error.issues.map((issue) => editFieldOfPath(issue.path.map(String).join('.'))))].map((field) => ({ field, code: 'rejected' as const })) };
  return { ok: true, patch: parsed.data };
}

/**
 * The admin's changes on top of a newer version of the plan (after a 409, or once measures moved its version on):
 * what the admin changed from `from` is kept, everything they left alone is taken from `to`.
 */
export function rebaseValues(values: PlanEditValues, from: Plan, to: Plan): PlanEditValues {
  const before = planEditValues(from);
  const after = planEditValues(to);
  const next = { ...values };
  for (const key of PLAN_EDIT_KEYS) {
    if (same(values[key], before[key])) (next as Record<PlanEditKey, unknown>)[key] = after[key];
  }
  return next;
}

const EDIT_FIELD_OF_PATH: readonly [RegExp, PlanEditField][] = [
  [/^(?:body\.)?reference\b/u, 'reference'],
  [/^(?:body\.)?title\.nn\b/u, 'titleNn'],
  [/^(?:body\.)?title\.en\b/u, 'titleEn'],
  [/^(?:body\.)?title\b/u, 'titleNb'],
  [/^(?:body\.)?kind\b/u, 'kind'],
  [/^(?:body\.)?ministry\.nn\b/u, 'ministryNn'],
  [/^(?:body\.)?ministry\.en\b/u, 'ministryEn'],
  [/^(?:body\.)?ministry\b/u, 'ministryNb'],
  [/^(?:body\.)?published\b/u, 'published'],
  [/^(?:body\.)?period\.to\b/u, 'periodTo'],
  [/^(?:body\.)?period\b/u, 'periodFrom'],
  [/^(?:body\.)?note\.nn\b/u, 'noteNn'],
  [/^(?:body\.)?note\.en\b/u, 'noteEn'],
  [/^(?:body\.)?note\b/u, 'noteNb'],
];

/** The form's field a path of the PATCH body names (`body.title.nb` → titleNb, `body.sources.1.url` → sources.1.url). */
export function editFieldOfPath(path: string): PlanEditField {
  const source = /^(?:body\.)?sources\.(\d+)\.(title|url)\b/u.exec(path);
  if (source) return `sources.${Number(source[1])}.${source[2] as 'title' | 'url'}`;
  return EDIT_FIELD_OF_PATH.find(([pattern]) => pattern.test(path))?.[1] ?? 'sources';
}

// ---- Adding measures --------------------------------------------------------------------------------

/** The highest number the plan's measures have (0 for none): new ones are numbered after it. */
export function highestNumber(measures: readonly { number: number }[]): number {
  return Math.max(0, ...measures.map((measure) => measure.number));
}

/** The preview as the measures will be numbered: after the plan's existing measures, in the order of the text. */
export function numberedAfter(preview: ImportPreview, highest: number): ImportPreview {
  return highest === 0 ? preview : { ...preview, rows: preview.rows.map((row) => ({ ...row, number: row.number + highest })) };
}

export type AddMeasuresError = { field: 'measures' | 'instrument' | 'responsible'; code: FormErrorCode; max?: number };
export type MeasureBatchResult = { ok: true; batch: MeasureBatch } | { ok: false; errors: AddMeasuresError[] };

/**
 * The batch of POST /api/plans/:id/measures, or what is wrong: one draft a row, without numbers (the API numbers them
 * after the plan's measures, as the preview shows), responsible as typed or the plan's ministry in every language it
 * has, from the source the admin chose among the plan's.
 */
export function toMeasureBatch(
  rows: readonly ImportedMeasureRow[],
  choice: { instrument: Instrument | ''; responsible: string | null; ministry: LocalizedText; source: Source | undefined },
  { reason, language }: { reason: string; language: Language },
): MeasureBatchResult {
  const errors: AddMeasuresError[] = [];
  if (rows.length === 0) errors.push({ field: 'measures', code: 'required' });
  if (rows.length > MEASURES_PER_REQUEST_MAX) errors.push({ field: 'measures', code: 'too_many', max: MEASURES_PER_REQUEST_MAX });
  if (choice.instrument === '') errors.push({ field: 'instrument', code: 'required' });
  const typed = choice.responsible?.trim() ?? null;
  if (typed === '') errors.push({ field: 'responsible', code: 'required' });
  else if (typed !== null && typed.length > 1000) errors.push({ field: 'responsible', code: 'too_long', max: 1000 });
  if (errors.length > 0 || choice.instrument === '' || choice.source === undefined) return { ok: false, errors };
  const responsible: LocalizedText = typed === null ? choice.ministry : { nb: typed };
  const items = measureDrafts(rows, { instrument: choice.instrument, responsible: responsible.nb }).map(({ number: _number, ...draft }) => ({ ...draft, responsible }));
  const parsed = measureBatchSchema.safeParse({ items, source: choice.source, reason, language });
  if (!parsed.success) return { ok: false, errors: [{ field: 'measures', code: 'rejected' }] };
  return { ok: true, batch: parsed.data };
}
