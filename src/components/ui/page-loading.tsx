import { Spinner } from './spinner';
import { useTranslation } from 'react-i18next';

/** Shown while a page's code loads. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="page-loading" role="status">
      <Spinner aria-label={t('state.loading')} data-size="lg" />
    </div>
  );
}
