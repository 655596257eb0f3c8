import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '@/domain/localized-text';
import enCommon from '@/locales/en/common.json';
import enMeasures from '@/locales/en/measures.json';
import enOverview from '@/locales/en/overview.json';
import nbCommon from '@/locales/nb/common.json';
import nbMeasures from '@/locales/nb/measures.json';
import nbOverview from '@/locales/nb/overview.json';
import nnCommon from '@/locales/nn/common.json';
import nnMeasures from '@/locales/nn/measures.json';
import nnOverview from '@/locales/nn/overview.json';

export const resources = {
  nb: { common: nbCommon, measures: nbMeasures, overview: nbOverview },
  nn: { common: nnCommon, measures: nnMeasures, overview: nnOverview },
  en: { common: enCommon, measures: enMeasures, overview: enOverview },
} as const;

export const NAMESPACES = ['common', 'measures', 'overview'] as const;

/** Creates and initialises an i18next instance; the app uses one, each test may make its own. */
export function createI18n(language: Language): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    // A missing key must show up in tests and e2e, not fall back silently to another language.
    saveMissing: false,
  });
  return instance;
}
