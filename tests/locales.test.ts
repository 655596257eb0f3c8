import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/domain/localized-text';
import { NAMESPACES } from '@/lib/i18n';
import { allResources as resources } from '@/locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') result.set(path, value);
    else for (const [innerKey, innerValue] of flatten(value, path)) result.set(innerKey, innerValue);
  }
  return result;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe.each(NAMESPACES)('translations in the %s namespace', (namespace) => {
  const reference = flatten(resources.nb[namespace]);

  it.each(LANGUAGES)('%s has exactly the keys of bokmål, none empty, with the same variables', (language) => {
    const translated = flatten(resources[language][namespace]);
    expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, value] of translated) {
      expect(value.trim(), `${language}:${namespace}:${key}`).not.toBe('');
      expect(variables(value), `${language}:${namespace}:${key}`).toEqual(variables(reference.get(key) ?? ''));
    }
  });
});

/**
 * One house style per language, over every text of the app (not the data's own words, which quote the plans).
 * Each rule: a form that must not occur, and the form the language uses instead.
 */
const HOUSE_STYLE: Record<string, readonly [RegExp, string][]> = {
  nb: [
    [/\bfrem\b/i, '«fram» (fram til, lagt fram)'],
    [/\bTom(t)?: /, '«Tomt felt: …»'],
  ],
  nn: [
    [/\bfrem\b/i, '«fram»'],
    [/\bTom(t)?: /, '«Tomt felt: …»'],
    // Bokmål words that slip into nynorsk (a whole word: letters on neither side, æøå included).
    [/(?<!\p{L})(ikke|hva|hvem|hvordan|hvis|hvilke[nt]?|også|bare|noen|flere|ble|fra|kilder?|kildene|ukjent|tjenesten?|mye|være|gjøre|tidligere|senere)(?!\p{L})/iu, 'the nynorsk word (ikkje, kva, kven, korleis, viss, kva for, òg, berre, nokon, fleire, vart, frå, kjelde, ukjend, teneste, mykje, vere, gjere, tidlegare, seinare)'],
    [/(?<!\p{L})flytt(?!\p{L})/iu, '«flytta» (fristen er flytta)'],
    [/topplear/iu, '«toppleiar»'],
  ],
  en: [[/\bLeave empty\b|\bEmpty field:/, '«Empty: …»']],
};

describe.each(LANGUAGES)('house style in %s', (language) => {
  it.each(NAMESPACES)('the %s namespace keeps it', (namespace) => {
    const offending: string[] = [];
    for (const [key, value] of flatten(resources[language][namespace])) {
      // What is quoted («innen 2027», the plan's own words) keeps its own language.
      const ownWords = value.replace(/«[^»]*»/g, '«»');
      for (const [pattern, instead] of HOUSE_STYLE[language] ?? []) {
        if (pattern.test(ownWords)) offending.push(`${namespace}:${key} «${value}» (use ${instead})`);
      }
    }
    expect(offending).toEqual([]);
  });
});
