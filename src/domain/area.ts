import * as z from 'zod/mini';
import { localizedTextSchema } from './localized-text';
import { idSchema } from './plan';

/** Satsningsområde (cross-cutting: kompetanse, ledelse, teamorganisering) or tjenesteområde (service area). */
export const AREA_KINDS = ['cross_cutting', 'service_area'] as const;
export const areaKindSchema = z.enum(AREA_KINDS);
export type AreaKind = z.infer<typeof areaKindSchema>;

export const areaSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  kind: areaKindSchema,
  /** Display order, as in the white paper. */
  order: z.int().check(z.nonnegative()),
});
export type Area = z.infer<typeof areaSchema>;
