import { createContext, useCallback, useContext } from 'react';
import type { Language } from '@/domain/localized-text';
import { pickText, type LocalizedText } from '@/domain/localized-text';
import { useUiStore } from '@/stores/ui-store';

/**
 * A language that a part of the app speaks whatever the reader chose on the app's own pages: an embed speaks the
 * language its address asks for (src/components/layouts/embed-layout.tsx). Null: the reader's choice.
 */
export const LanguageOverrideContext = createContext<Language | null>(null);

export function useLanguage() {
  const override = useContext(LanguageOverrideContext);
  const chosen = useUiStore((state) => state.language);
  return override ?? chosen;
}

/** Picks a text in the current language; falls back to bokmål and says so. */
export function useLocalized() {
  const language = useLanguage();
  return useCallback((text: LocalizedText) => pickText(text, language), [language]);
}
