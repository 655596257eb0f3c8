import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '@/domain/localized-text';
import { renderRoute } from '../render';

/*
 * "Measures with a target year" is one definition (src/domain/target-year.ts), stated in the same words in the
 * three places that count them: the overview's deadline panel and burn-up panel, and the analysis. On the
 * fixtures (all 15 plans, 39 measures, 23 November 2026): 8 have a target year (Meld. St. 26 #11, #13, #15,
 * #17, #18, #19; the substance use plan's #1; the habilitation plan's #1): 6 completed on time, 2 late (#13 in
 * 2017 for "2015", #18 in 2019 for "tidligst fra 2017"), none open past the target year.
 */

afterEach(() => {
  vi.restoreAllMocks();
});

/** The target-year sentence of a panel (each place marks it). */
async function targetsSentence(region: string): Promise<string> {
  const panel = await screen.findByRole('region', { name: region });
  const sentence = await waitFor(() => {
    const element = panel.querySelector('[data-targets-sentence]');
    if (!element) throw new Error(`No target-year sentence in «${region}»`);
    return element;
  });
  return sentence.textContent.replace(/\s+/g, ' ').trim();
}

const PLACES: Record<Language, { overview: [string, string]; analysis: string; expected: string }> = {
  nb: {
    overview: ['Frister per målår', 'Fullført over tid, mot målene'],
    analysis: 'Planlagt år mot faktisk år',
    expected: '8 av 39 tiltak har et målår i planen: 6 er fullført i tide, 2 for sent, og 0 er fortsatt åpne etter målåret.',
  },
  nn: {
    overview: ['Fristar per målår', 'Fullført over tid, mot måla'],
    analysis: 'Planlagt år mot faktisk år',
    expected: '8 av 39 tiltak har eit målår i planen: 6 er fullført i tide, 2 for seint, og 0 er framleis opne etter målåret.',
  },
  en: {
    overview: ['Deadlines by target year', 'Completed over time, against the targets'],
    analysis: 'Planned year against actual year',
    expected: 'Target years in the plan: 8 of 39 measures; 6 completed on time, 2 late, and 0 still open after their target year.',
  },
};

describe('measures with a target year: one definition, the same figures on every page', () => {
  it.each<Language>(['nb', 'nn', 'en'])('%s: the deadline panel, the burn-up panel and the analysis agree', async (language) => {
    const places = PLACES[language];
    renderRoute('/', { language });
    const [deadlines, burnUp] = places.overview;
    expect(await targetsSentence(deadlines)).toBe(places.expected);
    expect(await targetsSentence(burnUp)).toBe(places.expected);
    cleanup();

    renderRoute('/analyse', { language });
    expect(await targetsSentence(places.analysis)).toMatch(new RegExp(`^${places.expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('on an earlier date, the overview counts the measure still open past its target year (#13 on 30 June 2016)', async () => {
    renderRoute('/?asOf=2016-06-30');
    // By then: #19 ("i 2015") done in 2015; #13 ("2015") open and late; #11, #17, #18, #15, the habilitation plan's
    // #1 and the substance use plan's #1 not yet due (the habilitation plan was not presented yet: 33 measures).
    const expected = /^\d+ av \d+ tiltak har et målår i planen: 1 er fullført i tide, 0 for sent, og 1 er fortsatt åpent etter målåret\. \d+ er ikke forfalt ennå\.$/;
    expect(await targetsSentence('Frister per målår')).toMatch(expected);
    expect(await targetsSentence('Fullført over tid, mot målene')).toBe(await targetsSentence('Frister per målår'));
  });

  it('explains how it counts, on the overview and on the analysis', async () => {
    renderRoute('/');
    const overview = await screen.findByRole('region', { name: 'Slik teller vi' });
    expect(within(overview).getByText(/^Målår: året planen selv satte som frist/)).toBeInTheDocument();
    expect(within(overview).getByText(/^Ingen endring på over 5 år: åpent/)).toBeInTheDocument();
    cleanup();
    renderRoute('/analyse');
    const analysis = await screen.findByRole('region', { name: 'Slik teller vi' });
    expect(within(analysis).getByText(/^Målår: året planen selv satte som frist/)).toBeInTheDocument();
    expect(within(analysis).getByText(/^Andel i tide:/)).toBeInTheDocument();
  });
});
