import * as z from 'zod/mini';

/** Only web addresses that a browser can open safely: http and https. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** A source by its title (publisher and page, as a reader would look it up) and its address. */
export const sourceSchema = z.strictObject({
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Null when the address was not kept: the source is named, but cannot be linked. */
  url: z.nullable(httpUrlSchema),
});
export type Source = z.infer<typeof sourceSchema>;

/**
 * How well a fact is backed by its sources (V, P and U in the research notes):
 * - `verified`: everything the fact states stands in a cited source. Its note may say what the fact does not
 *   state (only the year is known; what happened later), never that a part of it is unconfirmed or believed;
 * - `partial`: some of what it states stands in a source, some is believed or unconfirmed (the note says what);
 * - `unverified`: believed, no source found.
 */
export const VERIFICATIONS = ['verified', 'partial', 'unverified'] as const;
export const verificationSchema = z.enum(VERIFICATIONS);
export type Verification = z.infer<typeof verificationSchema>;

/**
 * Facts taken together are only as well backed as the weakest of them: a measure with a partly confirmed duty is
 * partly confirmed, whatever its other facts. `verified` for no facts at all.
 */
export function weakestVerification(levels: readonly Verification[]): Verification {
  let weakest = 0;
  for (const level of levels) weakest = Math.max(weakest, VERIFICATIONS.indexOf(level));
  return VERIFICATIONS[weakest] ?? 'unverified';
}
