import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@/domain/localized-text';
import type nb from '@/locales/nb';

export type LanguageBundle = typeof nb;

/** Each language is its own chunk, loaded when it is first chosen. */
const bundleLoaders: Record<Language, () => Promise<LanguageBundle>> = {
  nb: () => import('@/locales/nb').then((module) => module.default),
  nn: () => import('@/locales/nn').then((module) => module.default),
  en: () => import('@/locales/en').then((module) => module.default),
};

export const NAMESPACES = ['common', 'measures', 'overview', 'editing'] as const satisfies readonly (keyof LanguageBundle)[];

export function loadLanguageBundle(language: Language): Promise<LanguageBundle> {
  return bundleLoaders[language]();
}

/**
 * Creates an i18next instance with the bundles given (the app passes the one language it starts in,
 * tests pass all three). A missing key shows as ⟦key⟧, so that end-to-end tests can catch it.
 */
export function createI18n(language: Language, bundles: Partial<Record<Language, LanguageBundle>>): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: bundles,
    lng: language,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    parseMissingKeyHandler: (key) => `⟦${key}⟧`,
  });
  return instance;
}

/** Switches language, loading its bundle first if this instance does not have it yet. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'common')) {
    const bundle = await loadLanguageBundle(language);
    for (const namespace of NAMESPACES) instance.addResourceBundle(language, namespace, bundle[namespace]);
  }
  await instance.changeLanguage(language);
}
