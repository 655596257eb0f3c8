import type { Area } from '@/domain/area';
import { yearPoint } from '@/domain/date-point';
import { IMPORT_MEASURE_MAX_CHARS, recogniseDeadlines, type ImportedMeasureRow, type RecognisedDeadline } from '@/domain/plan-text-import';
import { foldForSearch } from '@/domain/search-text';
import { isSaneYear } from '@/domain/year-range';
import { excerptOf, type ImportPreview, type PreviewProblem, type PreviewProblemCode } from './import-problems';

/**
 * A CSV file of measures (docs/plan-import.md): a header row with the template's columns, `område;tiltak;frist`
 * (Norwegian Excel) or `area,measure,deadline`, then one measure a row. The cells are read as text and never
 * evaluated: a cell that a spreadsheet would take as a formula (it starts with = + - @, a tab or a carriage return)
 * is refused with its line, so that the file cannot carry a formula into anyone's spreadsheet later. An Excel
 * workbook's first sheet (xlsx-rows.ts) is read in the same template and through the same checks.
 */
export const CSV_TEMPLATES = [
  { delimiter: ';', columns: ['område', 'tiltak', 'frist'] },
  { delimiter: ',', columns: ['area', 'measure', 'deadline'] },
] as const;

/**
 * One record of a file of the template, as its reader gave it: its cells as text and the line (a spreadsheet's row)
 * it starts on, 1-based. A CSV's record spans as many lines as its cells have line breaks; a spreadsheet's row is one
 * (`lastLine`). A reader that already knows the row cannot be used says why (`refusal`: a spreadsheet cell that holds a
 * number or a date where the template wants words, xlsx-rows.ts).
 */
export interface CsvRecord {
  line: number;
  cells: readonly string[];
  lastLine?: number;
  refusal?: PreviewProblemCode;
}

const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/u;
const INVALID = /[\p{Cc}\p{Cs}\uFFFD]/u;

/** Whether a spreadsheet would read the cell as a formula. */
export function isFormulaCell(cell: string): boolean {
  return FORMULA_START.test(cell);
}

function header(cells: readonly string[]): string[] {
  return cells.map((cell, index) => (index === 0 ? cell.replace(/^\uFEFF/u, '') : cell).trim().toLowerCase());
}

/** The template the header row names, or null. */
export function csvTemplateOf(cells: readonly string[]): (typeof CSV_TEMPLATES)[number] | null {
  const names = header(cells);
  return CSV_TEMPLATES.find((template) => template.columns.length === names.length && template.columns.every((column, index) => column === names[index])) ?? null;
}

/** The deadline a `frist` cell states: the words of src/domain/deadline.ts («innen 2027», «fra 2017») or a bare year. */
export function deadlineOfCell(cell: string): RecognisedDeadline | null {
  const words = cell.trim().replace(/\s+/gu, ' ');
  if (/^\d{4}$/u.test(words)) {
    const year = Number(words);
    return isSaneYear(year) ? { deadline: { stated: { nb: words }, point: yearPoint(year), kind: 'by' }, at: { start: 0, end: words.length }, season: null, inferred: false } : null;
  }
  const [first] = recogniseDeadlines(words);
  // The whole cell must be the deadline's words: «innen 2027, trolig senere» is not a deadline the import may guess at.
  return first !== undefined && first.at?.start === 0 && first.at.end === words.length ? first : null;
}

function problem(code: PreviewProblemCode, record: CsvRecord, heading: string | null = null): PreviewProblem {
  return { code, line: record.line, excerpt: excerptOf(record.cells.join(' | ')), heading };
}

/**
 * The preview of a file's records (the header row first), in the parser's row shape (plan-text-import.ts), so that
 * the preview and the save treat every kind of input alike: a CSV's records (import-file.ts) and a spreadsheet's rows
 * (xlsx-rows.ts) go through the same checks of the columns and of each row. Pure.
 */
export function csvPreview(records: readonly CsvRecord[], areas: readonly Area[]): ImportPreview {
  const filled = records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  const [head, ...body] = filled;
  if (head === undefined) return { rows: [], problems: [{ code: 'empty', line: null, excerpt: null, heading: null }] };
  if (csvTemplateOf(head.cells) === null) return { rows: [], problems: [problem('csv_columns', head)] };

  const areaByName = new Map<string, string>();
  for (const area of areas) {
    for (const name of [area.id, area.name.nb, area.name.nn, area.name.en]) if (name !== undefined) areaByName.set(foldForSearch(name), area.id);
  }

  const rows: ImportedMeasureRow[] = [];
  const problems: PreviewProblem[] = [];
  for (const record of body) {
    if (record.cells.length !== 3) {
      problems.push(problem('csv_row_fields', record));
      continue;
    }
    if (record.refusal !== undefined) {
      problems.push(problem(record.refusal, record));
      continue;
    }
    if (record.cells.some(isFormulaCell)) {
      problems.push(problem('csv_formula', record));
      continue;
    }
    if (record.cells.some((cell) => INVALID.test(cell.replace(/[\n\r]/gu, '')))) {
      problems.push(problem('invalid_characters', record));
      continue;
    }
    const [areaCell = '', measureCell = '', deadlineCell = ''] = record.cells;
    const areaName = areaCell.trim();
    const text = measureCell.replace(/\s+/gu, ' ').trim();
    const areaId = areaByName.get(foldForSearch(areaName)) ?? null;
    const deadline = deadlineCell.trim() === '' ? null : deadlineOfCell(deadlineCell);
    if (text === '') problems.push(problem('empty_bullet', record));
    else if (text.length > IMPORT_MEASURE_MAX_CHARS) problems.push(problem('measure_too_long', record));
    else if (areaName === '') problems.push(problem('csv_missing_area', record));
    else if (areaId === null) problems.push(problem('csv_unknown_area', record, areaName));
    else if (deadlineCell.trim() !== '' && deadline === null) problems.push(problem('csv_deadline_unrecognised', record));
    else {
      const last = record.lastLine ?? record.line + record.cells.join('').split('\n').length - 1;
      rows.push({
        number: rows.length + 1,
        lines: { first: record.line, last },
        area: { id: areaId, heading: areaName, line: record.line },
        text,
        lead: null,
        deadline,
        deadlines: deadline === null ? [] : [deadline],
        split: null,
        notes: [],
      });
    }
  }
  if (rows.length === 0 && problems.length === 0) problems.push({ code: 'no_measures', line: null, excerpt: null, heading: null });
  return { rows, problems };
}
