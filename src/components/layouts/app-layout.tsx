import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { useDocumentSettings } from '@/lib/document-settings';
import { useUiStore } from '@/stores/ui-store';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import { PageOutlet } from './page-outlet';
import { SyntheticDataBanner } from './synthetic-data-banner';

/**
 * The shell every page shares: skip link, header with navigation and settings, main area, footer. `notices` are
 * shown above every page (from a feature, which the shell may not import: src/app/router.tsx passes them).
 */
export function AppLayout({ notices }: { notices?: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useMainFocusOnNavigation(pathname);
  useDocumentSettings(
    useUiStore((state) => state.language),
    useUiStore((state) => state.density),
  );
  return (
    <div className="app">
      <SkipLink href="#main-content">{t('app.skipToContent')}</SkipLink>
      <AppHeader />
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        {notices}
        <SyntheticDataBanner />
        <PageOutlet />
      </main>
      <AppFooter />
    </div>
  );
}

/**
 * After a navigation inside the app, move focus to the main area, as a full page load would: a
 * screen reader then starts reading the new page and a keyboard user does not stay in the menu.
 */
function useMainFocusOnNavigation(pathname: string) {
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}
