import type { DatePoint, IsoDate } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';

/**
 * Norwegian formats for dates and numbers. Nynorsk writes dates and numbers as bokmål does (the
 * month names are the same), so both use the nb-NO locale, which every browser ships.
 */
const LOCALES: Record<Language, string> = { nb: 'nb-NO', nn: 'nb-NO', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

/**
 * One formatter per language and kind, made when first needed: creating an Intl formatter costs far more
 * than using one, and a page formats hundreds of dates and numbers.
 */
function cached<F>(make: (locale: string) => F): (language: Language) => F {
  const made = new Map<Language, F>();
  return (language) => {
    let formatter = made.get(language);
    if (formatter === undefined) {
      formatter = make(localeOf(language));
      made.set(language, formatter);
    }
    return formatter;
  };
}

const monthFormat = cached((locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const dateFormat = cached((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const dateTimeFormat = cached(
  (locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Oslo' }),
);
const shortDateFormat = cached((locale) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Oslo' }));
const numberFormat = cached((locale) => new Intl.NumberFormat(locale));
const percentFormat = cached((locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));

function utcDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** "1. januar 2017", "januar 2017" or "2017", never more precise than the date is known. */
export function formatDatePoint(point: DatePoint, language: Language): string {
  const date = utcDate(point.date);
  if (point.precision === 'year') return point.date.slice(0, 4);
  if (point.precision === 'month') {
    return monthFormat(language).format(date);
  }
  return formatDate(point.date, language);
}

export function formatDate(date: IsoDate, language: Language): string {
  return dateFormat(language).format(utcDate(date));
}

export function formatDateTime(isoDateTime: string, language: Language): string {
  return dateTimeFormat(language).format(new Date(isoDateTime));
}

export function formatNumber(value: number, language: Language): string {
  return numberFormat(language).format(value);
}

/** A share in [0, 1] as a whole percentage: "46 %" in Norwegian, "46%" in English. */
export function formatPercent(share: number, language: Language): string {
  return percentFormat(language).format(share);
}

/** A timestamp's date in Norway, in short ("23. nov. 2026"), for dense lists. */
export function formatShortDate(isoDateTime: string, language: Language): string {
  return shortDateFormat(language).format(new Date(isoDateTime));
}
