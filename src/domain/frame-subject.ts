import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text';
import { municipalitySchema } from './municipality';
import { idSchema } from './plan';

/**
 * What a page's prerendered frame knows about the page's subject before any data has arrived: the parts of
 * a measure or a municipality that never change (a measure's number, plan and title, which no edit can
 * touch; a municipality's name and county, from SSB's list). Written into the frame at build time from the
 * same dataset the mock API serves, so that the heading a reader came for is on screen at once; the page's
 * data replaces it when it arrives.
 */
export const frameSubjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('measure'),
    measure: z.strictObject({ id: idSchema, number: z.int().check(z.positive()), planId: idSchema, planReference: z.string(), title: localizedTextSchema }),
  }),
  z.strictObject({ kind: z.literal('municipality'), municipality: municipalitySchema }),
]);
export type FrameSubject = z.infer<typeof frameSubjectSchema>;
export type MeasureIdentity = Extract<FrameSubject, { kind: 'measure' }>['measure'];

/** The subject a frame carried, when it is the one the page shows (the address may have changed since). */
export function measureIdentityFrom(subject: unknown, id: string): MeasureIdentity | null {
  const parsed = frameSubjectSchema.safeParse(subject);
  return parsed.success && parsed.data.kind === 'measure' && parsed.data.measure.id === id ? parsed.data.measure : null;
}

export function municipalityFrom(subject: unknown, number: string): z.infer<typeof municipalitySchema> | null {
  const parsed = frameSubjectSchema.safeParse(subject);
  return parsed.success && parsed.data.kind === 'municipality' && parsed.data.municipality.number === number ? parsed.data.municipality : null;
}
