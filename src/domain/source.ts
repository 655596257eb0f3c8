import * as z from 'zod/mini';

/** Only web addresses that a browser can open safely: http and https. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const sourceSchema = z.strictObject({
  /** The reference used in the research notes (S1 … S57), when the source came from there. */
  ref: z.optional(z.string().check(z.regex(/^S\d+$/))),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  /** Null when the address was not kept: the source is named, but cannot be linked. */
  url: z.nullable(httpUrlSchema),
});
export type Source = z.infer<typeof sourceSchema>;

/** How well a fact is backed: V, P and U in the research notes. */
export const VERIFICATIONS = ['verified', 'partial', 'unverified'] as const;
export const verificationSchema = z.enum(VERIFICATIONS);
export type Verification = z.infer<typeof verificationSchema>;
