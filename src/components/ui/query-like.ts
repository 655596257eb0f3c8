/** The part of a query result that the loading/error/empty panel needs; a react-query result fits it. */
export interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

type DataOf<Q> = Q extends { data: infer D } ? Exclude<D, undefined> : never;

/**
 * Several queries seen as one: pending until all are in, failed when any fails (retry refetches
 * the failed ones), and the data as a tuple.
 */
export function combineQueries<const Q extends readonly QueryLike<unknown>[]>(
  queries: Q,
): QueryLike<{ [K in keyof Q]: DataOf<Q[K]> }> {
  const failed = queries.filter((query) => query.isError);
  const allIn = queries.every((query) => query.data !== undefined);
  return {
    data: allIn ? (queries.map((query) => query.data) as { [K in keyof Q]: DataOf<Q[K]> }) : undefined,
    error: failed[0]?.error ?? null,
    isPending: failed.length === 0 && queries.some((query) => query.isPending),
    isError: failed.length > 0,
    isFetching: queries.some((query) => query.isFetching),
    refetch: () => Promise.all(failed.map((query) => query.refetch())),
  };
}
