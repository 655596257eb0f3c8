import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { switchLanguage } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';

interface AppProviderProps {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
}

/** Everything the pages need around them: server state, translations, and the UI settings applied to the document. */
export function AppProvider({ queryClient, i18n, children }: AppProviderProps) {
  useDocumentSettings(i18n);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}

/** Keeps i18next, `<html lang>` and the density in step with the UI store. */
function useDocumentSettings(i18n: I18n) {
  const language = useUiStore((state) => state.language);
  const density = useUiStore((state) => state.density);
  useEffect(() => {
    let current = true;
    void switchLanguage(i18n, language).then(() => {
      // The page's language changes with its text, not before the new texts have arrived.
      if (current) document.documentElement.lang = language;
    });
    return () => {
      current = false;
    };
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.dataset.size = density === 'compact' ? 'sm' : 'md';
  }, [density]);
}
