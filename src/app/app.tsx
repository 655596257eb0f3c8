import type { i18n as I18n } from 'i18next';
import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { FrameContext, type Frame } from '@/components/layouts/frame-context';
import { createQueryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

/** The app in the browser; `frameSubject` is what the page's prerendered frame knew (see src/main.tsx). */
export function App({ i18n, frameSubject = null }: { i18n: I18n; frameSubject?: unknown }) {
  const [queryClient] = useState(createQueryClient);
  const [frame] = useState<Frame>(() => ({ prerendering: false, subject: frameSubject }));
  return (
    <FrameContext value={frame}>
      <AppProvider queryClient={queryClient} i18n={i18n}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AppProvider>
    </FrameContext>
  );
}
