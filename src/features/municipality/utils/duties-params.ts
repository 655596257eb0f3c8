import { isoDateSchema, type IsoDate } from '@/domain/date-point';
import { municipalityNumberSchema } from '@/domain/municipality';

export interface DutiesParams {
  /** The number in the address, as written. */
  number: string;
  /** False when it is not four digits: nothing is asked for, and the page says so. */
  numberValid: boolean;
  /** The date the duties are shown for; null for today. */
  asOf: IsoDate | null;
  /** The `asOf` in the address as written, to show back. */
  rawAsOf: string | null;
  asOfProblem?: 'malformed' | 'future';
}

/** Reads /kommune/:nr?asOf= without replacing a bad value: a problem is reported, and nothing is asked for. */
export function readDutiesParams(number: string, search: URLSearchParams, today: IsoDate): DutiesParams {
  const numberValid = municipalityNumberSchema.safeParse(number).success;
  const values = search.getAll('asOf');
  const rawAsOf = values[0] ?? null;
  const params: DutiesParams = { number, numberValid, asOf: null, rawAsOf };
  if (rawAsOf === null) return params;
  if (values.length > 1 || !isoDateSchema.safeParse(rawAsOf).success) return { ...params, asOfProblem: 'malformed' };
  if (rawAsOf > today) return { ...params, asOfProblem: 'future' };
  return { ...params, asOf: rawAsOf };
}

/** The address of a municipality's duties, on a date or today. */
export function dutiesHref(number: string, asOf: IsoDate | null = null): string {
  return asOf === null ? `/kommune/${number}` : `/kommune/${number}?asOf=${asOf}`;
}

/** The id of a duty's card on the page, which the summary at the top links to ("#plikt-…"). */
export function dutyAnchor(obligationId: string): string {
  return `plikt-${obligationId}`;
}
