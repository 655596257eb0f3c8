import type { IsoDate } from '@/domain/date-point';
import { municipalityDutiesRootKey } from '@/lib/query-keys';

export const municipalityKeys = {
  list: () => ['municipalities', 'list'] as const,
  duties: (number: string, asOf: IsoDate | null) => [...municipalityDutiesRootKey, number, { asOf }] as const,
};
