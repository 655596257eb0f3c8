import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../render';

// A build for a real backend: the embedded mock's flag is a build-time constant, so it is replaced here (the API
// itself is still answered by msw, as in every route test).
vi.mock('@/lib/env', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/env')>()), isMockingEnabled: () => false }));

function headFeeds() {
  return [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => ({
    type: link.getAttribute('type'),
    title: link.getAttribute('title'),
    href: link.getAttribute('href'),
  }));
}

describe('/kommune/:nr with a real backend: «Abonner»', () => {
  it('links to the municipality’s Atom feed at the API, and names it in the head while the page is shown', async () => {
    const { user } = renderRoute('/kommune/4601');
    const link = await screen.findByRole('link', { name: 'Abonner: Endringer i pliktene for Bergen kommune' });
    expect(link).toHaveAttribute('href', 'http://localhost:3000/api/feeds/municipalities/4601.atom');
    expect(link).toHaveAttribute('type', 'application/atom+xml');
    expect(link.closest('p')).toHaveTextContent('Abonner: Endringer i pliktene for Bergen kommune på endringene med en feedleser (Atom).');
    expect(screen.queryByText(/krever den ekte tjenesten/)).not.toBeInTheDocument();
    await waitFor(() => expect(headFeeds()).toEqual([
      { type: 'application/atom+xml', title: 'Endringer i pliktene for Bergen kommune', href: 'http://localhost:3000/api/feeds/municipalities/4601.atom' },
    ]));

    // Leaving the page takes its feed out of the head.
    await user.click(screen.getByRole('link', { name: '← Velg en annen kommune' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Kommune' })).toBeInTheDocument();
    expect(headFeeds()).toEqual([]);
  });

  it('in nynorsk and English', async () => {
    const { unmount } = renderRoute('/kommune/0301', { language: 'nn' });
    expect(await screen.findByRole('link', { name: /^Abonner: Endringar i pliktene for Oslo/ })).toHaveAttribute('href', 'http://localhost:3000/api/feeds/municipalities/0301.atom');
    unmount();
    expect(headFeeds()).toEqual([]);
    renderRoute('/kommune/0301', { language: 'en' });
    expect(await screen.findByRole('link', { name: /^Subscribe: Changes to the duties for Oslo/ })).toBeInTheDocument();
  });
});
