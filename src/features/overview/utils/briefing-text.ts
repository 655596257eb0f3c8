import type { BriefingFields, BriefingItem } from '@/domain/briefing';
import type { LastReason, MeasureSummary } from '@/domain/measure';

/** A listed measure with its last reason (each summary carries it, src/domain/measure-summary.ts). */
export type BriefingTextItem = BriefingItem<BriefingFields & Pick<MeasureSummary, 'lastReason'>>;

/** The words of the plain-text briefing, already in the reader's language (the component supplies them). */
export interface BriefingWords {
  /** The first line: what, for which plan, on which date. */
  heading: string;
  /** The figures, one sentence each. */
  facts: readonly string[];
  /** The list's heading; `none` when the list is empty. */
  listHeading: string;
  none: string;
  /** "Meld. St. 26 (2014–2015) nr. 22: Utarbeide en plan …" */
  measure: (item: BriefingTextItem) => string;
  /** "Planlagt siden 7. mai 2015; ingen endring på over 5 år; ikke verifisert" */
  detail: (item: BriefingTextItem) => string;
  /** "Siste begrunnelse (1. januar 2019): …"; null when the history gives none (or it has not loaded). */
  reason: (reason: LastReason) => string;
  /** The last line: where the figures come from, with the link to the page. */
  footer: string;
}

/**
 * The briefing as plain text to paste into a document: a heading, the figures as a list, then each late, at-risk
 * or stalled measure with why it is listed and its last reason, indented under it. Lines only, no markup.
 */
export function briefingText(items: readonly BriefingTextItem[], words: BriefingWords): string {
  const lines = [words.heading, '', ...words.facts.map((fact) => `- ${fact}`), ''];
  if (items.length === 0) lines.push(words.none);
  else {
    lines.push(words.listHeading);
    for (const item of items) {
      lines.push(`- ${words.measure(item)}`, `  ${words.detail(item)}`);
      const reason = item.measure.lastReason;
      if (reason) lines.push(`  ${words.reason(reason)}`);
    }
  }
  lines.push('', words.footer);
  return lines.join('\n');
}
