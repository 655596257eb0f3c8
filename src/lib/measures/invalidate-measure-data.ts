import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { dutiesRootKey, measureKeys } from './measure-keys';

/**
 * After a measure has changed (or an edit met someone else's change): everything made from measures is
 * refetched where it is shown and marked stale elsewhere — lists, scopes, details, the summary, status changes
 * (all under `measureKeys.all`) and the municipalities' duties. `keep` is a query the caller has just set from
 * the server's own answer (the edited measure, or the current one of a conflict), which needs no refetch: a
 * refetch of it could only replace what the editor is looking at with an error while the server fails.
 */
export function invalidateMeasureData(queryClient: QueryClient, { keep }: { keep?: QueryKey } = {}): Promise<void> {
  const kept = keep === undefined ? null : hashKey(keep);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: measureKeys.all, predicate: (query) => query.queryHash !== kept }),
    queryClient.invalidateQueries({ queryKey: dutiesRootKey }),
  ]).then(() => undefined);
}
