import type { TFunction } from 'i18next';
import { PROBLEM_TYPES } from '@/domain/problem-types';
import type { ApiUnavailableReason } from '@/domain/api-unavailable';
import { isApiError } from '@/lib/api-client';
import { isMockingEnabled } from '@/lib/env';

const UNAVAILABLE_REASON_KEYS = { storage: 'storage', 'service-worker': 'serviceWorker', 'not-answering': 'notAnswering' } as const;

/** A sentence for the user about what went wrong and what to do, in the current language. */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('state.error.unknown');
  // A problem whose type says more than its status: nothing was saved because the storage is full.
  if (error.problem?.type === PROBLEM_TYPES.storageFull) return t('state.error.storageFull');
  switch (error.kind) {
    case 'network':
      return t('state.error.network');
    case 'timeout':
      return t('state.error.timeout');
    case 'server':
      return t('state.error.server', { status: error.status ?? 500 });
    case 'client':
      return t('state.error.client', { detail: error.problem?.detail ?? error.problem?.title ?? error.message });
    case 'invalid_response':
      return t('state.error.invalid_response');
    case 'unavailable':
      return describeUnavailable(error.reason, t);
  }
}

/** The API is not there: with the demo API, why it could not start (where known); with a real one, that it did not answer. */
function describeUnavailable(reason: ApiUnavailableReason | undefined, t: TFunction): string {
  if (!isMockingEnabled()) return t('state.error.apiNotAnswering');
  const why = reason === undefined ? 'unknown' : UNAVAILABLE_REASON_KEYS[reason];
  return t('state.error.unavailable', { reason: t(`state.error.unavailableReason.${why}`) });
}
