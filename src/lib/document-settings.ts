import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '@/domain/localized-text';
import { switchLanguage } from '@/lib/i18n';

/**
 * Keeps i18next, `<html lang>` and the density in step with the settings a layout gives: the app's pages the
 * reader's stored choice (AppLayout), an embed its address (EmbedLayout).
 */
export function useDocumentSettings(language: Language, density: 'comfortable' | 'compact') {
  const { i18n } = useTranslation();
  useEffect(() => {
    let current = true;
    void switchLanguage(i18n, language).then(() => {
      // The page's language changes with its text, not before the new texts have arrived.
      if (current) document.documentElement.lang = language;
    });
    return () => {
      current = false;
    };
  }, [i18n, language]);
  useEffect(() => {
    document.documentElement.dataset.size = density === 'compact' ? 'sm' : 'md';
  }, [density]);
}
