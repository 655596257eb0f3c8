import { describe, expect, it } from 'vitest';
import { yearPoint } from '@/domain/date-point';
import type { ChangeContext, ChangeType } from '@/domain/measure-change';
import { emptyForm, formErrorsFromProblem, toChange, type ChangeFormValues } from '@/features/editing/utils/change-form';
import { makeMeasure } from '../../support/measure-factory';

// The form checks the same limits as the API before it sends anything (src/domain/input-rules.ts), and says
// which one a field breaks.

const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';
const TODAY = '2026-11-23';
const context: ChangeContext = { today: TODAY, planPublished: '2015-05-07', measureExists: () => true };
const measure = makeMeasure({ status: 'in_progress', deadline: { kind: 'by', point: yearPoint(2027), stated: { nb: 'innen 2027' } } });

function errorsOf(type: ChangeType, values: Partial<ChangeFormValues>) {
  const result = toChange(type, { ...emptyForm(type, measure, TODAY), ...values }, 'nb', measure, context);
  return result.ok ? [] : result.errors;
}

describe('toChange checks the limits before sending', () => {
  it.each<[string, ChangeType, Partial<ChangeFormValues>, object[]]>([
    ['a note of zero-width characters', 'note', { text: ZERO_WIDTH }, [{ field: 'text', code: 'no_visible_text' }]],
    ['a note of direction marks between spaces', 'note', { text: ' \u200E\u202E ' }, [{ field: 'text', code: 'no_visible_text' }]],
    ['a note with a NUL', 'note', { text: 'viktig\u0000' }, [{ field: 'text', code: 'invalid_characters' }]],
    ['a note of 2001 characters', 'note', { text: 'x'.repeat(2001) }, [{ field: 'text', code: 'too_long', max: 2000 }]],
    ['a reason of zero-width characters', 'status', { to: 'at_risk', reason: ZERO_WIDTH }, [{ field: 'reason', code: 'no_visible_text' }]],
    ['a source title of zero-width characters', 'source', { sourceTitle: ZERO_WIDTH, sourceUrl: 'https://lovdata.no/', reason: 'Ny' }, [{ field: 'sourceTitle', code: 'no_visible_text' }]],
    ['an address with a password', 'source', { sourceTitle: 'Kilde', sourceUrl: 'https://user:pass@lovdata.no/', reason: 'Ny' }, [{ field: 'sourceUrl', code: 'url_has_credentials' }]],
    ['an address with a user name', 'source', { sourceTitle: 'Kilde', sourceUrl: 'https://user@lovdata.no/', reason: 'Ny' }, [{ field: 'sourceUrl', code: 'url_has_credentials' }]],
    ['an address of 2001 characters', 'source', { sourceTitle: 'Kilde', sourceUrl: `https://lovdata.no/${'a'.repeat(1983)}`, reason: 'Ny' }, [{ field: 'sourceUrl', code: 'too_long', max: 2000 }]],
    ['a stated deadline of 201 characters', 'deadline', { deadlineStated: 'x'.repeat(201), deadlineYear: '2028', reason: 'Utsatt' }, [{ field: 'deadlineStated', code: 'too_long', max: 200 }]],
    ['a stated deadline of zero-width characters', 'deadline', { deadlineStated: ZERO_WIDTH, deadlineYear: '2028', reason: 'Utsatt' }, [{ field: 'deadlineStated', code: 'no_visible_text' }]],
    ['a deadline year of 0000', 'deadline', { deadlineStated: 'i år 0', deadlineYear: '0000', reason: 'Utsatt' }, [{ field: 'deadlineYear', code: 'invalid_year', min: 1990, max: 2100 }]],
    ['a deadline year of 1989', 'deadline', { deadlineStated: 'i 1989', deadlineYear: '1989', reason: 'Utsatt' }, [{ field: 'deadlineYear', code: 'invalid_year', min: 1990, max: 2100 }]],
    ['a deadline year of 9999', 'deadline', { deadlineStated: 'i 9999', deadlineYear: '9999', reason: 'Utsatt' }, [{ field: 'deadlineYear', code: 'invalid_year', min: 1990, max: 2100 }]],
    ['a deadline date in 1800', 'deadline', { deadlineStated: 'i 1800', deadlinePrecision: 'day', deadlineDate: '1800-06-01', reason: 'Utsatt' }, [{ field: 'deadlineDate', code: 'year_out_of_range', min: 1990, max: 2100 }]],
    ['a deadline date in 9999', 'deadline', { deadlineStated: 'nyttår', deadlinePrecision: 'day', deadlineDate: '9999-12-31', reason: 'Utsatt' }, [{ field: 'deadlineDate', code: 'year_out_of_range', min: 1990, max: 2100 }]],
  ])('%s', (_name, type, values, expected) => {
    expect(errorsOf(type, values)).toEqual(expected);
  });

  it.each<[string, ChangeType, Partial<ChangeFormValues>]>([
    ['a deadline year of 1990 (earlier than the form took before)', 'deadline', { deadlineStated: 'i 1990', deadlineYear: '1990', reason: 'Rettet' }],
    ['a deadline year of 2100', 'deadline', { deadlineStated: 'innen 2100', deadlineYear: '2100', reason: 'Utsatt' }],
    ['a deadline date on 2100-12-31', 'deadline', { deadlineStated: 'nyttårsaften 2100', deadlinePrecision: 'day', deadlineDate: '2100-12-31', reason: 'Utsatt' }],
    ['a note on several lines', 'note', { text: 'Første linje\nandre linje' }],
  ])('accepts %s', (_name, type, values) => {
    expect(errorsOf(type, values)).toEqual([]);
  });
});

describe('formErrorsFromProblem', () => {
  it.each([
    ['body.reason', 'no_visible_text', { field: 'reason', code: 'no_visible_text' }],
    ['body.text', 'invalid_characters', { field: 'text', code: 'invalid_characters' }],
    ['body.source.url', 'url_has_credentials', { field: 'sourceUrl', code: 'url_has_credentials' }],
    ['body.to.point', 'year_out_of_range', { field: 'deadlineYear', code: 'year_out_of_range', min: 1990, max: 2100 }],
    ['body.to.stated.nb', 'too_big', { field: 'deadlineStated', code: 'too_long', max: 200 }],
    ['body.reason', 'too_big', { field: 'reason', code: 'too_long', max: 1000 }],
    ['body.reason', 'too_small', { field: 'reason', code: 'required' }],
  ])('%s %s', (field, code, expected) => {
    const type: ChangeType = field.startsWith('body.to') ? 'deadline' : field === 'body.source.url' ? 'source' : field === 'body.text' ? 'note' : 'status';
    expect(formErrorsFromProblem(type, [{ field, code }])).toEqual([expected]);
  });
});
