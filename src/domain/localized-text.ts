import * as z from 'zod/mini';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** Text in bokmål, with nynorsk and English where they have been written. */
const text = () => z.string().check(z.minLength(1));

export const localizedTextSchema = z.strictObject({
  nb: text(),
  nn: z.optional(text()),
  en: z.optional(text()),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/**
 * The text in the wanted language. Nynorsk falls back to bokmål; English falls back to bokmål too,
 * and `isFallback` tells the caller so that the UI can mark the text with its real language.
 */
export function pickText(
  text: LocalizedText,
  language: Language,
): { value: string; language: Language; isFallback: boolean } {
  const wanted = text[language];
  if (wanted !== undefined) return { value: wanted, language, isFallback: false };
  return { value: text.nb, language: 'nb', isFallback: language !== 'nb' };
}

/** The text's value in the wanted language (bokmål where it is not written), or '' for no text: for files. */
export function textIn(text: LocalizedText | undefined, language: Language): string {
  return text === undefined ? '' : pickText(text, language).value;
}

/** Every written form of a text, for searching across languages. */
export function allForms(text: LocalizedText): string[] {
  return [text.nb, text.nn, text.en].filter((form): form is string => form !== undefined);
}
