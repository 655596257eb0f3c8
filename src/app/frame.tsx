import { QueryClient } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { FrameContext } from '@/components/layouts/frame-context';
import type { FrameSubject } from '@/domain/frame-subject';
import { createI18n } from '@/lib/i18n';
import nb from '@/locales/nb';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

/**
 * Build time only (scripts/vite-plugin-frames.ts): the page at `path` as it looks before its data has arrived,
 * in bokmål, as HTML. Nothing is fetched: on the server every query stays pending, so each page shows its
 * loading states, as the app does in its first moments; `subject` is what the frame may show of the page's
 * subject meanwhile.
 */
export async function renderFrame(path: string, subject: FrameSubject | null = null): Promise<string> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const i18n = createI18n('nb', { nb });
  const errors: unknown[] = [];
  const { prelude } = await prerender(
    <FrameContext value={{ prerendering: true, subject }}>
      <AppProvider queryClient={queryClient} i18n={i18n}>
        <StaticRouter location={path}>
          <AppRoutes />
        </StaticRouter>
      </AppProvider>
    </FrameContext>,
    { onError: (error) => void errors.push(error) },
  );
  // A frame that failed to render would show a spinner for ever: fail the build instead.
  if (errors.length > 0) throw new Error(`The frame of ${path} failed to render`, { cause: errors[0] });
  return new Response(prelude).text();
}

/**
 * The addresses that get a frame of their own, with what it shows of their subject: every measure and every
 * municipality of the dataset the embedded mock API serves. A build for a real backend has no dataset, and
 * its pages share one frame each.
 */
export async function frameSubjects(): Promise<{ path: string; subject: FrameSubject }[]> {
  if (!__MOCK_API__) return [];
  const [{ FIXTURES }, { municipalities }] = await Promise.all([import('@mocks/fixtures'), import('@mocks/fixtures/municipalities')]);
  const plans = new Map(FIXTURES.plans.map((plan) => [plan.id, plan]));
  return [
    ...FIXTURES.measures.map((measure) => ({
      path: `/tiltak/${measure.id}`,
      subject: {
        kind: 'measure' as const,
        measure: { id: measure.id, number: measure.number, planId: measure.planId, planReference: plans.get(measure.planId)?.reference ?? measure.planId, title: measure.title },
      },
    })),
    ...municipalities().map((municipality) => ({ path: `/kommune/${municipality.number}`, subject: { kind: 'municipality' as const, municipality } })),
  ];
}
