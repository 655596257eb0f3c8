import { describe, expect, it } from 'vitest';
import type { ChangeLogItem } from '@/domain/change-log';
import { yearPoint } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import { toChangeLogRow } from '@/features/changes/utils/change-log-export';

/** A deadline moved from 2025 to 2027, its words written in bokmål and English (not in nynorsk). */
const MOVED: ChangeLogItem = {
  measureId: 'ms26-13',
  planId: 'meld-st-26-2014-2015',
  number: 13,
  title: { nb: 'Retningslinje', en: 'Guideline' },
  synthetic: false,
  entry: {
    id: 'ms26-13-h2',
    type: 'deadline',
    effective: { date: '2026-11-20', precision: 'day' },
    recordedAt: '2026-11-20T10:00:00+01:00',
    by: { kind: 'user', name: 'Kari Nordmann' },
    language: 'nb',
    reason: 'Forskriften er forsinket',
    from: { stated: { nb: 'innen 2025', en: 'by 2025' }, point: yearPoint(2025), kind: 'by' },
    to: { stated: { nb: 'innen 2027', en: 'by 2027' }, point: yearPoint(2027), kind: 'by' },
  },
};

describe('a row of the change log’s export', () => {
  it.each<[Language, string, string, string]>([
    ['nb', 'Retningslinje', 'innen 2025 (by 2025)', 'innen 2027 (by 2027)'],
    ['en', 'Guideline', 'by 2025 (by 2025)', 'by 2027 (by 2027)'],
    // Nynorsk not written: bokmål, as for the title.
    ['nn', 'Retningslinje', 'innen 2025 (by 2025)', 'innen 2027 (by 2027)'],
  ])('in %s: the title and the deadlines’ words in the reader’s language', (language, title, from, to) => {
    const row = toChangeLogRow(MOVED, { language, plans: new Map(), statusLabel: (status) => status });
    expect([row.title, row.deadline_from, row.deadline_to, row.reason, row.text_language]).toEqual([title, from, to, 'Forskriften er forsinket', 'nb']);
  });
});
