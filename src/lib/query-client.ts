import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from './api-client';

const MAX_RETRIES = 2;

/**
 * Retry only what can succeed on a second try: network failures and server errors, which fail fast. Not a
 * timeout: each try waits the whole timeout (15 s), so that retrying would keep the page silent for most of a
 * minute before it says that the service does not answer; the page says so at once, with a button to try again.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isApiError(error) && error.isRetryable && error.kind !== 'timeout';
}

export const queryDefaults: DefaultOptions = {
  queries: {
    // A dashboard: data changes by the hour, not the second, so keep it fresh for a minute.
    staleTime: 60_000,
    gcTime: 10 * 60_000,
    retry: shouldRetry,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
    refetchOnWindowFocus: true,
  },
  mutations: { retry: false },
};

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryDefaults });
}
