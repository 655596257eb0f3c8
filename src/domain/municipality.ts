import * as z from 'zod/mini';
import { isoDateSchema } from './date-point';
import { localizedTextSchema } from './localized-text';
import { obligationSchema } from './measure';
import { idSchema } from './plan';
import { foldForSearch } from './search-text';
import { httpUrlSchema, sourceSchema } from './source';
import { statusSchema } from './status';

/** A kommunenummer: four digits, the first two the county's number. */
export const municipalityNumberSchema = z.string().check(z.regex(/^\d{4}$/, 'four digits'));

export const municipalitySchema = z.strictObject({
  number: municipalityNumberSchema,
  /** SSB's official name, with Sami and Kven forms where the municipality has them. */
  name: z.string().check(z.minLength(1)),
  county: z.strictObject({ number: z.string().check(z.regex(/^\d{2}$/)), name: z.string().check(z.minLength(1)) }),
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
 * How well a municipality matches a query; null for no match. Lower is better: 0 exact name or
 * number, 1 name or number starts with it, 2 a word of the name starts with it, 3 the name contains it.
 * Name and query are folded alike (`foldForSearch`), so "Tromso" finds "Tromsø" and "Baerum" "Bærum".
 * Digits match the number from its start ("46" is every municipality in Vestland).
 */
export function municipalityMatchRank(municipality: Pick<Municipality, 'number' | 'name'>, query: string): number | null {
  const folded = foldForSearch(query);
  if (folded === '') return 3;
  if (/^\d+$/.test(folded)) {
    if (municipality.number === folded) return 0;
    return municipality.number.startsWith(folded) ? 1 : null;
  }
  const name = foldForSearch(municipality.name);
  // "Oslo - Oslove": each form of the name counts as a name of its own.
  const forms = name.split(' - ');
  if (forms.includes(folded)) return 0;
  if (forms.some((form) => form.startsWith(folded))) return 1;
  if (name.split(/[\s-]+/).some((word) => word.startsWith(folded))) return 2;
  return name.includes(folded) ? 3 : null;
}

/** The municipalities that match a query, best first, then by number; every one for an empty query. */
export function searchMunicipalities<T extends Pick<Municipality, 'number' | 'name'>>(municipalities: readonly T[], query: string): T[] {
  if (foldForSearch(query) === '') return [...municipalities].sort((a, b) => a.number.localeCompare(b.number));
  return municipalities
    .flatMap((municipality) => {
      const rank = municipalityMatchRank(municipality, query);
      return rank === null ? [] : [{ municipality, rank }];
    })
    .sort((a, b) => a.rank - b.rank || a.municipality.number.localeCompare(b.municipality.number))
    .map((entry) => entry.municipality);
}
