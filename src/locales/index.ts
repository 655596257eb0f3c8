import type { Language } from '@/domain/localized-text';
import en from './en';
import nb from './nb';
import nn from './nn';

/** Every language at once, for tests and checks. The app loads one language at a time (src/lib/i18n.ts). */
export const allResources = { nb, nn, en } satisfies Record<Language, typeof nb>;
