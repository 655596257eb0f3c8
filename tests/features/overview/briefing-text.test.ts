import { describe, expect, it } from 'vitest';
import type { LastReason } from '@/domain/measure';
import { dayPoint } from '@/domain/date-point';
import { toMeasureSummary } from '@/domain/measure-summary';
import { briefingText, type BriefingTextItem, type BriefingWords } from '@/features/overview/utils/briefing-text';
import { makeMeasure } from '../../support/measure-factory';

const words: BriefingWords = {
  heading: 'Risiko per 23. november 2026 (Alle planer)',
  facts: ['Ingen tiltak er forsinket.', '2 åpne tiltak har ingen endring på over 5 år.'],
  listHeading: 'Forsinket, i fare eller uten endring:',
  none: 'Ingen tiltak er forsinket, i fare eller uten endring på lenge.',
  measure: (item) => `nr. ${item.measure.number}: ${item.measure.title.nb}`,
  detail: (item) => item.concerns.join('; '),
  reason: (reason) => `Siste begrunnelse: ${reason.text}`,
  footer: 'Kilde: Tiltaksmonitor, https://example.no/',
};

function item(number: number, lastReason: LastReason | null = null): BriefingTextItem {
  return { measure: { ...toMeasureSummary(makeMeasure({ id: `m${number}`, number, title: { nb: `Tiltak ${number}` } })), lastReason }, concerns: ['stalled'] };
}

const reason = (text: string): LastReason => ({ effective: dayPoint('2019-01-01'), text, language: 'nb' });

describe('briefingText: plain text to paste', () => {
  it.each<[string, BriefingTextItem[], string[]]>([
    [
      'nothing to list: the figures, and a sentence instead of the list',
      [],
      ['Risiko per 23. november 2026 (Alle planer)', '', '- Ingen tiltak er forsinket.', '- 2 åpne tiltak har ingen endring på over 5 år.', '', 'Ingen tiltak er forsinket, i fare eller uten endring på lenge.', '', 'Kilde: Tiltaksmonitor, https://example.no/'],
    ],
    [
      'each measure with why it is listed and its last reason, indented under it; no reason, no line',
      [item(22, reason('Ingen plan med KS er funnet.')), item(23, null)],
      [
        'Risiko per 23. november 2026 (Alle planer)',
        '',
        '- Ingen tiltak er forsinket.',
        '- 2 åpne tiltak har ingen endring på over 5 år.',
        '',
        'Forsinket, i fare eller uten endring:',
        '- nr. 22: Tiltak 22',
        '  stalled',
        '  Siste begrunnelse: Ingen plan med KS er funnet.',
        '- nr. 23: Tiltak 23',
        '  stalled',
        '',
        'Kilde: Tiltaksmonitor, https://example.no/',
      ],
    ],
  ])('%s', (_name, items, lines) => {
    expect(briefingText(items, words).split('\n')).toEqual(lines);
  });
});
