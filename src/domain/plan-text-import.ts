import type { Area } from './area';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from './date-point';
import type { Deadline } from './deadline';
import { foldForSearch } from './search-text';
import { isSaneYear } from './year-range';

/**
 * Reads a plan's list of measures as it is written in a white paper (as on regjeringen.no's page of
 * Meld. St. 26 (2014–2015), docs/sources/seed-003-meld-st-26-regjeringen.txt): prose paragraphs, area
 * headings (a short line on its own that names one of the plan's areas), and bullets for measures. It
 * returns a preview, never saves: each row as it would be saved, and every line it could not place with a
 * stable reason code (the texts for the UI live under `messageKey`).
 *
 * What it recognises:
 * - A bullet: a line that starts with «•», «◦», «▪», «●» (space optional), «-», «*», «–», «—» (followed by a
 *   space), or a number «1.» / «1)». A line right after a bullet, with no blank line between, continues it
 *   (a web page wrapped the bullet) when it is indented or starts in lower case, with a digit or an opening
 *   bracket or quote; a line at the margin in capitals is prose («Til toppen» after the last bullet).
 * - An area heading: a line that is, folded (case, accents, æ/ø/å), the name of an area in any language,
 *   or an alias given in `options.aliases` (not its id); a trailing colon is allowed.
 * - An unknown heading: a short line on its own (blank line before it, blank line or bullet after it, at most
 *   ten words, no sentence punctuation at its end) that names no area. Bullets under it are not placed.
 * - One bullet that holds two measures: when each of its sentences begins with a verb of action in the
 *   infinitive («Rekruttere … psykologkompetanse. Innføre … i 2020»), each such sentence is a measure of its
 *   own (the dataset counts Meld. St. 26's psychologist bullet as #15 and #16 the same way); the rows say so.
 * - The deadline words of a measure, with what they mean (see `recogniseDeadlines`).
 */

// ---- Limits and codes -----------------------------------------------------------------------------

/** The largest text read, in UTF-8 bytes (1 MiB): a white paper's list of measures is a few kilobytes. */
export const IMPORT_TEXT_MAX_BYTES = 1_048_576;
/** The longest measure text (characters, after joining its lines); a longer "bullet" is not a measure. */
export const IMPORT_MEASURE_MAX_CHARS = 1000;
/** A heading is short: at most this many characters and words. */
const HEADING_MAX_CHARS = 80;
const HEADING_MAX_WORDS = 10;

export const IMPORT_PROBLEM_CODES = [
  // The whole text: no rows at all.
  'empty',
  'too_large',
  'binary',
  'no_measures',
  // One line.
  'invalid_characters',
  'empty_bullet',
  'measure_too_long',
  'bullet_before_heading',
  'bullet_under_unknown_heading',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export const IMPORT_NOTE_CODES = ['split_bullet', 'deadline_inferred', 'several_deadlines'] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

/** The key of a problem's text in the locale files (a namespace of its own, added with the UI). */
export const problemMessageKey = (code: ImportProblemCode): string => `planImport.problem.${code}`;
export const noteMessageKey = (code: ImportNoteCode): string => `planImport.note.${code}`;

export interface ImportProblem {
  code: ImportProblemCode;
  messageKey: string;
  /** 1-based line of the text; null for a problem with the whole text. */
  line: number | null;
  /** The line as written (shortened, control characters shown as U+FFFD), for the preview; null for the whole text. */
  excerpt: string | null;
  /** The heading the line stood under, when it matters (an unknown heading). */
  heading: string | null;
}

export interface ImportNote {
  code: ImportNoteCode;
  messageKey: string;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** A deadline found in a measure's text, in the dataset's own form (src/domain/deadline.ts). */
export interface RecognisedDeadline {
  /** `stated.nb` is the words as written; `point` is no more precise than the words. */
  deadline: Deadline;
  /** Where the words stand in the row's text (UTF-16 offsets, end exclusive); null when inferred. */
  at: { start: number; end: number } | null;
  /** «høsten 2016»: the season the words name; the point stays a year, since no precision finer is known. */
  season: Season | null;
  /** Taken from the other half of the same bullet («… frem til plikten trer i kraft i 2020»), not written here. */
  inferred: boolean;
}

export interface ImportedMeasureRow {
  /** Position in the plan's own list (1-based), as `Measure.number`. */
  number: number;
  /** The lines of the text the measure was read from (1-based, inclusive). */
  lines: { first: number; last: number };
  /** The area it falls under, and the heading that placed it there. */
  area: { id: string; heading: string; line: number };
  /** The measure as written, its lines joined and white space made single. */
  text: string;
  /** The prose paragraph that introduces the bullets, since the heading ("Regjeringen vil …:"), or null. */
  lead: string | null;
  /** The first deadline recognised, or null when the words name none. */
  deadline: RecognisedDeadline | null;
  /** Every deadline recognised, in the order written (usually none or one). */
  deadlines: RecognisedDeadline[];
  /** When the bullet held several measures: which one this is. */
  split: { part: number; of: number } | null;
  notes: ImportNote[];
}

export interface PlanTextPreview {
  rows: ImportedMeasureRow[];
  problems: ImportProblem[];
}

export interface PlanTextImportOptions {
  areas: readonly Area[];
  /** Further names by which a heading may name an area, by area id. */
  aliases?: Readonly<Record<string, readonly string[]>>;
}

// ---- Deadlines ------------------------------------------------------------------------------------

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const SEASONS: Record<string, Season> = {
  våren: 'spring',
  sommeren: 'summer',
  sommaren: 'summer',
  høsten: 'autumn',
  hausten: 'autumn',
  vinteren: 'winter',
};
const MONTH = MONTHS.join('|');
const SEASON = Object.keys(SEASONS).join('|');
/** A date as white papers write it: «2016», «utgangen av 2020», «høsten 2016», «juni 2017», «1. juli 2017», «1.7.2017». */
const DATE = `(?:(?:utgangen|slutten) av )?(?:(?:${SEASON}) |(?:\\d{1,2}\\.\\s?)?(?:${MONTH}) )?\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

type Pattern = { kind: Deadline['kind']; regex: RegExp; /** The part of the match that is the stated words, if not all of it. */ stated?: (match: RegExpExecArray) => string };

const PATTERNS: Pattern[] = [
  { kind: 'earliest', regex: new RegExp(`${B}(?:tidligst|tidlegast) (?:fra og med|fra|frå|i) (?:${DATE})${E}`, 'giu') },
  // «frem til 2020», «frem til utgangen av 2020», «frem til plikten trer i kraft i 2020».
  { kind: 'until', regex: new RegExp(`${B}(?:frem|fram) til (?:[^.;:!?]{1,80}? )?(?:(?:i|innen|innan) )?(?:${DATE})${E}`, 'giu') },
  { kind: 'from', regex: new RegExp(`${B}(?:fra og med|fra|frå) (?:${DATE})${E}`, 'giu') },
  { kind: 'from', regex: new RegExp(`${B}(?:trer|trår|tre|tråtte) i kraft (?:(?:i|fra|frå) )?(?:${DATE})${E}`, 'giu') },
  {
    kind: 'by',
    regex: new RegExp(`${B}(?:innen|innan|i løpet av|senest i|seinast i|senest|seinast|i) (?:${DATE})${E}`, 'giu'),
  },
  { kind: 'by', regex: new RegExp(`${B}(?:${SEASON}) \\d{4}${E}`, 'giu') },
  // «Nasjonal faglig retningslinje … (Hdir) – 2015»: a year after a dash at the end; the words are the year.
  { kind: 'by', regex: /(?<=\s)[–—-]\s?(\d{4})\s*\.?\s*$/gu, stated: (match) => match[1] ?? '' },
];

/** The point a date's words name, as precisely as they name it, and the season if any; null if not a sane date. */
function parseDate(words: string): { point: DatePoint; season: Season | null } | null {
  const lower = words.toLowerCase();
  const numeric = /(\d{1,2})\.(\d{1,2})\.(\d{4})$/u.exec(lower);
  if (numeric) return dayOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const named = new RegExp(`(?:(\\d{1,2})\\.\\s?)?(${MONTH}) (\\d{4})$`, 'u').exec(lower);
  if (named) {
    const year = Number(named[3]);
    const month = MONTHS.indexOf(named[2] ?? '') + 1;
    if (named[1] === undefined) return isSaneYear(year) ? { point: monthPoint(year, month), season: null } : null;
    return dayOf(year, month, Number(named[1]));
  }
  const year = /(\d{4})$/u.exec(lower);
  if (!year || !isSaneYear(Number(year[1]))) return null;
  const season = new RegExp(`(${SEASON}) \\d{4}$`, 'u').exec(lower);
  return { point: yearPoint(Number(year[1])), season: season ? (SEASONS[season[1] ?? ''] ?? null) : null };
}

function dayOf(year: number, month: number, day: number): { point: DatePoint; season: null } | null {
  if (!isSaneYear(year) || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { point: dayPoint(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`), season: null };
}

/**
 * The deadline words of a measure's text, with what they mean (the kinds of src/domain/deadline.ts):
 * - `by`: «i 2016», «innen 2020», «innen utgangen av 2020», «i løpet av 2017», «senest i 2018», «høsten 2016»,
 *   «våren 2017», «i juni 2017», and a year after a dash at the end («(Hdir) – 2015», stated as «2015»)
 * - `from`: «fra 2017», «fra 1. januar 2017», «trer i kraft i 2020»
 * - `earliest`: «tidligst fra 2017»
 * - `until`: «frem til 2020», «fram til 2020», «frem til plikten trer i kraft i 2020»
 * Nynorsk forms too («frå», «tidlegast», «innan», «hausten»). The point has the precision of the words: a year
 * is a year, a month a month, a season a year (with `season` set); a day only when the day is written.
 * Where words overlap, the one that starts first wins, then the longer («tidligst fra 2017», not «fra 2017»).
 */
export function recogniseDeadlines(text: string): RecognisedDeadline[] {
  const found: { start: number; end: number; kind: Deadline['kind']; stated: string }[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let match = pattern.regex.exec(text); match !== null; match = pattern.regex.exec(text)) {
      const stated = pattern.stated ? pattern.stated(match) : match[0];
      const start = pattern.stated ? match.index + match[0].indexOf(stated) : match.index;
      found.push({ start, end: start + stated.length, kind: pattern.kind, stated });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const result: RecognisedDeadline[] = [];
  let reached = -1;
  for (const candidate of found) {
    if (candidate.start < reached) continue;
    const date = parseDate(candidate.stated);
    if (date === null) continue;
    reached = candidate.end;
    result.push({
      deadline: { stated: { nb: candidate.stated }, point: date.point, kind: candidate.kind },
      at: { start: candidate.start, end: candidate.end },
      season: date.season,
      inferred: false,
    });
  }
  return result;
}

/** «frem til plikten trer i kraft i 2020» says that the duty takes effect in 2020: the other half's deadline. */
function impliedStart(until: RecognisedDeadline): RecognisedDeadline | null {
  const event = /^(?:frem|fram) til (.+ (?:trer|trår|tre) i kraft .+)$/iu.exec(until.deadline.stated.nb);
  if (until.deadline.kind !== 'until' || !event?.[1]) return null;
  return { deadline: { stated: { nb: event[1] }, point: until.deadline.point, kind: 'from' }, at: null, season: until.season, inferred: true };
}

// ---- Lines ----------------------------------------------------------------------------------------

const BULLET = /^(?:[•◦▪●‣⁃](?:\s+|$)|[•◦▪●](?=\S)|[*\-–—](?:\s+|$)|\d{1,3}[.)](?:\s+|$))/u;
/** Control characters other than tab, unpaired surrogates, and U+FFFD (a byte that was not text). */
const INVALID = /[\p{Cc}\p{Cs}\uFFFD]/u;
const INVALID_ALL = /[\p{Cc}\p{Cs}\uFFFD]/gu;
const ACTION_VERBS = new Set(
  [
    'Auke', 'Byggje', 'Bygge', 'Endre', 'Etablere', 'Evaluere', 'Fastsette', 'Fastsetje', 'Forenkle', 'Fortsette', 'Fremme',
    'Gi', 'Gjennomføre', 'Greie', 'Heve', 'Innføre', 'Iverksette', 'Kartlegge', 'Kartleggje', 'Legge', 'Leggje', 'Lovfeste',
    'Opprette', 'Prøve', 'Rekruttere', 'Revidere', 'Samordne', 'Sette', 'Setje', 'Sikre', 'Starte', 'Stimulere', 'Styrke',
    'Ta', 'Tilby', 'Tydeliggjøre', 'Utarbeide', 'Utrede', 'Utvide', 'Utvikle', 'Videreføre', 'Vidareføre', 'Vurdere', 'Øke',
  ].map((verb) => foldForSearch(verb)),
);

function excerpt(line: string): string {
  const shown = line.replace(INVALID_ALL, '\uFFFD').trim();
  return shown.length > 120 ? `${shown.slice(0, 119)}…` : shown;
}

function utf8Length(text: string): number {
  if (text.length > IMPORT_TEXT_MAX_BYTES) return text.length;
  if (text.length * 3 <= IMPORT_TEXT_MAX_BYTES) return text.length; // cannot be over, no need to count
  return new TextEncoder().encode(text).length;
}

/** Whether the text is mostly not text: a NUL, or many control characters / replacement characters. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const bad = text.replace(/[\t\n\r]/g, '').match(INVALID_ALL)?.length ?? 0;
  return bad > 8 && bad * 100 > text.length;
}

function looksLikeHeading(line: string): boolean {
  return (
    line.length <= HEADING_MAX_CHARS &&
    line.split(/\s+/).length <= HEADING_MAX_WORDS &&
    /^\p{Lu}/u.test(line) &&
    !/[.,:;!?]$/u.test(line)
  );
}

/** Splits a bullet into the measures it holds, when each sentence begins with a verb of action (see above). */
function measuresOf(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  const startsWithVerb = (sentence: string) => ACTION_VERBS.has(foldForSearch(sentence.replace(/^[«"“']+/u, '').split(/\s/)[0] ?? ''));
  if (sentences.length < 2 || !startsWithVerb(sentences[0] ?? '')) return [text];
  const parts: string[] = [];
  for (const sentence of sentences) {
    const last = parts.pop();
    if (last === undefined) parts.push(sentence);
    else if (startsWithVerb(sentence)) parts.push(last, sentence);
    else parts.push(`${last} ${sentence}`);
  }
  return parts;
}

interface Heading {
  text: string;
  line: number;
  areaId: string | null;
}

interface PendingBullet {
  first: number;
  last: number;
  raw: string;
  text: string;
}

function problem(code: ImportProblemCode, line: number | null, text: string | null, heading: string | null = null): ImportProblem {
  return { code, messageKey: problemMessageKey(code), line, excerpt: text === null ? null : excerpt(text), heading };
}

const note = (code: ImportNoteCode): ImportNote => ({ code, messageKey: noteMessageKey(code) });

/** The preview of a pasted list of measures (see the top of this file). Pure: nothing is saved. */
export function parsePlanText(text: string, options: PlanTextImportOptions): PlanTextPreview {
  if (text.trim() === '') return { rows: [], problems: [problem('empty', null, null)] };
  if (utf8Length(text) > IMPORT_TEXT_MAX_BYTES) return { rows: [], problems: [problem('too_large', null, null)] };
  if (looksBinary(text)) return { rows: [], problems: [problem('binary', null, null)] };

  const areaByName = new Map<string, string>();
  for (const area of options.areas) {
    const names = [area.name.nb, area.name.nn, area.name.en, ...(options.aliases?.[area.id] ?? [])];
    for (const name of names) if (name !== undefined && name.trim() !== '') areaByName.set(fold(name), area.id);
  }

  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const rows: ImportedMeasureRow[] = [];
  const problems: ImportProblem[] = [];
  let heading: Heading | null = null;
  let lead: string | null = null;
  let pending: PendingBullet | null = null;
  let previousBlank = true;

  const flush = () => {
    if (pending === null) return;
    const bullet = pending;
    pending = null;
    if (bullet.text === '') problems.push(problem('empty_bullet', bullet.first, bullet.raw));
    else if (bullet.text.length > IMPORT_MEASURE_MAX_CHARS) problems.push(problem('measure_too_long', bullet.first, bullet.raw));
    else if (heading === null) problems.push(problem('bullet_before_heading', bullet.first, bullet.raw));
    else if (heading.areaId === null) problems.push(problem('bullet_under_unknown_heading', bullet.first, bullet.raw, heading.text));
    else rows.push(...rowsOf(bullet, { id: heading.areaId, heading: heading.text, line: heading.line }, lead, rows.length));
  };

  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const trimmed = raw.replace(/\t/g, ' ').trim();
    if (INVALID.test(raw.replace(/\t/g, ''))) {
      flush();
      problems.push(problem('invalid_characters', lineNumber, raw));
      previousBlank = true;
      return;
    }
    if (trimmed === '') {
      flush();
      previousBlank = true;
      return;
    }
    const bullet = BULLET.exec(trimmed);
    const areaId = areaByName.get(fold(trimmed.replace(/:$/u, ''))) ?? null;
    if (bullet) {
      flush();
      pending = { first: lineNumber, last: lineNumber, raw: trimmed, text: collapse(trimmed.slice(bullet[0].length)) };
    } else if (pending !== null && !previousBlank && areaId === null && continues(raw)) {
      pending.last = lineNumber;
      pending.raw = `${pending.raw} ${trimmed}`;
      pending.text = collapse(`${pending.text} ${trimmed}`);
    } else {
      flush();
      const next = lines[index + 1]?.trim() ?? '';
      if (areaId !== null) {
        heading = { text: trimmed, line: lineNumber, areaId };
        lead = null;
      } else if (previousBlank && looksLikeHeading(trimmed) && (next === '' || BULLET.test(next))) {
        heading = { text: trimmed, line: lineNumber, areaId: null };
        lead = null;
      } else {
        lead = collapse(trimmed);
      }
    }
    previousBlank = false;
  });
  flush();

  if (rows.length === 0 && problems.length === 0) problems.push(problem('no_measures', null, null));
  return { rows, problems };
}

/** Whether a line right after a bullet wraps it (see the top of this file). */
function continues(raw: string): boolean {
  return /^\s/u.test(raw) || /^[\p{Ll}\p{N}(«"“]/u.test(raw);
}

function rowsOf(bullet: PendingBullet, area: ImportedMeasureRow['area'], lead: string | null, before: number): ImportedMeasureRow[] {
  const parts = measuresOf(bullet.text);
  const found = parts.map((part) => recogniseDeadlines(part));
  return parts.map((part, index) => {
    let deadlines = found[index] ?? [];
    const notes: ImportNote[] = [];
    if (parts.length > 1) notes.push(note('split_bullet'));
    if (deadlines.length === 0 && parts.length > 1) {
      const implied = found.flat().map(impliedStart).find((candidate) => candidate !== null);
      if (implied) {
        deadlines = [implied];
        notes.push(note('deadline_inferred'));
      }
    }
    if (deadlines.length > 1) notes.push(note('several_deadlines'));
    return {
      number: before + index + 1,
      lines: { first: bullet.first, last: bullet.last },
      area,
      text: part,
      lead,
      deadline: deadlines[0] ?? null,
      deadlines,
      split: parts.length > 1 ? { part: index + 1, of: parts.length } : null,
      notes,
    };
  });
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

function fold(text: string): string {
  return foldForSearch(text);
}
