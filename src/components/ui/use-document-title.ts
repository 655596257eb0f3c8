import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the page title, so that each page has its own in the browser tab and for screen readers. */
export function useDocumentTitle(title: string | undefined) {
  const { t } = useTranslation();
  const appName = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} – ${appName}` : appName;
  }, [title, appName]);
}
