import { describe, expect, it } from 'vitest';
import { dayPoint, yearPoint } from '@/domain/date-point';
import { hasCredentials, hasVisibleText, issueCode, textProblem } from '@/domain/input-rules';
import { isSaneYear } from '@/domain/year-range';
import { DEADLINE_STATED_MAX, measureChangeSchema, NOTE_MAX, REASON_MAX, SOURCE_TITLE_MAX, SOURCE_URL_MAX, TEXT_RULES } from '@/domain/measure-change';

const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';

describe('hasVisibleText', () => {
  it.each([
    ['a word', 'Fordi', true],
    ['a digit', '7', true],
    ['punctuation alone', '.', true],
    ['a symbol alone', '€', true],
    ['an emoji', '🙂', true],
    ['a word between zero-width spaces', `${ZERO_WIDTH}ja${ZERO_WIDTH}`, true],
    ['Sami letters', 'Čáhcesullo', true],
    ['empty', '', false],
    ['spaces, tabs and line breaks', ' \t\n\r\u00A0\u2003\u3000', false],
    ['zero-width characters and joiners', ZERO_WIDTH, false],
    ['direction marks and overrides', '\u200E\u200F\u202A\u202E\u2066\u2069', false],
    ['a soft hyphen and a Mongolian vowel separator', '\u00AD\u180E', false],
    ['control characters', '\u0000\u0007\u001B\u007F\u0085', false],
    ['the line and paragraph separators', '\u2028\u2029', false],
    ['combining marks with nothing to sit on', '\u0301\u0308\uFE0F', false],
    ['Hangul fillers and the blank Braille pattern', '\u115F\u1160\u3164\uFFA0\u2800', false],
    ['an unpaired surrogate', '\uD800', false],
  ])('%s', (_name, value, visible) => {
    expect(hasVisibleText(value)).toBe(visible);
  });
});

describe('textProblem', () => {
  const multiline = { max: 10, multiline: true };
  const oneLine = { max: 10, multiline: false };
  it.each([
    ['a text within the limit', 'Fordi', multiline, null],
    ['exactly the limit after trimming', `  ${'x'.repeat(10)}  `, multiline, null],
    ['one over the limit', 'x'.repeat(11), multiline, 'too_long'],
    ['only spaces', '   ', multiline, 'required'],
    ['only zero-width characters', ZERO_WIDTH, multiline, 'no_visible_text'],
    ['line breaks and tabs in a text that may span lines', 'a\n\tb\r\nc', multiline, null],
    ['a line break in a one-line text', 'a\nb', oneLine, 'invalid_characters'],
    ['U+2028 in a one-line text', 'a\u2028b', oneLine, 'invalid_characters'],
    ['a NUL', 'a\u0000b', multiline, 'invalid_characters'],
    ['an escape sequence', 'a\u001B[31mb', multiline, 'invalid_characters'],
    ['an unpaired surrogate', 'a\uDC00b', multiline, 'invalid_characters'],
    ['a paired surrogate (an emoji)', 'a🙂b', oneLine, null],
  ] as const)('%s', (_name, value, rule, problem) => {
    expect(textProblem(value, rule)).toBe(problem);
  });
});

describe('hasCredentials', () => {
  it.each([
    ['https://user:pass@example.no/a', true],
    ['https://user@example.no/a', true],
    ['https://:pass@example.no/', true],
    ['https://@example.no/', true],
    ['HTTP://USER:PASS@EXAMPLE.NO', true],
    ['https://example.no/a@b', false],
    ['https://example.no/?mail=a@b.no', false],
    ['https://example.no/#a@b', false],
    ['https://lovdata.no/forskrift/2015-05-07', false],
    ['not a url', false],
  ])('%s', (url, expected) => {
    expect(hasCredentials(url)).toBe(expected);
  });
});

describe('isSaneYear', () => {
  it.each([
    [0, false],
    [1800, false],
    [1989, false],
    [1990, true],
    [2027, true],
    [2100, true],
    [2101, false],
    [9999, false],
    [2027.5, false],
  ])('%d', (year, expected) => {
    expect(isSaneYear(year)).toBe(expected);
  });
});

describe('the limits of a change (measureChangeSchema)', () => {
  const effective = dayPoint('2026-11-20');
  const note = (text: string) => ({ type: 'note', text, effective, language: 'nb' });
  const reason = (value: string) => ({ type: 'status', to: 'at_risk', effective, reason: value, language: 'nb' });
  const source = (title: string, url = 'https://lovdata.no/x') => ({ type: 'source', source: { title, url }, effective, reason: 'Ny kilde', language: 'nb' });
  const deadline = (stated: Record<string, string>, point = yearPoint(2028)) => ({ type: 'deadline', to: { stated, point, kind: 'by' }, effective, reason: 'Utsatt', language: 'nb' });

  /** The codes a body fails with, as `path:code`, as the API reports them. */
  function failures(body: unknown): string[] {
    const parsed = measureChangeSchema.safeParse(body);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}:${issueCode(issue)}`);
  }

  it('states the limits the form and the API share', () => {
    expect(TEXT_RULES).toEqual({
      reason: { max: REASON_MAX, multiline: true },
      text: { max: NOTE_MAX, multiline: true },
      sourceTitle: { max: SOURCE_TITLE_MAX, multiline: false },
      deadlineStated: { max: DEADLINE_STATED_MAX, multiline: false },
    });
    expect([REASON_MAX, NOTE_MAX, SOURCE_TITLE_MAX, DEADLINE_STATED_MAX, SOURCE_URL_MAX]).toEqual([1000, 2000, 300, 200, 2000]);
  });

  it.each([
    ['a note of zero-width characters', note(ZERO_WIDTH), ['text:no_visible_text']],
    ['a note of direction marks and spaces', note(' \u200E\u200F '), ['text:no_visible_text']],
    ['a note with a NUL', note('viktig\u0000'), ['text:invalid_characters']],
    ['a reason of zero-width characters', reason(ZERO_WIDTH), ['reason:no_visible_text']],
    ['a reason of control characters', reason('\u0001\u0002'), ['reason:no_visible_text']],
    ['a reason of 1001 characters', reason('x'.repeat(1001)), ['reason:too_big']],
    ['an empty reason', reason('  '), ['reason:too_small']],
    ['a source title of zero-width characters', source(ZERO_WIDTH), ['source.title:no_visible_text']],
    ['a source title over 300 characters', source('x'.repeat(301)), ['source.title:too_big']],
    ['a source title on two lines', source('Lovdata\nForskrift'), ['source.title:invalid_characters']],
    ['an address with a user name and password', source('Kilde', 'https://user:pass@lovdata.no/x'), ['source.url:url_has_credentials']],
    ['an address with a user name', source('Kilde', 'https://user@lovdata.no/x'), ['source.url:url_has_credentials']],
    ['an address over 2000 characters', source('Kilde', `https://lovdata.no/${'a'.repeat(2000)}`), ['source.url:too_big']],
    ['a stated deadline of 3,000,000 characters', deadline({ nb: 'x'.repeat(3_000_000) }), ['to.stated.nb:too_big']],
    ['a stated deadline of 201 characters', deadline({ nb: 'x'.repeat(201) }), ['to.stated.nb:too_big']],
    ['a stated deadline in English of zero-width characters', deadline({ nb: 'innen 2028', en: ZERO_WIDTH }), ['to.stated.en:no_visible_text']],
    ['a stated deadline with a line break', deadline({ nb: '=HYPERLINK("https://evil.example","x")\nx' }), ['to.stated.nb:invalid_characters']],
    ['a stated deadline with U+2028', deadline({ nb: 'innen\u20282028' }), ['to.stated.nb:invalid_characters']],
    ['a deadline in 0000', deadline({ nb: 'i år 0' }, { date: '0000-01-01', precision: 'year' }), ['to.point:year_out_of_range']],
    ['a deadline in 1800', deadline({ nb: 'i 1800' }, yearPoint(1800)), ['to.point:year_out_of_range']],
    ['a deadline in 1989', deadline({ nb: 'i 1989' }, yearPoint(1989)), ['to.point:year_out_of_range']],
    ['a deadline in 2101', deadline({ nb: 'i 2101' }, yearPoint(2101)), ['to.point:year_out_of_range']],
    ['a deadline on 9999-12-31', deadline({ nb: 'nyttårsaften 9999' }, dayPoint('9999-12-31')), ['to.point:year_out_of_range']],
  ])('refuses %s', (_name, body, expected) => {
    expect(failures(body)).toEqual(expected);
  });

  it.each([
    ['a note with line breaks, a tab and an emoji', note('Første linje\n\tandre 🙂')],
    ['a reason of one visible character among zero-width ones', reason(`${ZERO_WIDTH}!${ZERO_WIDTH}`)],
    ['a source title of exactly 300 characters', source('x'.repeat(300))],
    ['an address with an @ in its path', source('Kilde', 'https://example.no/people/@kari')],
    ['a stated deadline of exactly 200 characters, in all three languages', deadline({ nb: 'x'.repeat(200), nn: 'innan 2028', en: 'by 2028' })],
    ['a deadline in 1990', deadline({ nb: 'i 1990' }, yearPoint(1990))],
    ['a deadline on 2100-12-31', deadline({ nb: 'innen 2100' }, dayPoint('2100-12-31'))],
  ])('accepts %s', (_name, body) => {
    expect(failures(body)).toEqual([]);
  });
});
