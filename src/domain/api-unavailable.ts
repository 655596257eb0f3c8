/**
 * Why the API is not there, when it is known, so that the page can say what the user can do about it:
 * - `storage`: the browser does not let the page use its local storage, which the demo API keeps its data in;
 * - `service-worker`: the browser does not let the page run the service worker the demo API answers from;
 * - `not-answering`: a request for data was answered by something other than the API (a web page, or a refusal
 *   that is not JSON, such as a static server's index.html or its 404): the demo API stopped intercepting, or
 *   an address that should lead to an API does not.
 */
export type ApiUnavailableReason = 'storage' | 'service-worker' | 'not-answering';

const REASONS: readonly string[] = ['storage', 'service-worker', 'not-answering'] satisfies ApiUnavailableReason[];

/**
 * The reason an error from the demo API's start-up gives, if any: an ApiUnavailableError, or an error with a known
 * `reason` (src/main.tsx, which checks the storage before the mock loads, makes one without importing this file).
 */
export function apiUnavailableReasonOf(error: unknown): ApiUnavailableReason | undefined {
  if (!(error instanceof Error) || !('reason' in error)) return undefined;
  const { reason } = error;
  return typeof reason === 'string' && REASONS.includes(reason) ? (reason as ApiUnavailableReason) : undefined;
}

/** The demo API's start-up fails with this (mocks/browser.ts), so that every request can name the reason. */
export class ApiUnavailableError extends Error {
  constructor(
    readonly reason: ApiUnavailableReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ApiUnavailableError';
  }
}
