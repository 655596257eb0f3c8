/**
 * The endpoints of the REST contract (docs/api.md) that a test can reach without a body, with the query
 * parameters each one knows. Written from the contract, not from the mock, so that the tests that use it can
 * run against any backend; `tests/mocks/query-params.test.ts` checks that the mock has no GET endpoint
 * missing here.
 */
export interface GetEndpoint {
  /** The route as the contract names it. */
  route: string;
  /** A path of it that exists. */
  path: string;
  /** Parameters it needs to answer 200 ('' for none). */
  base: string;
  /** Every parameter it knows; any other is a 400. */
  known: readonly string[];
}

const LIST_PARAMS = [
  'plan',
  'area',
  'status',
  'instrument',
  'responsible',
  'overdue',
  'hasObligation',
  'deadlineFrom',
  'deadlineTo',
  'dueWithinMonths',
  'completedLate',
  'deadlineMoved',
  'verified',
  'q',
  'sort',
  'order',
  'page',
  'pageSize',
  'lang',
  'asOf',
];

export const GET_ENDPOINTS: readonly GetEndpoint[] = [
  { route: '/api/plans', path: '/api/plans', base: '', known: [] },
  { route: '/api/plans/:id', path: '/api/plans/meld-st-26-2014-2015', base: '', known: [] },
  { route: '/api/areas', path: '/api/areas', base: '', known: [] },
  { route: '/api/measures', path: '/api/measures', base: '', known: LIST_PARAMS },
  { route: '/api/measures/:id', path: '/api/measures/ms26-28', base: '', known: [] },
  { route: '/api/measures/:id/history', path: '/api/measures/ms26-28/history', base: '', known: [] },
  { route: '/api/summary', path: '/api/summary', base: '', known: ['plan', 'asOf'] },
  { route: '/api/status-changes', path: '/api/status-changes', base: 'from=2020-01-01', known: ['from', 'to', 'plan'] },
  { route: '/api/changes', path: '/api/changes', base: '', known: ['plan', 'user', 'from', 'to', 'page', 'pageSize'] },
  { route: '/api/municipalities', path: '/api/municipalities', base: '', known: ['q'] },
  { route: '/api/municipalities/:nr', path: '/api/municipalities/4601', base: '', known: [] },
  { route: '/api/municipalities/:nr/duties', path: '/api/municipalities/4601/duties', base: '', known: ['asOf'] },
  { route: '/api/users', path: '/api/users', base: '', known: [] },
  { route: '/api/session', path: '/api/session', base: '', known: [] },
  // Mock only: what the last upgrade of the data stored in this browser did with the user's changes.
  { route: '/api/upgrade-notice', path: '/api/upgrade-notice', base: '', known: [] },
];

/** Names that a server reading the query into a plain object could mistake for something it has. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'] as const;

/** The endpoint's path with its base parameters and more. */
export function withQuery(endpoint: GetEndpoint, query: string): string {
  const parts = [endpoint.base, query].filter((part) => part !== '');
  return parts.length === 0 ? endpoint.path : `${endpoint.path}?${parts.join('&')}`;
}
