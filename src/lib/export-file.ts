import type { ExportKind } from '@/domain/export-dictionary';
import type { Language } from '@/domain/localized-text';

/** Excel reads a CSV file as UTF-8 (and shows æ, ø and å right) only when it starts with this byte order mark. */
export const BOM = '\uFEFF';

export type CsvDelimiter = ',' | ';';

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';

/**
 * A file to download: its name and type at once, its contents made only when it is asked for (they may load code).
 * Text, or a Blob for a binary file (the status report's .docx).
 */
export interface ExportFile<Contents extends string | Blob = string> {
  name: string;
  type: string;
  contents: () => Contents | Promise<Contents>;
  /** A CSV file's delimiter, so that the data dictionary saved beside it can have the same. */
  delimiter?: CsvDelimiter;
}

/** The formats a table of data is offered in: CSV with commas, CSV with semicolons (Norwegian Excel), JSON. */
export const EXPORT_FORMATS = ['csv', 'csv-semicolon', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The delimiter of a CSV format: a comma, or a semicolon for Norwegian Excel (the comma is its decimal sign). */
export function delimiterOf(format: Exclude<ExportFormat, 'json'>): CsvDelimiter {
  return format === 'csv' ? ',' : ';';
}

/** The dictionary that describes an export's columns (src/domain/export-dictionary.ts), and the reader's language. */
export interface TableDictionary {
  kind: ExportKind;
  language: Language;
}

type CsvRows<Column extends string> = readonly Readonly<Record<Column, string | number | boolean>>[];

interface CsvData<Column extends string> {
  columns: readonly Column[];
  /** The CSV rows; the delimiter is given for cells whose decimal sign depends on it. May load code first. */
  rows: (delimiter: CsvDelimiter) => CsvRows<Column> | Promise<CsvRows<Column>>;
  /**
   * The export's dictionary: the CSV for Norwegian Excel (`;`) takes its Norwegian headers from it (nynorsk for a
   * nynorsk reader, bokmål otherwise); the other CSV has the stable column names. Every export of the app gives
   * it; without it, both have the column names.
   */
  dictionary?: TableDictionary;
}

interface TableData<Column extends string> extends CsvData<Column> {
  /** The JSON document. May load code first. */
  document: () => unknown;
}

/** A table's data as a file in one of the formats; nothing is built before the file's contents are asked for. */
export function tableFile<Column extends string>(format: ExportFormat, name: string, data: TableData<Column>): ExportFile {
  if (format === 'json') return { name, type: JSON_TYPE, contents: async () => toJson(await data.document()) };
  return csvFile(delimiterOf(format), name, data);
}

/** A table's data as a CSV file with the delimiter, its headers as `CsvData.dictionary` says; built when asked for. */
export function csvFile<Column extends string>(delimiter: CsvDelimiter, name: string, data: CsvData<Column>): ExportFile {
  return {
    name,
    type: CSV_TYPE,
    delimiter,
    contents: async () => toCsv(data.columns, await data.rows(delimiter), delimiter, await headerOf(data, delimiter)),
  };
}

/** The one place that decides a CSV's header line: Norwegian for Norwegian Excel, from the dictionary (loaded now). */
async function headerOf<Column extends string>({ columns, dictionary }: CsvData<Column>, delimiter: CsvDelimiter): Promise<readonly string[] | undefined> {
  if (delimiter === ',' || dictionary === undefined) return undefined;
  const { dictionaryOf, norwegianHeaders } = await import('@/domain/export-dictionary');
  return norwegianHeaders(dictionaryOf(dictionary.kind), columns, dictionary.language);
}

/**
 * How a spreadsheet may start a formula: =, +, - or @ (or their full-width forms, which some
 * spreadsheets fold to them), after any run of spaces, invisible or control characters, since some
 * spreadsheets trim those on import; or a tab or carriage return first (OWASP's list). The test looks
 * only at the start, whatever follows: a line break or U+2028 after the first character changes nothing.
 */
const FORMULA_START = /^(?:[\s\p{Cc}\p{Cf}]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/u;
/** A plain number ("-3", "-0,25"): a spreadsheet reads it as the number, never as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * A cell as a spreadsheet must read it: text that could start a formula gets a leading apostrophe, which
 * spreadsheets take as "this is text" and do not show. Every CSV the app writes passes its cells through
 * this one function (in `toCsv`); numbers and booleans are data and stay as they are.
 */
export function neutraliseFormula<T extends string | number | boolean>(cell: T): T | string {
  if (typeof cell !== 'string' || PLAIN_NUMBER.test(cell)) return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The CSV text: a header of stable column names, one line per row, CRLF line ends, quoting by
 * Papa Parse. Every cell goes through `neutraliseFormula` (Papa Parse's own `escapeFormulae` misses a
 * formula followed by a line break: its pattern's `.` stops at one). Papa Parse is loaded only when a
 * user exports, never on a first visit. Norwegian Excel expects `;` between cells (the comma is its
 * decimal sign).
 */
export async function toCsv<Column extends string>(
  columns: readonly Column[],
  rows: readonly Readonly<Record<Column, string | number | boolean>>[],
  delimiter: CsvDelimiter,
  /** The header line's texts, one per column; the column names when left out. */
  header: readonly string[] = columns,
): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const csv = Papa.unparse(
    { fields: header.map(neutraliseFormula), data: rows.map((row) => columns.map((column) => neutraliseFormula(row[column]))) },
    { delimiter, newline: '\r\n', escapeFormulae: false },
  );
  return `${BOM}${csv}\r\n`;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Hands the text (or binary file) to the browser as a download with the given file name. */
export function saveFile(contents: string | Blob, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([contents], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the address after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The data dictionary of an export as a CSV file (column, header and Norwegian header, meaning, in the reader's
 * language), to download beside the data, with the data file's delimiter (a comma file opens as one column in
 * Norwegian Excel); the dictionary's text is loaded only when the file is made.
 */
export function dictionaryFile(kind: ExportKind, columns: readonly string[], language: Language, name: string, delimiter: CsvDelimiter): ExportFile {
  return {
    name,
    type: CSV_TYPE,
    contents: async () => {
      const { dictionaryOf, dictionaryRows } = await import('@/domain/export-dictionary');
      const rows = dictionaryRows(dictionaryOf(kind), columns, language);
      return toCsv(['column', 'header', 'norwegian_header', 'meaning'] as const, rows.map((row) => ({ column: row.column, header: row.header, norwegian_header: row.norwegianHeader, meaning: row.meaning })), delimiter);
    },
  };
}

/** "tiltak-2026-11-23.csv" → "tiltak-2026-11-23-kolonner.csv": the dictionary's file beside the data's. */
export function dictionaryFileName(dataFileName: string): string {
  return dataFileName.replace(/(?:-semikolon)?\.(?:csv|json)$/, '') + '-kolonner.csv';
}
