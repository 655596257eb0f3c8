import { LANGUAGES, type Language } from './localized-text';

/**
 * The overview's charts that can be embedded in another site (`/embed/:chart`), by the stable name their
 * address uses. The names are part of every snippet that has been copied into an article: never rename one.
 */
export const EMBED_CHARTS = ['omraader', 'frister', 'fullfort-over-tid'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export function embedChartOf(name: string | undefined): EmbedChart | null {
  return EMBED_CHARTS.find((chart) => chart === name) ?? null;
}

/**
 * The embed's language, from its own address (`lang=nb|nn|en`, bokmål when not given), never from a choice the
 * reader stored on the app's own pages. `problem` when the address gives something else (or gives it twice).
 */
export function embedLanguage(search: URLSearchParams): { language: Language; problem: boolean } {
  const values = search.getAll('lang');
  if (values.length === 0) return { language: 'nb', problem: false };
  const found = LANGUAGES.find((language) => language === values[0]);
  return found !== undefined && values.length === 1 ? { language: found, problem: false } : { language: found ?? 'nb', problem: true };
}

/** What an embed shows: a plan (or all) on a date (or today), in a language. */
export interface EmbedView {
  chart: EmbedChart;
  plan: string | null;
  asOf: string | null;
  language: Language;
}

/** The embed's address (a path with its query, parameters in a fixed order; the language always stated). */
export function embedPath({ chart, plan, asOf, language }: EmbedView): string {
  const params = new URLSearchParams();
  if (plan !== null) params.set('plan', plan);
  if (asOf !== null) params.set('asOf', asOf);
  params.set('lang', language);
  return `/embed/${chart}?${params.toString()}`;
}

/** The height a snippet gives each chart's frame, in CSS pixels: all of it without a scroll bar in a column about 600 px wide (measured in Chromium with all plans). */
export const EMBED_HEIGHTS: Record<EmbedChart, number> = { omraader: 1050, frister: 1050, 'fullfort-over-tid': 1150 };

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML an article pastes in: an iframe of the embed at `origin`, titled for screen readers, loaded when near. */
export function embedSnippet(origin: string, view: EmbedView, title: string): string {
  const src = `${origin}${embedPath(view)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHTS[view.chart]}" style="border:0" loading="lazy"></iframe>`;
}
