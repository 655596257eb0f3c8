import { allForms } from './localized-text';
import type { Measure } from './measure';
import { foldForSearch } from './search-text';

/** Searching measures by text: every word of the query must occur in the title or description, in any language. */

type Searchable = Pick<Measure, 'title' | 'description'>;

/**
 * The folded text a measure is searched by, kept per measure object: while a user types, the
 * same measures are searched again and again, and building this text is most of the work.
 */
const searchTextCache = new WeakMap<Searchable, string>();

function searchTextOf(measure: Searchable): string {
  let text = searchTextCache.get(measure);
  if (text === undefined) {
    text = foldForSearch([...allForms(measure.title), ...allForms(measure.description)].join(' '));
    searchTextCache.set(measure, text);
  }
  return text;
}

/** The words of a search query, folded as the texts are: every one must occur for a measure to match. */
function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

/**
 * A predicate for one query: its words are split and folded once, not once per measure (a list of
 * 10,000 is searched on every keystroke). An empty query matches every measure.
 */
export function textMatcher(query: string | undefined): (measure: Searchable) => boolean {
  const words = query ? searchWords(query) : [];
  if (words.length === 0) return () => true;
  return (measure) => {
    const haystack = searchTextOf(measure);
    return words.every((word) => haystack.includes(word));
  };
}

/** Whether every word of the query occurs in the measure's title or description, in any language. */
export function matchesText(measure: Searchable, query: string): boolean {
  return textMatcher(query)(measure);
}
