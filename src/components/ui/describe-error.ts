import type { TFunction } from 'i18next';
import { isApiError } from '@/lib/api-client';

/** A sentence for the user about what went wrong and what to do, in the current language. */
export function describeError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('state.error.unknown');
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
      return t('state.error.unavailable');
  }
}
