import * as z from 'zod/mini';

/**
 * Which data the mock API serves: the real dataset (the fixtures, with the user's edits), or a
 * large synthetic one for load testing, generated in memory and served instead of the real data,
 * never stored over it. Chosen in the address: `?dataset=large&n=10000` (n defaults to 10,000),
 * back with `?dataset=real`.
 */
export const MAX_SYNTHETIC_MEASURES = 20_000;
export const DEFAULT_SYNTHETIC_MEASURES = 10_000;

export const datasetChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('real') }),
  z.strictObject({ kind: z.literal('large'), size: z.int().check(z.minimum(1), z.maximum(MAX_SYNTHETIC_MEASURES)) }),
]);
export type DatasetChoice = z.infer<typeof datasetChoiceSchema>;

export const REAL_DATASET: DatasetChoice = { kind: 'real' };

export { MOCK_PARAMS } from './address';

const sizeParam = z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_SYNTHETIC_MEASURES));

/** The dataset an address asks for, or null when it asks for none (or for one that does not exist). */
export function datasetFromParams(params: URLSearchParams): DatasetChoice | null {
  const dataset = params.get('dataset');
  if (dataset === 'real') return REAL_DATASET;
  if (dataset !== 'large') return null;
  const n = params.get('n');
  if (n === null) return { kind: 'large', size: DEFAULT_SYNTHETIC_MEASURES };
  const size = sizeParam.safeParse(n);
  return size.success ? { kind: 'large', size: size.data } : null;
}
