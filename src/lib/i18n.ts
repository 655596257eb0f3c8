import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@/domain/localized-text';
import type nb from '@/locales/nb';

export type LanguageBundle = typeof nb;
export type Namespace = keyof LanguageBundle;

export const NAMESPACES = ['common', 'measures', 'overview', 'editing', 'municipality', 'analysis', 'changes', 'targets', 'upgrade', 'report', 'data', 'cite', 'about', 'embed', 'plans'] as const satisfies readonly Namespace[];

/**
 * Every language × namespace is its own small chunk. The app starts with `common` in the chosen
 * language; a page's namespace loads with the page (react-i18next suspends until it is there), and
 * a language switch loads what the current pages use.
 */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

export function loadNamespace<N extends Namespace>(language: Language, namespace: N): Promise<LanguageBundle[N]> {
  const loader = loaders[`../locales/${language}/${namespace}.json`];
  if (!loader) return Promise.reject(new Error(`No texts for ${language}/${namespace}`));
  // The files are the bundles' own JSON; tests/locales.test.ts checks that every language has the same keys.
  return loader().then((module) => module.default as LanguageBundle[N]);
}

/** Several namespaces of one language at once (the first page's, before the first render). */
export async function loadTexts(language: Language, namespaces: readonly Namespace[]): Promise<Partial<LanguageBundle>> {
  const loaded = await Promise.all(namespaces.map(async (namespace) => [namespace, await loadNamespace(language, namespace)] as const));
  return Object.fromEntries(loaded);
}

const lazyBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    loadNamespace(language as Language, namespace as Namespace).then(
      (texts) => callback(null, texts),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/**
 * Creates an i18next instance. Given every bundle (tests), it needs nothing more; given only some
 * (the app starts with `common`), it loads the rest on demand. A missing key shows as ⟦key⟧, so
 * that end-to-end tests can catch it.
 */
export function createI18n(language: Language, bundles: Partial<Record<Language, Partial<LanguageBundle>>>): I18n {
  const instance = i18next.createInstance();
  const complete = Object.values(bundles).some((bundle) => NAMESPACES.every((namespace) => namespace in bundle));
  if (!complete) instance.use(lazyBackend);
  void instance.use(initReactI18next).init({
    resources: bundles,
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
    // The namespaces given count as loaded; the others load when a page asks for them.
    ns: complete ? NAMESPACES : Object.keys(bundles[language] ?? { common: true }),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: true },
    parseMissingKeyHandler: (key) => `⟦${key}⟧`,
  });
  return instance;
}

/** Switches language, loading its common texts first so that nothing flashes untranslated. */
export async function switchLanguage(instance: I18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'common')) {
    instance.addResourceBundle(language, 'common', await loadNamespace(language, 'common'));
  }
  await instance.changeLanguage(language);
}
