import { dayPoint, yearPoint, type DatePoint, type IsoDate } from '@/domain/date-point';
import { DEADLINE_KINDS } from '@/domain/deadline';
import { hasCredentials, issueCode, textProblem } from '@/domain/input-rules';
import { isSaneYear, YEAR_MAX, YEAR_MIN } from '@/domain/year-range';
import type { Language } from '@/domain/localized-text';
import type { Measure } from '@/domain/measure';
import {
  measureChangeSchema,
  SOURCE_URL_MAX,
  TEXT_RULES,
  validateChange,
  type ChangeContext,
  type ChangeType,
  type MeasureChange,
} from '@/domain/measure-change';
import { httpUrlSchema } from '@/domain/source';
import { STATUSES } from '@/domain/status';

/**
 * The edit forms as plain strings (what the inputs hold, what a draft stores), and the one way from
 * them to a change: the same schema and rules as the API, so the form and the server agree.
 */
export interface ChangeFormValues {
  to: string;
  effective: string;
  reason: string;
  completedOn: string;
  sourceTitle: string;
  sourceUrl: string;
  replacedBy: string;
  text: string;
  deadlineStated: string;
  deadlineKind: string;
  deadlinePrecision: string;
  deadlineYear: string;
  deadlineDate: string;
}

export type ChangeField = keyof ChangeFormValues;

export const FORM_ERROR_CODES = [
  'required',
  'too_long',
  'invalid_date',
  'invalid_year',
  'invalid_url',
  'no_visible_text',
  'invalid_characters',
  'year_out_of_range',
  'url_has_credentials',
  'transition_not_allowed',
  'same_status',
  'date_in_future',
  'date_before_plan',
  'date_before_current',
  'replaced_by_unknown',
  'replaced_by_self',
  'deadline_unchanged',
  'invalid',
] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];

export interface FormError {
  field: ChangeField;
  code: FormErrorCode;
  /** For too_long: the limit; for invalid_year and year_out_of_range: the last year allowed. */
  max?: number;
  /** For invalid_year and year_out_of_range: the first year allowed. */
  min?: number;
}

const YEARS = { min: YEAR_MIN, max: YEAR_MAX } as const;

type TextField = keyof typeof TEXT_RULES;

function isTextField(field: ChangeField): field is TextField {
  return Object.hasOwn(TEXT_RULES, field);
}

/** The limit a too_long error states: the field's own, from the domain's rules. */
function maxOf(field: ChangeField): number | undefined {
  return isTextField(field) ? TEXT_RULES[field].max : field === 'sourceUrl' ? SOURCE_URL_MAX : undefined;
}

/** A form error with the figures its message states (a limit, a range of years). */
function formError(field: ChangeField, code: FormErrorCode): FormError {
  if (code === 'too_long') {
    const max = maxOf(field);
    return max === undefined ? { field, code: 'invalid' } : { field, code, max };
  }
  if (code === 'invalid_year' || code === 'year_out_of_range') return { field, code, ...YEARS };
  return { field, code };
}

export function emptyForm(type: ChangeType, measure: Pick<Measure, 'deadline'>, today: IsoDate): ChangeFormValues {
  return {
    to: '',
    effective: today,
    reason: '',
    completedOn: type === 'status' ? today : '',
    sourceTitle: '',
    sourceUrl: '',
    replacedBy: '',
    text: '',
    deadlineStated: measure.deadline?.stated.nb ?? '',
    deadlineKind: measure.deadline?.kind ?? 'by',
    deadlinePrecision: measure.deadline?.point.precision === 'day' ? 'day' : 'year',
    deadlineYear: measure.deadline ? measure.deadline.point.date.slice(0, 4) : '',
    deadlineDate: measure.deadline?.point.precision === 'day' ? measure.deadline.point.date : '',
  };
}

/** Which fields a form shows, in order: the error summary links to them in the same order. */
export function fieldsOf(type: ChangeType, to: string): ChangeField[] {
  switch (type) {
    case 'status':
      return [
        'to',
        ...(to === 'completed' ? (['completedOn'] as const) : []),
        ...(to === 'replaced' ? (['replacedBy'] as const) : []),
        // Every status change may carry its source; a completion must.
        'sourceTitle',
        'sourceUrl',
        'effective',
        'reason',
      ];
    case 'deadline':
      return ['deadlineStated', 'deadlineKind', 'deadlinePrecision', 'deadlineYear', 'deadlineDate', 'sourceTitle', 'sourceUrl', 'effective', 'reason'];
    case 'note':
      return ['text', 'effective'];
    case 'source':
      return ['sourceTitle', 'sourceUrl', 'effective', 'reason'];
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

export type FormResult = { ok: true; change: MeasureChange } | { ok: false; errors: FormError[] };

/**
 * Turns the form into a change, or says every field that is wrong: first what the inputs themselves
 * get wrong (empty, too long, not a date, not a web address), then the rules of the domain
 * (transitions, dates, replacements) exactly as the API applies them.
 */
export function toChange(
  type: ChangeType,
  values: ChangeFormValues,
  language: Language,
  measure: Pick<Measure, 'id' | 'status' | 'deadline'>,
  context: ChangeContext,
): FormResult {
  const errors: FormError[] = [];
  const fail = (field: ChangeField, code: FormErrorCode) => errors.push(formError(field, code));
  /** A free text, by the domain's rule for it (the one the API applies): filled in, visible, not too long. */
  const text = (field: TextField): string => {
    const problem = textProblem(values[field], TEXT_RULES[field]);
    if (problem !== null) fail(field, problem);
    return values[field].trim();
  };
  const date = (field: ChangeField): DatePoint => {
    const value = values[field].trim();
    if (value === '') fail(field, 'required');
    else if (!isRealDate(value)) fail(field, 'invalid_date');
    return dayPoint(value);
  };
  /** A date a person sets as a deadline: a real date, in a year from YEAR_MIN to YEAR_MAX. */
  const deadlineDate = (field: ChangeField): DatePoint => {
    const point = date(field);
    if (isRealDate(point.date) && !isSaneYear(Number(point.date.slice(0, 4)))) fail(field, 'year_out_of_range');
    return point;
  };
  const year = (field: ChangeField): DatePoint | null => {
    const value = values[field].trim();
    const number = Number(value);
    if (value === '') fail(field, 'required');
    else if (!/^\d{4}$/.test(value) || !isSaneYear(number)) fail(field, 'invalid_year');
    else return yearPoint(number);
    return null;
  };
  const url = (field: ChangeField): string => {
    const value = values[field].trim();
    if (value === '') fail(field, 'required');
    else if (value.length > SOURCE_URL_MAX) fail(field, 'too_long');
    else if (hasCredentials(value)) fail(field, 'url_has_credentials');
    else if (!httpUrlSchema.safeParse(value).success) fail(field, 'invalid_url');
    return value;
  };

  /** A source the change may carry: none when both fields are empty, else both by the rules of a required one. */
  const optionalSource = (): { source?: { title: string; url: string } } =>
    values.sourceTitle.trim() === '' && values.sourceUrl.trim() === '' ? {} : { source: { title: text('sourceTitle'), url: url('sourceUrl') } };

  function buildChange(): MeasureChange | null {
    switch (type) {
      case 'status': {
        const to = STATUSES.find((status) => status === values.to);
        if (to === undefined) errors.push({ field: 'to', code: 'required' });
        const effective = date('effective');
        const completion = to === 'completed' ? { completedOn: date('completedOn'), source: { title: text('sourceTitle'), url: url('sourceUrl') } } : optionalSource();
        const replacedBy = values.replacedBy.trim();
        if (to === 'replaced' && replacedBy === '') errors.push({ field: 'replacedBy', code: 'required' });
        const reason = text('reason');
        if (to === undefined) return null;
        return { type, language, to, effective, reason, ...completion, ...(to === 'replaced' ? { replacedBy } : {}) };
      }
      case 'deadline': {
        // The stated words are the plan's own, in bokmål, as the white papers are written.
        const stated = text('deadlineStated');
        const kind = DEADLINE_KINDS.find((candidate) => candidate === values.deadlineKind);
        if (kind === undefined) errors.push({ field: 'deadlineKind', code: 'required' });
        const point = values.deadlinePrecision === 'day' ? deadlineDate('deadlineDate') : year('deadlineYear');
        const source = optionalSource();
        const effective = date('effective');
        const reason = text('reason');
        if (kind === undefined || point === null) return null;
        return { type, language, to: { stated: { nb: stated }, point, kind }, effective, reason, ...source };
      }
      case 'note':
        return { type, language, text: text('text'), effective: date('effective') };
      case 'source':
        return {
          type,
          language,
          source: { title: text('sourceTitle'), url: url('sourceUrl') },
          effective: date('effective'),
          reason: text('reason'),
        };
    }
  }
  const change = buildChange();
  if (errors.length > 0 || change === null) return { ok: false, errors };

  // The same schema the API checks the body with: a last guard against anything the checks above missed.
  const parsed = measureChangeSchema.safeParse(change);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => formError(formFieldOf(type, issue.path.map(String)), domainCode(issueCode(issue)))) };
  }
  const problems = validateChange(measure, parsed.data, context);
  if (problems.length > 0) {
    return { ok: false, errors: problems.map((problem) => ({ field: formFieldOf(type, [problem.field]), code: domainCode(problem.code) })) };
  }
  return { ok: true, change: parsed.data };
}

/** The form's code for a code of the schema (zod's, or a rule's own) or of the domain's rules. */
function domainCode(code: string): FormErrorCode {
  switch (code) {
    case 'too_small':
      return 'required';
    case 'too_big':
      return 'too_long';
    case 'completed_on_required':
    case 'source_required':
    case 'replaced_by_required':
      return 'required';
    case 'completed_on_not_allowed':
    case 'replaced_by_not_allowed':
      return 'invalid';
    default:
      return FORM_ERROR_CODES.find((known) => known === code) ?? 'invalid';
  }
}

/**
 * Where an error about a change field (from the schema, the rules or the API, as "body.source.url")
 * belongs in the form.
 */
export function formFieldOf(type: ChangeType, path: readonly string[]): ChangeField {
  const parts = path[0] === 'body' ? path.slice(1) : path;
  const [first, second] = parts;
  switch (first) {
    case 'source':
      return second === 'url' ? 'sourceUrl' : 'sourceTitle';
    case 'to':
      return type === 'deadline' ? (second === 'kind' ? 'deadlineKind' : second === 'stated' ? 'deadlineStated' : 'deadlineYear') : 'to';
    case 'completedOn':
    case 'effective':
    case 'reason':
    case 'replacedBy':
    case 'text':
      return first;
    default:
      return type === 'note' ? 'text' : 'reason';
  }
}

/** Form errors from a 400 problem document of the API. */
export function formErrorsFromProblem(type: ChangeType, errors: readonly { field: string; code: string }[]): FormError[] {
  return errors.map((error) => formError(formFieldOf(type, error.field.split('.')), domainCode(error.code)));
}

export function isDirty(type: ChangeType, values: ChangeFormValues, initial: ChangeFormValues): boolean {
  return fieldsOf(type, values.to).some((field) => values[field] !== initial[field]);
}
