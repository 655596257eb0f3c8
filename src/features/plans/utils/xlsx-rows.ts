import type { Area } from '@/domain/area';
import { csvPreview, type CsvRecord } from './csv-rows';
import type { ImportPreview, PreviewProblem, PreviewProblemCode } from './import-problems';

/**
 * An Excel workbook (.xlsx) of measures in the CSV's template (docs/plan-import.md): its first sheet, a header row
 * with the template's columns, then one measure a row. The rows go through the CSV's own checks (`csvPreview`), so
 * both kinds of file are read alike. read-excel-file gives each cell's value, never its formula: a formula cell is
 * read as the value Excel stored with it, and never evaluated. A text cell that a spreadsheet would take as a formula
 * (it starts with = + - @) is refused as in a CSV.
 */

/** A cell as read-excel-file gives it (numbers parsed, date-formatted numbers as dates, empty cells null). */
export type SheetCell = string | number | boolean | Date | null;
export type SheetRow = readonly SheetCell[];

const COLUMNS = 3;
const DEADLINE_COLUMN = 2;

/** A cell as the preview shows it: text as written, a number in digits, a date as yyyy-mm-dd. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return String(cell);
}

const isEmpty = (cell: SheetCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** Why a row cannot be used before its words are read: a number or a date where the template wants words. */
function refusalOf(cells: SheetRow): PreviewProblemCode | undefined {
  const deadline = cells[DEADLINE_COLUMN] ?? null;
  // «2016» is a year, a day or a count to Excel: the deadline column holds the plan's words («i 2016»), so it must be text.
  if (typeof deadline === 'number' || deadline instanceof Date) return 'xlsx_deadline_value';
  if (cells.some((cell, index) => index !== DEADLINE_COLUMN && !isEmpty(cell) && typeof cell !== 'string')) return 'xlsx_cell_value';
  return undefined;
}

/**
 * A sheet's rows (row 1 first, as read-excel-file gives them) as the CSV's records: the line is the sheet's row number.
 * Empty cells at a row's end are the sheet's padding, not cells: a row of two filled cells has an empty deadline.
 * A row of more than three filled cells keeps them all (and is refused as a CSV row would be).
 */
export function xlsxRecords(rows: readonly SheetRow[]): CsvRecord[] {
  return rows.map((row, index) => {
    const line = index + 1;
    let length = row.length;
    while (length > 0 && isEmpty(row[length - 1] ?? null)) length--;
    const used = row.slice(0, length);
    if (used.length > COLUMNS) return { line, lastLine: line, cells: used.map(cellText) };
    const cells = [...used, ...Array<SheetCell>(COLUMNS - used.length).fill(null)];
    const refusal = refusalOf(cells);
    return { line, lastLine: line, cells: cells.map(cellText), ...(refusal === undefined ? {} : { refusal }) };
  });
}

/** A value from read-excel-file as a cell (its typings name the Date constructor where it gives a Date). */
export function sheetCellOf(value: unknown): SheetCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return null;
}

const isEmptySheet = (rows: readonly SheetRow[]) => rows.every((row) => row.every(isEmpty));
const whole = (code: PreviewProblemCode): ImportPreview => ({ rows: [], problems: [{ code, line: null, excerpt: null, heading: null }] });

/** The preview of a sheet's rows, in the parser's row shape. Pure. */
export function xlsxPreview(rows: readonly SheetRow[], areas: readonly Area[]): ImportPreview {
  if (isEmptySheet(rows)) return whole('xlsx_empty');
  return csvPreview(xlsxRecords(rows), areas);
}

/** What the parts of a workbook the reader unpacks (its .xml files) may hold, unpacked. */
export const XLSX_PART_MAX_BYTES = 512 * 1024 - 1;
export const XLSX_UNPACKED_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Whether a zip archive's parts that read-excel-file unpacks (.xml, .xml.rels) stay within the limits, by the sizes
 * its central directory declares (the unpacker allocates and stops by them): a 1 MiB file can hold a gigabyte of
 * repeated XML. Parts under 512 KiB are also unpacked on the page's thread: fflate unpacks larger ones in a Web
 * Worker made from a blob: address, which the site's Content-Security-Policy does not allow. 'not_zip' when the
 * bytes have no central directory (the reader then says what the file is). Pure.
 */
export function zipWithinLimits(bytes: Uint8Array): 'ok' | 'too_large' | 'not_zip' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return 'not_zip';
  const entries = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  // A zip64 archive: a plan's sheet never needs one.
  if (entries === 0xffff || offset === 0xffffffff) return 'too_large';
  let at = offset;
  let total = 0;
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return 'not_zip';
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name.endsWith('.xml') || name.endsWith('.xml.rels')) {
      if (size > XLSX_PART_MAX_BYTES) return 'too_large';
      total += size;
      if (total > XLSX_UNPACKED_MAX_BYTES) return 'too_large';
    }
    at += skip;
  }
  return 'ok';
}

/** The code of read-excel-file's InvalidInputError (`XLS_FILE_NOT_SUPPORTED`, `FILE_NOT_SUPPORTED`, …), or null. */
function inputErrorCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'InvalidInputError') return null;
  const code: unknown = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/** Reads a workbook's first sheet into the preview, or the reason it cannot be read. read-excel-file loads only here. */
export async function readXlsx(buffer: ArrayBuffer, areas: readonly Area[]): Promise<ImportPreview | PreviewProblem> {
  const problemOf = (code: PreviewProblemCode): PreviewProblem => ({ code, line: null, excerpt: null, heading: null });
  const bytes = new Uint8Array(buffer);
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) {
    const limits = zipWithinLimits(bytes);
    if (limits === 'too_large') return problemOf('xlsx_unpacked_too_large');
    if (limits === 'not_zip') return problemOf('xlsx_invalid');
  }
  try {
    // The universal entry takes the bytes and starts no Web Worker of its own (the browser entry does).
    const { readSheet } = await import('read-excel-file/universal');
    // trim: false keeps a cell's leading spaces and tabs, which the formula check looks at.
    const rows = (await readSheet(buffer, 1, { trim: false })).map((row) => row.map(sheetCellOf));
    // An empty sheet refuses the file, as an empty CSV does: there is nothing to preview.
    if (isEmptySheet(rows)) return problemOf('xlsx_empty');
    return xlsxPreview(rows, areas);
  } catch (error) {
    // Not a workbook (a text file renamed, random bytes, a broken zip), an old .xls, or a sheet the reader refuses.
    return problemOf(inputErrorCode(error) === 'XLS_FILE_NOT_SUPPORTED' ? 'xlsx_legacy' : 'xlsx_invalid');
  }
}
