import { Spinner } from '@digdir/designsystemet-react';

/** Shown for the moment before the first page's code has loaded (before translations are certain, so no text). */
export function PageLoading() {
  return (
    <div className="page-loading">
      <Spinner aria-label="Laster / Loading" data-size="lg" />
    </div>
  );
}
