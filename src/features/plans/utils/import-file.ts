import type { Area } from '@/domain/area';
import { IMPORT_TEXT_MAX_BYTES } from '@/domain/plan-text-import';
import { csvPreview, csvTemplateOf, type CsvRecord } from './csv-rows';
import type { ImportPreview, PreviewProblem, PreviewProblemCode } from './import-problems';
import { readXlsx } from './xlsx-rows';

/**
 * A file the admin chose: a plan's text (.txt), which goes into the text field to be read as pasted text, or a CSV
 * or an Excel workbook (.xlsx) of measures in the template (docs/plan-import.md), which is previewed as it is.
 * Junk is refused before anything is shown: a file over 1 MiB by its size, before it is read; binary content; a
 * workbook that is not one; any other kind of file.
 */
export type ChosenFile =
  | { kind: 'text'; name: string; text: string }
  | { kind: 'csv' | 'xlsx'; name: string; preview: ImportPreview }
  | { kind: 'refused'; name: string; problem: PreviewProblem };

export type FileKind = 'text' | 'csv' | 'xlsx' | 'other';

export function fileKindOf(name: string): FileKind {
  const extension = /\.([^.]+)$/u.exec(name.toLowerCase())?.[1] ?? '';
  if (extension === 'txt') return 'text';
  if (extension === 'csv') return 'csv';
  if (extension === 'xlsx' || extension === 'xls' || extension === 'xlsm' || extension === 'ods') return 'xlsx';
  return 'other';
}

/** Whether text read from a file is not text: a NUL, or many control or replacement characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const bad = text.replace(/[\t\n\r]/gu, '').match(/[\p{Cc}\p{Cs}\uFFFD]/gu)?.length ?? 0;
  return bad > 8 && bad * 100 > text.length;
}

const refused = (name: string, code: PreviewProblemCode): ChosenFile => ({ kind: 'refused', name, problem: { code, line: null, excerpt: null, heading: null } });

/** The records of a CSV text, each with the line it starts on. papaparse loads only when a CSV is chosen. */
export async function csvRecords(file: string): Promise<CsvRecord[]> {
  const { default: Papa } = await import('papaparse');
  // One kind of line break (a file saved on Windows and edited elsewhere has both), so that lines count alike.
  const text = file.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const firstLine = text.split('\n', 1)[0] ?? '';
  // The template's own delimiter when the header names one; otherwise papaparse guesses (and the header is refused).
  const delimiter = csvTemplateOf(firstLine.split(';')) !== null ? ';' : csvTemplateOf(firstLine.split(',')) !== null ? ',' : '';
  const records: CsvRecord[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      records.push({ line, cells: result.data });
      const end = result.meta.cursor;
      for (let index = start; index < end; index++) if (text.charCodeAt(index) === 10) line++;
      start = end;
    },
  });
  return records;
}

async function readText(file: File): Promise<string | null> {
  try {
    return await file.text();
  } catch {
    return null;
  }
}

async function readBytes(file: File): Promise<ArrayBuffer | null> {
  try {
    return await file.arrayBuffer();
  } catch {
    return null;
  }
}

/** Reads a chosen file (see ChosenFile); never throws. */
export async function readImportFile(file: File, areas: readonly Area[]): Promise<ChosenFile> {
  const kind = fileKindOf(file.name);
  if (kind === 'other') return refused(file.name, 'file_type');
  // By its size, before a byte is read: a 10 MB file is never loaded into the page.
  if (file.size > IMPORT_TEXT_MAX_BYTES) return refused(file.name, 'too_large');
  if (kind === 'xlsx') {
    const bytes = await readBytes(file);
    if (bytes === null) return refused(file.name, 'file_unreadable');
    if (bytes.byteLength === 0) return refused(file.name, 'empty');
    const read = await readXlsx(bytes, areas);
    return 'rows' in read ? { kind: 'xlsx', name: file.name, preview: read } : { kind: 'refused', name: file.name, problem: read };
  }
  const text = await readText(file);
  if (text === null) return refused(file.name, 'file_unreadable');
  if (text.trim() === '') return refused(file.name, 'empty');
  if (looksBinary(text)) return refused(file.name, 'binary');
  if (kind === 'text') return { kind: 'text', name: file.name, text };
  return { kind: 'csv', name: file.name, preview: csvPreview(await csvRecords(text), areas) };
}
