import { describe, expect, it, vi } from 'vitest';
import { useUiStore } from '@/stores/ui-store';

const kari = { token: 'demo-editor-kari', user: { id: 'kari', name: 'Kari Nordmann', role: 'editor', organisation: 'HOD' } };

describe('the UI store', () => {
  it.each([
    ['a valid stored language and session', { language: 'nn', session: kari }, { language: 'nn', density: 'comfortable', session: kari }],
    ['an unknown language keeps the default', { language: 'sv', density: 'compact' }, { language: 'nb', density: 'compact', session: null }],
    ['a tampered session is dropped', { language: 'en', session: { token: 'x', user: { id: 'kari', role: 'superuser' } } }, { language: 'en', density: 'comfortable', session: null }],
    ['garbage', 'not an object', { language: 'nb', density: 'comfortable', session: null }],
  ])('restores %s', async (_name, stored, expected) => {
    window.localStorage.setItem('tiltaksmonitor:ui', JSON.stringify({ state: stored, version: 0 }));
    await useUiStore.persist.rehydrate();
    const { language, density, session } = useUiStore.getState();
    expect({ language, density, session }).toEqual(expected);
  });
});

describe('the UI store on a fresh page load', () => {
  it('starts with the settings saved by an earlier visit', async () => {
    window.localStorage.setItem('tiltaksmonitor:ui', JSON.stringify({ state: { language: 'nn', session: kari }, version: 0 }));
    vi.resetModules();
    const fresh = await import('@/stores/ui-store');
    expect(fresh.useUiStore.getState()).toMatchObject({ language: 'nn', session: kari });
  });
});
