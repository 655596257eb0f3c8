/**
 * The one text folding for search: every search in the app (measures, municipalities) folds both
 * the text searched and what the user typed with `foldForSearch`, so that the Norwegian spelling and
 * the ASCII one find the same things in both directions.
 */

const NON_ASCII = /[^\0-\x7f]/gu;
const MARKS = /\p{M}/gu;

/** Each non-ASCII character's folded form, worked out once: texts use few distinct letters. */
const foldedChars = new Map<string, string>();
const MAX_CACHED_CHARS = 10_000;

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFD').replace(MARKS, '').replace(/ø/g, 'o').replace(/æ/g, 'ae');
    if (foldedChars.size < MAX_CACHED_CHARS) foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Text for matching: lower case, accents dropped, precomposed or not (á → a, e + ◌́ → e), and the
 * Norwegian letters folded to their usual ASCII forms (ø → o, æ → ae, å → a), with runs of white
 * space made one space. So "parorende" finds "pårørende", "Tromso" finds "Tromsø", "Baerum" finds
 * "Bærum", "Gaivuotna" finds "Gáivuotna", and "Ås" and "As" find the same.
 *
 * Only non-ASCII characters are folded, one by one (the same as decomposing the whole text and
 * dropping its marks, but without doing that for every text): a list of 10,000 measures is folded
 * on its first search. `toLowerCase` is the Norwegian lower case (only Turkish, Azeri and Lithuanian
 * have rules of their own).
 */
export function foldForSearch(text: string): string {
  return text.toLowerCase().replace(NON_ASCII, foldChar).replace(/\s+/g, ' ').trim();
}
