import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../../render';

const NEEDS_BACKEND = 'Abonnement på endringene (Atom-feed) krever den ekte tjenesten. I denne demoen kjører API-et i nettleseren, og det finnes ingen feed.';

describe('feeds in the demo with the embedded mock API: a short text instead of a dead link', () => {
  it('on the list with one plan chosen', async () => {
    renderRoute('/tiltak?plan=meld-st-26-2014-2015');
    expect(await screen.findByText(NEEDS_BACKEND)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Abonner/ })).not.toBeInTheDocument();
    expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
  });

  it.each([
    ['no plan', '/tiltak'],
    ['two plans', '/tiltak?plan=meld-st-26-2014-2015&plan=kompetanseloft-2020'],
  ])('not on the list with %s (there is a feed per plan)', async (_, path) => {
    renderRoute(path);
    await screen.findByRole('table');
    expect(screen.queryByText(NEEDS_BACKEND)).not.toBeInTheDocument();
  });

  it('on a measure’s page, in nynorsk', async () => {
    renderRoute('/tiltak/ms26-01', { language: 'nn' });
    expect(
      await screen.findByText('Abonnement på endringane (Atom-feed) krev den ekte tenesta. I denne demoen køyrer API-et i nettlesaren, og det finst ingen feed.'),
    ).toBeInTheDocument();
    expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
  });
});
