import { useMemo, type MouseEvent } from 'react';
import { useLocation } from 'react-router';
import { ChartNavigationContext } from '@/components/charts/chart-navigation';
import { embedLanguage } from '@/domain/embed';
import { useDocumentSettings } from '@/lib/document-settings';
import { LanguageOverrideContext } from '@/lib/use-localized';
import { PageOutlet } from './page-outlet';
import './embed-layout.css';

/**
 * The frame of an embed (`/embed/:chart`, in an iframe on another site): one main area and nothing else, no
 * header, footer or navigation. It speaks the language its address asks for (`lang=`), not the one the reader
 * stored on the app's pages, and writes no setting. It reads nothing from the page around it (no referrer, no
 * parent window, no messages). A link in it opens in a new tab, so that the article stays where it is.
 */
export function EmbedLayout() {
  const { search } = useLocation();
  const { language } = useMemo(() => embedLanguage(new URLSearchParams(search)), [search]);
  useDocumentSettings(language, 'comfortable');
  return (
    <LanguageOverrideContext value={language}>
      <ChartNavigationContext value={openInNewTab}>
        <div className="app" data-embed="">
          {/* Clicks are caught on their way down, before a router link would navigate inside the frame. */}
          <main className="embed-main" onClickCapture={openOutside}>
            <PageOutlet />
          </main>
        </div>
      </ChartNavigationContext>
    </LanguageOverrideContext>
  );
}

/** A plain click on a link in the embed opens the link's address in a new tab (one with its own target keeps it). */
function openOutside(event: MouseEvent<HTMLElement>) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target !== '') return;
  event.preventDefault();
  window.open(anchor.href, '_blank', 'noopener');
}

/** For charts that open a list on a click (they navigate rather than follow a link): the same, in a new tab. */
function openInNewTab(href: string) {
  window.open(new URL(href, window.location.href).href, '_blank', 'noopener');
}
