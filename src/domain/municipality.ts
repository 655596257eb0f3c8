import * as z from 'zod/mini';
import { datePointSchema, isoDateSchema } from './date-point';
import { localizedTextSchema } from './localized-text';
import { obligationSchema } from './measure';
import { idSchema } from './plan';
import { foldForSearch } from './search-text';
import { httpUrlSchema, sourceSchema } from './source';
import { statusSchema } from './status';

/** A kommunenummer: four digits, the first two the county's number. */
export const municipalityNumberSchema = z.string().check(z.regex(/^\d{4}$/, 'four digits'));

/** A number a municipality (or the one it was split from or merged out of) had before, and when it stopped using it. */
export const formerNumberSchema = z.strictObject({
  number: municipalityNumberSchema,
  /** The name of the municipality that had the number. */
  name: z.string().check(z.minLength(1)),
  /** When the number was replaced, as precisely as the source says (the new number applies from then). */
  replacedOn: datePointSchema,
  source: sourceSchema,
});
export type FormerNumber = z.infer<typeof formerNumberSchema>;

export const municipalitySchema = z.strictObject({
  number: municipalityNumberSchema,
  /** SSB's official name, with Sami and Kven forms where the municipality has them. */
  name: z.string().check(z.minLength(1)),
  county: z.strictObject({ number: z.string().check(z.regex(/^\d{2}$/)), name: z.string().check(z.minLength(1)) }),
  /**
   * Numbers it (or the municipality it came from) had before, for those the sources name: searched as well as
   * today's, so that an old number finds today's municipality. Not SSB's whole list of changes.
   */
  formerNumbers: z.optional(z.array(formerNumberSchema)),
});
export type Municipality = z.infer<typeof municipalitySchema>;

/** Where the list of municipalities comes from (SSB's classification), and from when it is valid. */
export const municipalitySourceSchema = z.strictObject({
  title: z.string().check(z.minLength(1)),
  url: httpUrlSchema,
  validFrom: isoDateSchema,
});
export type MunicipalitySource = z.infer<typeof municipalitySourceSchema>;

export const MAX_MUNICIPALITY_QUERY = 100;

/** `GET /api/municipalities?q=`: by name or number, in order of how well they match. */
export const municipalityListQuerySchema = z.strictObject({
  q: z.optional(z.string().check(z.trim(), z.maxLength(MAX_MUNICIPALITY_QUERY))),
});

export const municipalityListSchema = z.strictObject({
  items: z.array(municipalitySchema),
  total: z.int().check(z.nonnegative()),
  source: municipalitySourceSchema,
});
export type MunicipalityList = z.infer<typeof municipalityListSchema>;

export const municipalityDetailSchema = z.strictObject({
  municipality: municipalitySchema,
  source: municipalitySourceSchema,
});

/** `GET /api/municipalities/:nr/duties?asOf=`. */
export const municipalityDutiesQuerySchema = z.strictObject({
  asOf: z.optional(isoDateSchema),
});

export const dutyMeasureSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  number: z.int().check(z.positive()),
  /** The measure's status on `asOf`. */
  status: statusSchema,
  title: localizedTextSchema,
  sources: z.array(sourceSchema),
});
export type DutyMeasure = z.infer<typeof dutyMeasureSchema>;

export const municipalDutySchema = z.strictObject({
  obligation: obligationSchema,
  /** Every tracked measure that leads to the duty, in plan order. */
  measures: z.array(dutyMeasureSchema),
  /** The in-force date is known only to a year or month that contains `asOf`. */
  uncertain: z.boolean(),
});
export type MunicipalDutyItem = z.infer<typeof municipalDutySchema>;

export const municipalityDutiesSchema = z.strictObject({
  municipality: municipalitySchema,
  source: municipalitySourceSchema,
  /** The date the duties are judged on: today, or the `asOf` asked for. */
  asOf: isoDateSchema,
  /** Always true: the duties in these plans apply to every municipality alike. */
  appliesToAllMunicipalities: z.literal(true),
  inForce: z.array(municipalDutySchema),
  coming: z.array(municipalDutySchema),
});
export type MunicipalityDuties = z.infer<typeof municipalityDutiesSchema>;

/**
 * How well a municipality matches a query; null for no match. Lower is better: 0 exact name or number,
 * 1 a whole word of the name ("Fron" in "Nord-Fron"), 2 the name or number starts with it, 3 a word of the
 * name starts with it, 4 the name contains it; from 5, a name or word with typing errors (a letter missing,
 * added, changed, or two swapped: "hattfjeldal" finds Hattfjelldal), for queries of at least 4 letters: one
 * error (5, or 6 for the start of a word), two from 8 letters (7, 8). Name and query are folded alike
 * (`foldForSearch`), so "Tromso" finds "Tromsø" and "Baerum" "Bærum". Digits match the number from its start
 * ("46" is every municipality in Vestland).
 */
export function municipalityMatchRank(municipality: Pick<Municipality, 'number' | 'name' | 'formerNumbers'>, query: string): number | null {
  const folded = foldForSearch(query);
  if (folded === '') return 4;
  if (/^\d+$/.test(folded)) {
    if (municipality.number === folded) return 0;
    // A number it had before, in full: "1201" finds Bergen (4601).
    if (formerNumberMatching(municipality, folded) !== null) return 1;
    return municipality.number.startsWith(folded) ? 2 : null;
  }
  const name = foldForSearch(municipality.name);
  // "Oslo - Oslove": each form of the name counts as a name of its own.
  const forms = name.split(' - ');
  if (forms.includes(folded)) return 0;
  const words = name.split(/[\s-]+/).filter((word) => word !== '');
  if (words.includes(folded)) return 1;
  if (forms.some((form) => form.startsWith(folded))) return 2;
  if (words.some((word) => word.startsWith(folded))) return 3;
  if (name.includes(folded)) return 4;
  const limit = typingErrorsAllowed(folded);
  if (limit === 0) return null;
  let best: number | null = null;
  for (const candidate of new Set([...forms, ...words])) {
    const score = typingErrors(folded, candidate, limit);
    if (score !== null && (best === null || score < best)) best = score;
  }
  return best === null ? null : 5 + best;
}

/** How many typing errors a query may have: none below 4 letters (too many names are that close), 2 from 8. */
function typingErrorsAllowed(query: string): number {
  if (query.length < 4) return 0;
  return query.length < 8 ? 1 : 2;
}

/**
 * How far `query` is from `candidate`, within `limit` typing errors: 0 one error from the whole of it, 1 one
 * error from a start of it (the reader has not finished typing), 2 and 3 the same with two errors; null when
 * further.
 */
export function typingErrors(query: string, candidate: string, limit: number): number | null {
  // One table: its last row holds the distance from the query to every start of the candidate, the whole included.
  const toStarts = distancesToPrefixes(query, candidate);
  const whole = toStarts[candidate.length] ?? limit + 1;
  let start = limit + 1;
  for (let length = Math.max(1, query.length - limit); length <= Math.min(candidate.length - 1, query.length + limit); length += 1) {
    start = Math.min(start, toStarts[length] ?? limit + 1);
  }
  const scores = [whole <= limit ? (whole - 1) * 2 : null, start <= limit ? (start - 1) * 2 + 1 : null].filter((score) => score !== null);
  return scores.length === 0 ? null : Math.max(0, Math.min(...scores));
}

/**
 * The optimal string alignment distance (Damerau–Levenshtein without repeated edits of one part) from `a` to each
 * start of `b`: element j is the distance to its first j letters, the last element to the whole of it.
 */
function distancesToPrefixes(a: string, b: string): number[] {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length] as number[];
}

/** The municipalities that match a query, best first, then by number; every one for an empty query. */
/** The former number a query names in full, or null. */
export function formerNumberMatching(municipality: Pick<Municipality, 'formerNumbers'>, query: string): FormerNumber | null {
  const number = query.trim();
  return municipality.formerNumbers?.find((former) => former.number === number) ?? null;
}

export function searchMunicipalities<T extends Pick<Municipality, 'number' | 'name' | 'formerNumbers'>>(municipalities: readonly T[], query: string): T[] {
  if (foldForSearch(query) === '') return [...municipalities].sort((a, b) => a.number.localeCompare(b.number));
  return municipalities
    .flatMap((municipality) => {
      const rank = municipalityMatchRank(municipality, query);
      return rank === null ? [] : [{ municipality, rank }];
    })
    .sort((a, b) => a.rank - b.rank || a.municipality.number.localeCompare(b.municipality.number))
    .map((entry) => entry.municipality);
}
