import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

interface AppProviderProps {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
}

/**
 * Everything the pages need around them: server state and translations. The language and density are applied to
 * the document by the layout (src/lib/document-settings.ts): the app's pages follow the reader's settings, an embed
 * its own address.
 */
export function AppProvider({ queryClient, i18n, children }: AppProviderProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}
