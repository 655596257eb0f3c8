import type { ImportedMeasureRow, ImportProblemCode } from '@/domain/plan-text-import';

/**
 * What an import could not use, from pasted text (src/domain/plan-text-import.ts), a CSV file (csv-rows.ts), a
 * workbook (xlsx-rows.ts) or the file itself (import-file.ts). Each code has its text under
 * `planImport.problem.<code>` in the plans namespace.
 */
export const CSV_PROBLEM_CODES = ['csv_columns', 'csv_row_fields', 'csv_formula', 'csv_unknown_area', 'csv_missing_area', 'csv_deadline_unrecognised'] as const;
export const XLSX_PROBLEM_CODES = ['xlsx_empty', 'xlsx_invalid', 'xlsx_legacy', 'xlsx_unpacked_too_large', 'xlsx_deadline_value', 'xlsx_cell_value'] as const;
export const FILE_PROBLEM_CODES = ['file_type', 'file_unreadable'] as const;
export type CsvProblemCode = (typeof CSV_PROBLEM_CODES)[number];
export type XlsxProblemCode = (typeof XLSX_PROBLEM_CODES)[number];
export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];
export type PreviewProblemCode = ImportProblemCode | CsvProblemCode | XlsxProblemCode | FileProblemCode;

export interface PreviewProblem {
  code: PreviewProblemCode;
  /** 1-based line of the text or file; null for a problem with the whole of it. */
  line: number | null;
  /** The line as written (shortened), or null. */
  excerpt: string | null;
  /** The heading the line stood under, or the CSV cell that named the area, when it matters. */
  heading: string | null;
}

/** The rows an import would save and every line it could not place: nothing is saved from it until the admin says so. */
export interface ImportPreview {
  rows: ImportedMeasureRow[];
  problems: PreviewProblem[];
}

/** Problems with the whole input: there is nothing to preview. */
const WHOLE_INPUT: ReadonlySet<PreviewProblemCode> = new Set(['empty', 'too_large', 'binary', 'no_measures', 'csv_columns', 'xlsx_empty', 'xlsx_invalid', 'xlsx_legacy', 'xlsx_unpacked_too_large', 'file_type', 'file_unreadable']);

export function isWholeInputProblem(problem: PreviewProblem): boolean {
  return WHOLE_INPUT.has(problem.code);
}

/** The line as the preview shows it: control characters as U+FFFD, at most 120 characters. */
export function excerptOf(line: string): string {
  const shown = line.replace(/[\p{Cc}\p{Cs}]/gu, '\uFFFD').trim();
  return shown.length > 120 ? `${shown.slice(0, 119)}…` : shown;
}
