import type { IsoDate } from '@/domain/date-point';
import { dutiesRootKey } from '@/lib/measures/measure-keys';

export const municipalityKeys = {
  list: () => ['municipalities', 'list'] as const,
  duties: (number: string, asOf: IsoDate | null) => [...dutiesRootKey, number, { asOf }] as const,
};
