import type { Problem } from '@/domain/api-contract';
import { isoDateSchema, type IsoDate } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import type { Instrument } from '@/domain/measure';
import { idSchema, type PlanKind } from '@/domain/plan';
import { MEASURES_PER_REQUEST_MAX, planCreationSchema, PLAN_ID_MAX, type MeasureDraft, type PlanCreation } from '@/domain/plan-registration';
import type { ImportedMeasureRow } from '@/domain/plan-text-import';
import { httpUrlSchema, type Source } from '@/domain/source';
import { planIdFromReference } from './plan-slug';

/** The ministry most plans of the dataset come from: the form starts with it. */
export const DEFAULT_MINISTRY = 'Helse- og omsorgsdepartementet';

/** What the admin types. `id` and `responsible` are null while they follow the reference and the ministry. */
export interface PlanFormValues {
  reference: string;
  id: string | null;
  titleNb: string;
  titleNn: string;
  titleEn: string;
  kind: PlanKind | '';
  ministry: string;
  published: string;
  periodFrom: string;
  periodTo: string;
  sourceTitle: string;
  sourceUrl: string;
  instrument: Instrument | '';
  responsible: string | null;
}

export type PlanFormField = keyof PlanFormValues;

/** The fields in the order the form shows them (the error summary lists them so). */
export const PLAN_FORM_FIELDS: readonly PlanFormField[] = [
  'reference',
  'id',
  'titleNb',
  'titleNn',
  'titleEn',
  'kind',
  'ministry',
  'published',
  'periodFrom',
  'periodTo',
  'sourceTitle',
  'sourceUrl',
  'instrument',
  'responsible',
];

export const EMPTY_PLAN_FORM: PlanFormValues = {
  reference: '',
  id: null,
  titleNb: '',
  titleNn: '',
  titleEn: '',
  // The page is for white papers first; the select has no empty choice.
  kind: 'stortingsmelding',
  ministry: DEFAULT_MINISTRY,
  published: '',
  periodFrom: '',
  periodTo: '',
  sourceTitle: '',
  sourceUrl: '',
  instrument: '',
  responsible: null,
};

export type FormErrorCode = 'required' | 'too_long' | 'too_many' | 'invalid_id' | 'invalid_date' | 'future_date' | 'invalid_year' | 'period_incomplete' | 'period_order' | 'invalid_url' | 'rejected';

/** A field of the form, or the list of measures as a whole. */
export type FormErrorField = PlanFormField | 'measures';

export interface FormError {
  field: FormErrorField;
  code: FormErrorCode;
  max?: number;
}

const MAX: Partial<Record<PlanFormField, number>> = {
  reference: 200,
  titleNb: 1000,
  titleNn: 1000,
  titleEn: 1000,
  ministry: 1000,
  sourceTitle: 300,
  responsible: 1000,
};

/** The id the plan gets: as typed, or as the reference suggests. */
export function planIdOf(values: PlanFormValues): string {
  return values.id ?? planIdFromReference(values.reference);
}

/** Who is responsible for the measures: as typed, or the ministry. */
export function responsibleOf(values: PlanFormValues): string {
  return values.responsible ?? values.ministry;
}

/** The measures as the API takes them: one draft a preview row, with its number, area, words and deadline. */
export function measureDrafts(rows: readonly ImportedMeasureRow[], { instrument, responsible }: { instrument: Instrument; responsible: string }): MeasureDraft[] {
  return rows.map((row) => ({
    number: row.number,
    areaId: row.area.id,
    // The bullet's own words, as the dataset's titles are; the paragraph that leads into the bullets is shared by all
    // of them, so it is no measure's title.
    title: { nb: row.text },
    description: { nb: row.text },
    responsible: { nb: responsible.trim() },
    instrument,
    deadline: row.deadline?.deadline ?? null,
  }));
}

/** A period's year as the API takes it (four digits, 1900–2200), or null. */
export function periodYear(text: string): number | null {
  if (!/^\d{4}$/u.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= 1900 && value <= 2200 ? value : null;
}

/** What is wrong with a period (trimmed): a year that is not one, a half period, or one that ends before it starts. */
export function periodErrors(from: string, to: string): { field: 'periodFrom' | 'periodTo'; code: FormErrorCode }[] {
  const errors: { field: 'periodFrom' | 'periodTo'; code: FormErrorCode }[] = [];
  if (from !== '' && periodYear(from) === null) errors.push({ field: 'periodFrom', code: 'invalid_year' });
  if (to !== '' && periodYear(to) === null) errors.push({ field: 'periodTo', code: 'invalid_year' });
  if ((from === '') !== (to === '')) errors.push({ field: from === '' ? 'periodFrom' : 'periodTo', code: 'period_incomplete' });
  const fromYear = periodYear(from);
  const toYear = periodYear(to);
  if (fromYear !== null && toYear !== null && fromYear > toYear) errors.push({ field: 'periodTo', code: 'period_order' });
  return errors;
}

/** The form's own checks (the API's rules, said in the form's words): every field that is wrong, in the form's order. */
export function planFormErrors(values: PlanFormValues, today: IsoDate): FormError[] {
  const errors: FormError[] = [];
  const trimmed = (field: PlanFormField): string => {
    const value = field === 'id' ? planIdOf(values) : field === 'responsible' ? responsibleOf(values) : values[field];
    return value.trim();
  };
  for (const field of ['reference', 'titleNb', 'kind', 'ministry', 'published', 'sourceTitle', 'sourceUrl', 'instrument', 'responsible', 'id'] as const) {
    if (trimmed(field) === '') errors.push({ field, code: 'required' });
  }
  for (const [field, max] of Object.entries(MAX) as [PlanFormField, number][]) {
    if (trimmed(field).length > max) errors.push({ field, code: 'too_long', max });
  }
  const id = trimmed('id');
  if (id !== '' && (!idSchema.safeParse(id).success || id.length > PLAN_ID_MAX)) errors.push({ field: 'id', code: 'invalid_id', max: PLAN_ID_MAX });
  const published = trimmed('published');
  if (published !== '') {
    if (!isoDateSchema.safeParse(published).success) errors.push({ field: 'published', code: 'invalid_date' });
    else if (published > today) errors.push({ field: 'published', code: 'future_date' });
  }
  const from = trimmed('periodFrom');
  const to = trimmed('periodTo');
  errors.push(...periodErrors(from, to));
  const url = trimmed('sourceUrl');
  if (url !== '' && !httpUrlSchema.safeParse(url).success) errors.push({ field: 'sourceUrl', code: 'invalid_url' });
  const order = (error: FormError) => (error.field === 'measures' ? PLAN_FORM_FIELDS.length : PLAN_FORM_FIELDS.indexOf(error.field));
  return errors.sort((a, b) => order(a) - order(b));
}

export type PlanCreationResult = { ok: true; body: PlanCreation } | { ok: false; errors: FormError[] };

/**
 * The one request that registers the plan and its measures (POST /api/plans), or what is wrong with the form. The
 * batch's source is the plan's, and its reason says that the list was read from the plan's text.
 */
export function toPlanCreation(
  values: PlanFormValues,
  rows: readonly ImportedMeasureRow[],
  { today, reason, language }: { today: IsoDate; reason: string; language: Language },
): PlanCreationResult {
  const errors = planFormErrors(values, today);
  if (rows.length === 0) errors.push({ field: 'measures', code: 'required' });
  if (rows.length > MEASURES_PER_REQUEST_MAX) errors.push({ field: 'measures', code: 'too_many', max: MEASURES_PER_REQUEST_MAX });
  if (errors.length > 0 || values.kind === '' || values.instrument === '') return { ok: false, errors };
  const nn = values.titleNn.trim();
  const en = values.titleEn.trim();
  const source: Source = { title: values.sourceTitle.trim(), url: values.sourceUrl.trim() };
  const fromYear = periodYear(values.periodFrom);
  const toYear = periodYear(values.periodTo);
  const body: PlanCreation = {
    plan: {
      id: planIdOf(values).trim(),
      reference: values.reference.trim(),
      title: { nb: values.titleNb.trim(), ...(nn === '' ? {} : { nn }), ...(en === '' ? {} : { en }) },
      kind: values.kind,
      ministry: { nb: values.ministry.trim() },
      published: { date: values.published.trim(), precision: 'day' },
      period: fromYear !== null && toYear !== null ? { from: fromYear, to: toYear } : null,
      sources: [source],
    },
    measures: { items: measureDrafts(rows, { instrument: values.instrument, responsible: responsibleOf(values) }), source, reason, language },
  };
  // The API's own schema, as a last check: what it would refuse is never sent.
  const parsed = planCreationSchema.safeParse(body);
  if (!parsed.success) return { ok: false, errors: fieldsOfIssues(parsed.error.issues.map((issue) => `body.${issue.path.map(String).join('.')}`)) };
  return { ok: true, body: parsed.data };
}

const FIELD_OF_PATH: readonly [RegExp, PlanFormField][] = [
  [/^body\.plan\.id\b/u, 'id'],
  [/^body\.plan\.reference\b/u, 'reference'],
  [/^body\.plan\.title\.nn\b/u, 'titleNn'],
  [/^body\.plan\.title\.en\b/u, 'titleEn'],
  [/^body\.plan\.title\b/u, 'titleNb'],
  [/^body\.plan\.kind\b/u, 'kind'],
  [/^body\.plan\.ministry\b/u, 'ministry'],
  [/^body\.plan\.published\b/u, 'published'],
  [/^body\.plan\.period\.to\b/u, 'periodTo'],
  [/^body\.plan\.period\b/u, 'periodFrom'],
  [/^body\.(?:plan\.sources\.\d+|measures\.source)\.url\b/u, 'sourceUrl'],
  [/^body\.(?:plan\.sources|measures\.source)\b/u, 'sourceTitle'],
  [/^body\.measures\.items\.\d+\.instrument\b/u, 'instrument'],
  [/^body\.measures\.items\.\d+\.responsible\b/u, 'responsible'],
];

export function fieldOfPath(path: string): PlanFormField | null {
  return FIELD_OF_PATH.find(([pattern]) => pattern.test(path))?.[1] ?? null;
}

/** The fields a schema's issues are at; what is at no field of the form is the list of measures. */
function fieldsOfIssues(paths: readonly string[]): FormError[] {
  const fields = [...new Set(paths.map((path) => fieldOfPath(path) ?? 'measures'))];
  return fields.map((field) => ({ field, code: 'rejected' }));
}

/** A rule a measure of the request broke (by its number in the preview), from the API's 400. */
export interface RowError {
  number: number;
  code: 'unknown_area' | 'duplicate_number' | 'number_taken' | 'rejected';
}

/** What the API's 400 says is wrong, as the form shows it: at a field, at a measure, or about the request as a whole. */
export interface ProblemErrors {
  fields: FormError[];
  rows: RowError[];
  /** The API's messages that belong to no field the form has (in English, as the API writes them). */
  other: string[];
}

const ROW_CODES: ReadonlySet<string> = new Set(['unknown_area', 'duplicate_number', 'number_taken']);

export function errorsFromProblem(problem: Problem | undefined, rows: readonly ImportedMeasureRow[]): ProblemErrors {
  const result: ProblemErrors = { fields: [], rows: [], other: [] };
  for (const error of problem?.errors ?? []) {
    const field = fieldOfPath(error.field);
    const item = /^body\.measures\.items\.(\d+)\b/u.exec(error.field);
    if (field !== null) {
      if (!result.fields.some((known) => known.field === field)) result.fields.push({ field, code: error.code === 'published_in_future' ? 'future_date' : 'rejected' });
    } else if (item) {
      const number = rows[Number(item[1])]?.number ?? Number(item[1]) + 1;
      result.rows.push({ number, code: ROW_CODES.has(error.code) ? (error.code as RowError['code']) : 'rejected' });
    } else {
      result.other.push(error.message);
    }
  }
  const said = problem?.detail ?? problem?.title;
  if (result.fields.length === 0 && result.rows.length === 0 && result.other.length === 0 && said !== undefined) result.other.push(said);
  return result;
}
