import type { IsoDate } from './date-point';

/**
 * The address of a view with its date fixed: `asOf` set to the date the view shows, so that the address shows the
 * same measures and statuses when it is opened later (the history is append-only, and the API replays it to any
 * date). The view's other parameters stay as they are, in their order; a `#fragment` is dropped.
 */
export function permanentAddress(address: string, asOf: IsoDate): string {
  const url = new URL(address);
  url.searchParams.set('asOf', asOf);
  url.hash = '';
  return url.toString();
}
