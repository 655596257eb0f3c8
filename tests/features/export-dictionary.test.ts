import { describe, expect, it } from 'vitest';
import { EXPORT_DICTIONARIES, dictionaryRows, norwegianHeaders, type ColumnDefinition, type ExportKind } from '@/domain/export-dictionary';
import { AREA_SLIPPAGE_COLUMNS, ON_TIME_COLUMNS, PLAN_COMPARISON_COLUMNS, TARGET_ACTUAL_COLUMNS } from '@/features/analysis/utils/analysis-export';
import { CHANGE_LOG_COLUMNS } from '@/features/changes/utils/change-log-export';
import { LIST_EXPORT_COLUMNS } from '@/features/measures/utils/list-export-columns';
import { DUTY_CSV_COLUMNS } from '@/features/municipality/utils/duty-rows';
import { REPORT_COLUMNS } from '@/features/report/utils/report-export';

/** Every export's columns against the one dictionary that describes them (src/domain/export-dictionary.ts). */
const EXPORTS: [ExportKind, readonly string[]][] = [
  ['measures', LIST_EXPORT_COLUMNS],
  ['duties', DUTY_CSV_COLUMNS],
  ['target-actual', TARGET_ACTUAL_COLUMNS],
  ['slippage-by-area', AREA_SLIPPAGE_COLUMNS],
  ['on-time-by-area', ON_TIME_COLUMNS],
  ['plan-comparison', PLAN_COMPARISON_COLUMNS],
  ['changes', CHANGE_LOG_COLUMNS],
  ['report', REPORT_COLUMNS],
];

describe.each(EXPORTS)('the dictionary of the %s export', (kind, columns) => {
  const dictionary: Record<string, ColumnDefinition> = EXPORT_DICTIONARIES[kind];

  it('describes every column of the file, and no other', () => {
    expect(Object.keys(dictionary).sort()).toEqual([...columns].sort());
  });

  it.each(['nb', 'nn', 'en'] as const)('in %s: a header and a meaning for each column, ending with a full stop', (language) => {
    for (const row of dictionaryRows(dictionary, columns, language)) {
      expect(row.header, row.column).not.toBe('');
      expect(row.meaning, row.column).toMatch(/\S.*[.)]$/);
    }
  });

  it('gives Norwegian Excel one Norwegian header per column, none repeated (but a precision follows its date)', () => {
    for (const language of ['nb', 'nn'] as const) {
      const headers = norwegianHeaders(dictionary, columns, language).filter((header) => header !== 'Presisjon');
      expect(new Set(headers).size, headers.join()).toBe(headers.length);
    }
    columns.forEach((column, index) => {
      if (column.endsWith('_precision')) expect(columns[index - 1], column).toBe(column.replace(/_precision$/, ''));
    });
  });

  it('writes «fram», not «frem», in bokmål and nynorsk', () => {
    for (const entry of Object.values(dictionary)) {
      expect(`${entry.meaning.nb} ${entry.meaning.nn}`).not.toMatch(/\bfrem\b/i);
    }
  });
});

it('an English page’s CSV for Norwegian Excel still has bokmål headers; a nynorsk page’s, nynorsk', () => {
  const columns = ['completed_on', 'last_change'] as const;
  expect(norwegianHeaders(EXPORT_DICTIONARIES.measures, columns, 'en')).toEqual(['Fullført', 'Sist endret']);
  expect(norwegianHeaders(EXPORT_DICTIONARIES.measures, columns, 'nn')).toEqual(['Fullført', 'Sist endra']);
});
