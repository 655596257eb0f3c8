import { SkipLink } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';

/** The shell every page shares: skip link, header with navigation and settings, main area, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const mainRef = useMainFocusOnNavigation();
  return (
    <div className="app">
      <SkipLink href="#main-content">{t('app.skipToContent')}</SkipLink>
      <AppHeader />
      <main id="main-content" ref={mainRef} tabIndex={-1} className="app-main">
        <Outlet />
      </main>
      <AppFooter />
    </div>
  );
}

/**
 * After a navigation inside the app, move focus to the main area, as a full page load would: a
 * screen reader then starts reading the new page and a keyboard user does not stay in the menu.
 */
function useMainFocusOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}
