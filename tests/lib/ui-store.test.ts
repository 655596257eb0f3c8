import { describe, expect, it, vi } from 'vitest';
import { useUiStore } from '@/stores/ui-store';

describe('the UI store', () => {
  it.each([
    ['a valid stored language', { language: 'nn', role: 'editor' }, { language: 'nn', role: 'editor', density: 'comfortable' }],
    ['an unknown language keeps the default', { language: 'sv', role: 'editor' }, { language: 'nb', role: 'editor', density: 'comfortable' }],
    ['a tampered role keeps the default', { language: 'en', role: 'superuser' }, { language: 'en', role: 'viewer', density: 'comfortable' }],
    ['garbage', 'not an object', { language: 'nb', role: 'viewer', density: 'comfortable' }],
  ])('restores %s', async (_name, stored, expected) => {
    window.localStorage.setItem('tiltaksmonitor:ui', JSON.stringify({ state: stored, version: 0 }));
    await useUiStore.persist.rehydrate();
    const { language, role, density } = useUiStore.getState();
    expect({ language, role, density }).toEqual(expected);
  });
});

describe('the UI store on a fresh page load', () => {
  it('starts with the settings saved by an earlier visit', async () => {
    window.localStorage.setItem('tiltaksmonitor:ui', JSON.stringify({ state: { language: 'nn', role: 'editor' }, version: 0 }));
    vi.resetModules();
    const fresh = await import('@/stores/ui-store');
    expect(fresh.useUiStore.getState()).toMatchObject({ language: 'nn', role: 'editor' });
  });
});
