import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { feedTarget } from '@/components/ui/feed-link-target';
import { renderRoute } from '../../render';

// A build for a real backend: the embedded mock's flag is a build-time constant, so it is replaced here (the API
// itself is still answered by msw, as in every route test).
vi.mock('@/lib/env', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/env')>()), isMockingEnabled: () => false }));

function headFeeds() {
  return [...document.head.querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('type'), link.getAttribute('title'), link.getAttribute('href')]);
}

describe('feedTarget: a link only where a server serves the feed', () => {
  it.each([
    ['the mock on', true, 'http://localhost:3000', { kind: 'needs-backend' }],
    ['a backend on the same origin', false, 'http://localhost:3000', { kind: 'feed', href: 'http://localhost:3000/api/feeds/plans/p.atom' }],
    ['a backend elsewhere', false, 'https://api.example.no', { kind: 'feed', href: 'https://api.example.no/api/feeds/plans/p.atom' }],
    ['a base with a trailing slash', false, 'https://api.example.no/', { kind: 'feed', href: 'https://api.example.no/api/feeds/plans/p.atom' }],
  ])('%s', (_, mocking, base, expected) => {
    expect(feedTarget('/api/feeds/plans/p.atom', mocking, base)).toEqual(expected);
  });
});

describe('«Abonner» with a real backend', () => {
  it('on the list with one plan chosen: the plan’s feed, in the head while the plan is chosen', async () => {
    const { user } = renderRoute('/tiltak?plan=meld-st-26-2014-2015');
    const link = await screen.findByRole('link', { name: 'Abonner: Endringer i tiltakene i Meld. St. 26 (2014–2015)' });
    expect(link).toHaveAttribute('href', 'http://localhost:3000/api/feeds/plans/meld-st-26-2014-2015.atom');
    await waitFor(() => expect(headFeeds()).toEqual([['application/atom+xml', 'Endringer i tiltakene i Meld. St. 26 (2014–2015)', 'http://localhost:3000/api/feeds/plans/meld-st-26-2014-2015.atom']]));

    // The plan's chip removed: no plan chosen, no feed.
    await user.click(await screen.findByRole('button', { name: /^Fjern filteret .*Meld\. St\. 26/ }));
    expect(await screen.findByText(/^Viser \d+ av \d+ tiltak$/, { selector: '.explorer__count' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Abonner/ })).not.toBeInTheDocument();
    expect(headFeeds()).toEqual([]);
  });

  it('on a measure’s page: the measure’s feed, in English', async () => {
    const { unmount } = renderRoute('/tiltak/ms26-01', { language: 'en' });
    const link = await screen.findByRole('link', { name: 'Subscribe: Changes to measure 1 in Meld. St. 26 (2014–2015)' });
    expect(link).toHaveAttribute('href', 'http://localhost:3000/api/feeds/measures/ms26-01.atom');
    expect(link).toHaveAttribute('type', 'application/atom+xml');
    await waitFor(() => expect(headFeeds()).toEqual([['application/atom+xml', 'Changes to measure 1 in Meld. St. 26 (2014–2015)', 'http://localhost:3000/api/feeds/measures/ms26-01.atom']]));
    unmount();
    expect(headFeeds()).toEqual([]);
  });
});
