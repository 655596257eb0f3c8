import { z } from 'zod';

/** Only web addresses that a browser can open safely: http and https. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

export const sourceSchema = z.strictObject({
  /** The reference used in the research notes (S1 … S57), when the source came from there. */
  ref: z.string().regex(/^S\d+$/).optional(),
  title: z.string().min(1).max(300),
  /** Null when the address was not kept: the source is named, but cannot be linked. */
  url: httpUrlSchema.nullable(),
});
export type Source = z.infer<typeof sourceSchema>;

/** How well a fact is backed: V, P and U in the research notes. */
export const VERIFICATIONS = ['verified', 'partial', 'unverified'] as const;
export const verificationSchema = z.enum(VERIFICATIONS);
export type Verification = z.infer<typeof verificationSchema>;
