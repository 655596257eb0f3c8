import * as z from 'zod/mini';
import { isSaneYear, YEAR_MAX, YEAR_MIN } from './year-range';

/**
 * The limits on what a person may send: text that has something to read and no control characters,
 * years within a sane range, web addresses without credentials. The same rules run in the edit
 * forms (before sending) and in the API (before saving), through the schemas in measure-change.ts.
 *
 * A rule that zod has no code for is a custom issue that carries its own code in `params.code`;
 * `issueCode` reads it, so a problem document says `no_visible_text` rather than `custom`.
 */

export const RULE_CODES = ['no_visible_text', 'invalid_characters', 'year_out_of_range', 'url_has_credentials'] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** The zod issue's code, or the rule's own code for a rule of this file. */
export function issueCode(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'custom') return issue.code;
  const code: unknown = issue.params?.code;
  return typeof code === 'string' ? code : issue.code;
}

/** A rule with its own code; `abort` stops the checks after it when it fails (one problem per field is enough). */
function rule<T>(code: RuleCode, message: string, test: (value: T) => boolean, abort = false) {
  return z.refine<T>(test, { message, params: { code }, abort });
}

// ---- Text -------------------------------------------------------------------------------------------

/**
 * Letters, digits, punctuation and symbols can be seen; spaces, line breaks, control and format
 * characters (zero-width space and joiners, U+FEFF, direction marks, soft hyphen), combining marks on
 * their own and unassigned code points cannot.
 */
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
/** Letters and symbols that draw nothing: Hangul fillers and the blank Braille pattern. */
const BLANK_GLYPHS = /[\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Whether a text has at least one character a reader can see. A text without one counts as empty. */
export function hasVisibleText(value: string): boolean {
  return VISIBLE.test(value.replace(BLANK_GLYPHS, ''));
}

/** Control characters (tab and line breaks allowed where text may span lines) and unpaired surrogates. */
const MULTILINE_FORBIDDEN = /[\p{Cc}\p{Cs}]/u;
const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\p{Cs}\u2028\u2029]/u;

/** Whether a text has only characters that may be stored and shown: no NUL, no escape sequences, no broken UTF-16. */
export function hasOnlyAllowedCharacters(value: string, multiline: boolean): boolean {
  const forbidden = multiline ? MULTILINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN;
  return !forbidden.test(multiline ? value.replace(/[\t\n\r]/g, '') : value);
}

/** How a free text is limited: its length (after trimming, in UTF-16 code units as `String.length`) and whether it may span lines. */
export interface TextRule {
  max: number;
  multiline: boolean;
}

export type TextProblem = 'required' | 'too_long' | 'no_visible_text' | 'invalid_characters';

/** The first rule a text breaks (after trimming), or null: what the forms check, in the order the schema does. */
export function textProblem(value: string, { max, multiline }: TextRule): TextProblem | null {
  const trimmed = value.trim();
  if (trimmed === '') return 'required';
  if (trimmed.length > max) return 'too_long';
  if (!hasVisibleText(trimmed)) return 'no_visible_text';
  if (!hasOnlyAllowedCharacters(trimmed, multiline)) return 'invalid_characters';
  return null;
}

/**
 * A free text a person writes: trimmed, 1 to `max` characters, at least one of them visible, no
 * control characters. In problem documents: `too_small`, `too_big`, `no_visible_text`, `invalid_characters`.
 */
export function plainTextSchema({ max, multiline }: TextRule) {
  return z.string().check(
    z.trim(),
    z.minLength(1, { abort: true }),
    z.maxLength(max, { abort: true }),
    rule<string>('no_visible_text', 'Must contain visible characters, not only spaces or invisible characters', hasVisibleText, true),
    rule<string>('invalid_characters', multiline ? 'Must not contain control characters' : 'Must not contain control characters or line breaks', (value) =>
      hasOnlyAllowedCharacters(value, multiline),
    ),
  );
}

// ---- Years ------------------------------------------------------------------------------------------

/** A check that a `YYYY-…` date's year is sane (code `year_out_of_range`). */
export function saneYearCheck<T extends { date: string }>() {
  return rule<T>('year_out_of_range', `The year must be from ${YEAR_MIN} to ${YEAR_MAX}`, (point) => isSaneYear(Number(point.date.slice(0, 4))));
}

// ---- Web addresses ----------------------------------------------------------------------------------

/** The longest web address a person may give (browsers and servers handle about 2,000 characters everywhere). */
export const URL_MAX = 2000;

/** Whether an address carries a user name or password (`https://user:pass@host`), which must never be stored or shown. */
export function hasCredentials(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '' || /^[a-z][a-z\d+.-]*:\/*[^/?#]*@/i.test(url);
  } catch {
    return false;
  }
}

/** A check that an address has no credentials (code `url_has_credentials`). */
export function noCredentialsCheck() {
  return rule<string>('url_has_credentials', 'The address must not contain a user name or password', (url) => !hasCredentials(url));
}
