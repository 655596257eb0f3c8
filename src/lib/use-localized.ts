import { useCallback } from 'react';
import { pickText, type LocalizedText } from '@/domain/localized-text';
import { useUiStore } from '@/stores/ui-store';

export function useLanguage() {
  return useUiStore((state) => state.language);
}

/** Picks a text in the current language; falls back to bokmål and says so. */
export function useLocalized() {
  const language = useLanguage();
  return useCallback((text: LocalizedText) => pickText(text, language), [language]);
}
