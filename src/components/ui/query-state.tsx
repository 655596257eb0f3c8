import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { Spinner } from './spinner';
import { useDeferredValue, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { describeError } from './describe-error';
import type { QueryLike } from './query-like';

interface QueryStateProps<T> {
  query: QueryLike<T>;
  children: (data: T) => ReactNode;
  /** When the data counts as empty; the `empty` content is shown instead of the children. */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Shown instead of the error panel when the API answers 404. */
  notFound?: ReactNode;
  loadingLabel?: string;
  /** Shown while the data loads, instead of the loading line (what the page already knows, with the line). */
  pending?: ReactNode;
}

/**
 * The one way the app shows a query: loading, error (with a way to try again), empty, or the data.
 * Every state is announced to screen readers.
 */
export function QueryState<T>({ query, children, isEmpty, empty, notFound, loadingLabel, pending }: QueryStateProps<T>) {
  const { t } = useTranslation();
  // Data that has just arrived is drawn in a background render that yields to the browser every few
  // milliseconds, so that a page full of it does not hold the main thread (react-query's updates are
  // otherwise rendered in one go). Until that render is done, the loading state stays.
  const arrived = useDeferredValue(!query.isPending);
  if (query.isPending || (!arrived && !query.isError)) return pending ?? <LoadingLine label={loadingLabel} />;
  if (query.isError) {
    if (notFound !== undefined && isApiError(query.error) && query.error.isNotFound) return <>{notFound}</>;
    return <ErrorPanel error={query.error} onRetry={() => void query.refetch()} retrying={query.isFetching} />;
  }
  if (query.data === undefined) return null;
  if (isEmpty?.(query.data)) {
    return (
      <Paragraph role="status" className="query-state query-state--empty">
        {empty ?? t('state.empty')}
      </Paragraph>
    );
  }
  return <>{children(query.data)}</>;
}

/** The loading state: a spinner and a line that says what loads, announced to screen readers. */
export function LoadingLine({ label }: { label?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="query-state query-state--loading">
      <Spinner aria-hidden data-size="sm" />
      <span>{label ?? t('state.loading')}</span>
    </div>
  );
}

export function ErrorPanel({ error, onRetry, retrying = false }: { error: unknown; onRetry?: () => void; retrying?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert data-color="danger" role="alert" className="query-state query-state--error">
      <Heading level={2} data-size="xs">
        {t('state.errorTitle')}
      </Heading>
      <Paragraph>{describeError(error, t)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry} loading={retrying} aria-disabled={retrying || undefined}>
          {t('state.retry')}
        </Button>
      )}
    </Alert>
  );
}
