import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { isMockingEnabled } from './lib/env';
import { createI18n, loadNamespace } from './lib/i18n';
import { useUiStore } from './stores/ui-store';

async function startApiMocking(): Promise<void> {
  if (!isMockingEnabled()) return;
  // The mock API is loaded on its own, so that pointing the app at a real backend drops it entirely.
  const { startMockApi } = await import('../mocks/browser');
  await startMockApi();
}

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

async function start(root: HTMLElement): Promise<void> {
  const language = useUiStore.getState().language;
  const [common] = await Promise.all([
    loadNamespace(language, 'common'),
    startApiMocking().catch((error: unknown) => {
      // Without the mock every request fails, and each page says so with a way to try again.
      console.error('The mock API could not start', error);
    }),
  ]);
  document.documentElement.lang = language;
  createRoot(root).render(
    <StrictMode>
      <App i18n={createI18n(language, { [language]: { common } })} />
    </StrictMode>,
  );
}

void start(container);
