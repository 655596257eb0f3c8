import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { csvPreview, type CsvRecord } from '@/features/plans/utils/csv-rows';
import { readImportFile } from '@/features/plans/utils/import-file';
import { FILE_PROBLEM_CODES, XLSX_PROBLEM_CODES, type ImportPreview, type PreviewProblem } from '@/features/plans/utils/import-problems';
import en from '@/locales/en/plans.json';
import nb from '@/locales/nb/plans.json';
import nn from '@/locales/nn/plans.json';
import { cellText, readXlsx, xlsxPreview, xlsxRecords, zipWithinLimits, type SheetRow } from '@/features/plans/utils/xlsx-rows';
import { xlsxBuffer, xlsxBytes, xlsxFile, type TestCell } from './xlsx-workbook';

const areas = FIXTURES.areas;
const HEADER: TestCell[] = ['område', 'tiltak', 'frist'];

const isPreview = (read: ImportPreview | PreviewProblem): read is ImportPreview => 'rows' in read;
async function preview(...rows: TestCell[][]): Promise<ImportPreview> {
  const read = await readXlsx(xlsxBuffer(rows), areas);
  if (!isPreview(read)) throw new Error(`refused: ${read.code}`);
  return read;
}
const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('xlsxRecords: a sheet’s rows as the CSV’s records', () => {
  it.each<[string, SheetRow[], CsvRecord[]]>([
    ['the sheet’s row numbers are the lines', [['område', 'tiltak', 'frist'], [], ['Ledelse', 'A', 'i 2016']], [
      { line: 1, lastLine: 1, cells: ['område', 'tiltak', 'frist'] },
      { line: 2, lastLine: 2, cells: ['', '', ''] },
      { line: 3, lastLine: 3, cells: ['Ledelse', 'A', 'i 2016'] },
    ]],
    ['empty cells at the end are padding: two filled cells have an empty deadline', [['Ledelse', 'A', null, null]], [{ line: 1, lastLine: 1, cells: ['Ledelse', 'A', ''] }]],
    ['a fourth filled cell is kept (and refused as a CSV row would be)', [['Ledelse', 'A', 'i 2016', 'HOD']], [{ line: 1, lastLine: 1, cells: ['Ledelse', 'A', 'i 2016', 'HOD'] }]],
    ['a number in the deadline column asks for the plan’s words', [['Ledelse', 'A', 2016]], [{ line: 1, lastLine: 1, cells: ['Ledelse', 'A', '2016'], refusal: 'xlsx_deadline_value' }]],
    ['a date in the deadline column too', [['Ledelse', 'A', new Date('2016-07-01T00:00:00Z')]], [{ line: 1, lastLine: 1, cells: ['Ledelse', 'A', '2016-07-01'], refusal: 'xlsx_deadline_value' }]],
    ['a number, a date or true/false where words belong', [['Ledelse', 42, 'i 2016'], [true, 'A', '']], [
      { line: 1, lastLine: 1, cells: ['Ledelse', '42', 'i 2016'], refusal: 'xlsx_cell_value' },
      { line: 2, lastLine: 2, cells: ['TRUE', 'A', ''], refusal: 'xlsx_cell_value' },
    ]],
  ])('%s', (_, rows, records) => {
    expect(xlsxRecords(rows)).toEqual(records);
  });

  it.each<[SheetRow[number], string]>([
    ['i 2016', 'i 2016'],
    [2016, '2016'],
    [-1.5, '-1.5'],
    [false, 'FALSE'],
    [new Date('2017-01-01T00:00:00Z'), '2017-01-01'],
    [null, ''],
  ])('the cell %j reads as %j', (cell, text) => {
    expect(cellText(cell)).toBe(text);
  });
});

describe('readXlsx: a real workbook, its first sheet, in the CSV’s row shape', () => {
  it('gives the same rows as the same CSV, numbered in the order of the sheet', async () => {
    const sheet: TestCell[][] = [HEADER, ['Kompetanse', 'Utvikle  en handlingsplan for rekruttering', 'i 2016'], ['psykisk helse og rus', { sharedString: 'Innføre døgnplikt' }, null], ['Ledelse', 'Videreføre arbeidet med ledelse', 'innen 2020']];
    const read = await preview(...sheet);
    const csv = csvPreview(
      sheet.map((cells, index) => ({ line: index + 1, cells: cells.map((cell) => (typeof cell === 'string' ? cell : cell !== null && typeof cell === 'object' && 'sharedString' in cell ? cell.sharedString : '')) })),
      areas,
    );
    expect(read).toEqual(csv);
    expect(read.problems).toEqual([]);
    expect(read.rows.map((row) => [row.number, row.lines, row.area.id, row.text, row.deadline?.deadline.stated.nb ?? null, row.deadline?.deadline.kind ?? null])).toEqual([
      [1, { first: 2, last: 2 }, 'kompetanse', 'Utvikle en handlingsplan for rekruttering', 'i 2016', 'by'],
      [2, { first: 3, last: 3 }, 'psykisk-helse-og-rus', 'Innføre døgnplikt', null, null],
      [3, { first: 4, last: 4 }, 'ledelse', 'Videreføre arbeidet med ledelse', 'innen 2020', 'by'],
    ]);
  });

  it.each<[string, TestCell[]]>([
    ['område;tiltak;frist', ['område', 'tiltak', 'frist']],
    ['upper case and spaces', [' OMRÅDE', 'Tiltak ', 'Frist']],
    ['area,measure,deadline', ['area', 'measure', 'deadline']],
  ])('accepts the template’s header: %s', async (_, header) => {
    expect((await preview(header, ['Leadership', 'A', ''])).rows.map((row) => row.area.id)).toEqual(['ledelse']);
  });

  it.each<[string, TestCell[]]>([
    ['other names', ['tittel', 'ansvar', 'frist']],
    ['the columns in another order', ['tiltak', 'område', 'frist']],
    ['a column more', ['område', 'tiltak', 'frist', 'ansvarlig']],
    ['a column less', ['område', 'tiltak']],
    ['a number for a name', ['område', 'tiltak', 2016]],
  ])('refuses the whole file when the header has %s, with the CSV’s message', async (_, header) => {
    expect(await preview(header, ['Ledelse', 'A', ''])).toEqual({ rows: [], problems: [{ code: 'csv_columns', line: 1, excerpt: expect.any(String) as string, heading: null }] });
  });

  it('reads the first sheet only', async () => {
    const read = await readXlsx(xlsxBuffer([['tittel', 'ansvar']], [HEADER, ['Ledelse', 'A', '']]), areas);
    expect(read).toEqual({ rows: [], problems: [expect.objectContaining({ code: 'csv_columns' })] });
  });

  it.each<[string, TestCell[], string]>([
    ['a text that a spreadsheet takes as a formula', ['Ledelse', '=HYPERLINK("http://x.example")', ''], 'csv_formula'],
    ['a formula after spaces (cells are not trimmed)', ['Ledelse', '   =1+1', ''], 'csv_formula'],
    ['+, - and @ as in a CSV', ['@SUM(A1)', 'A', ''], 'csv_formula'],
    ['a formula cell whose stored value is a formula', ['Ledelse', { formula: 'CONCATENATE("=","1")', cached: '=1' }, ''], 'csv_formula'],
    ['a bare number as the deadline', ['Ledelse', 'A', 2016], 'xlsx_deadline_value'],
    ['a date cell as the deadline', ['Ledelse', 'A', { date: 42552 }], 'xlsx_deadline_value'],
    ['a negative number as the deadline (not called a formula)', ['Ledelse', 'A', -5], 'xlsx_deadline_value'],
    ['a number as the measure', ['Ledelse', 7, ''], 'xlsx_cell_value'],
    ['true/false as the area', [true, 'A', ''], 'xlsx_cell_value'],
    ['a fourth cell', ['Ledelse', 'A', '', 'HOD'], 'csv_row_fields'],
    ['an area the dataset does not have', ['Ukjent sted', 'A', ''], 'csv_unknown_area'],
    ['no area', [null, 'A', 'i 2016'], 'csv_missing_area'],
    ['no measure', ['Ledelse', null, 'i 2016'], 'empty_bullet'],
    ['deadline words the import does not guess at', ['Ledelse', 'A', 'innen 2027, trolig senere'], 'csv_deadline_unrecognised'],
    ['a control character', ['Ledelse', 'A\u0007', ''], 'invalid_characters'],
  ])('refuses a row with %s, with its row number and why', async (_, row, code) => {
    const read = await preview(HEADER, ['Kompetanse', 'Godt tiltak', ''], row);
    expect(read.rows.map((measure) => measure.text)).toEqual(['Godt tiltak']);
    expect(read.problems).toEqual([expect.objectContaining({ code, line: 3 })]);
  });

  it('reads a formula cell as the value Excel stored with it, and never evaluates it (docs/plan-import.md)', async () => {
    const read = await preview(HEADER, ['Ledelse', { formula: 'CONCATENATE("Styrke ","ledelsen")', cached: 'Styrke ledelsen' }, '']);
    expect(read.rows.map((row) => row.text)).toEqual(['Styrke ledelsen']);
  });
});

describe('readXlsx: junk is refused with a reason, nothing thrown', () => {
  const random = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 251);
  const legacy = new Uint8Array(4096);
  legacy.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it.each<[string, Uint8Array, string]>([
    ['an empty sheet', xlsxBytes([]), 'xlsx_empty'],
    ['a sheet of empty cells', xlsxBytes([['', '  '], [null]]), 'xlsx_empty'],
    ['a text file renamed .xlsx', strToU8('område;tiltak;frist\nLedelse;A;\n'), 'xlsx_invalid'],
    ['random bytes', random, 'xlsx_invalid'],
    ['a zip that is no workbook', zipSync({ 'notes.xml': strToU8('<notes/>') }), 'xlsx_invalid'],
    ['a zip cut short', xlsxBytes([HEADER]).slice(0, 200), 'xlsx_invalid'],
    ['an old Excel file (.xls)', legacy, 'xlsx_legacy'],
    ['a sheet that unpacks to more than 512 KiB', xlsxBytes([HEADER, ['Ledelse', 'a'.repeat(600_000), '']]), 'xlsx_unpacked_too_large'],
  ])('%s', async (_, bytes, code) => {
    expect(await readXlsx(bufferOf(bytes), areas)).toEqual({ code, line: null, excerpt: null, heading: null });
  });

  it.each<[string, Uint8Array, string]>([
    ['a small workbook', xlsxBytes([HEADER]), 'ok'],
    ['a big part', xlsxBytes([['a'.repeat(600_000)]]), 'too_large'],
    ['many parts that add up', zipSync(Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`xl/part${index}.xml`, strToU8('x'.repeat(500_000))]))), 'too_large'],
    ['no zip', strToU8('PK\u0003\u0004 not really'), 'not_zip'],
  ])('zipWithinLimits: %s → %s', (_, bytes, verdict) => {
    expect(zipWithinLimits(bytes)).toBe(verdict);
  });

  it('refuses a file over 1 MiB by its size, before reading it', async () => {
    const file = xlsxFile('tiltak.xlsx', [HEADER]);
    Object.defineProperty(file, 'size', { value: 2 * 1024 * 1024 });
    let read = false;
    Object.defineProperty(file, 'arrayBuffer', {
      value: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    expect(await readImportFile(file, areas)).toEqual({ kind: 'refused', name: 'tiltak.xlsx', problem: expect.objectContaining({ code: 'too_large' }) as PreviewProblem });
    expect(read).toBe(false);
  });

  it('previews a chosen .xlsx file as a workbook', async () => {
    const chosen = await readImportFile(xlsxFile('Tiltak.XLSX', [HEADER, ['Ledelse', 'A', 'i 2016']]), areas);
    expect(chosen.kind).toBe('xlsx');
    expect(chosen.kind === 'xlsx' ? chosen.preview.rows.map((row) => row.text) : null).toEqual(['A']);
  });

  it('xlsxPreview of no rows is an empty sheet', () => {
    expect(xlsxPreview([], areas).problems.map((problem) => problem.code)).toEqual(['xlsx_empty']);
  });
});

describe('the workbook’s reasons have texts in every language', () => {
  it.each([...XLSX_PROBLEM_CODES, ...FILE_PROBLEM_CODES])('%s', (code) => {
    for (const plans of [nb, nn, en]) expect((plans.planImport.problem as Record<string, string | undefined>)[code]).toMatch(/\S/);
  });

  it('no longer says that .xlsx is a later step', () => {
    for (const plans of [nb, nn, en]) expect(Object.keys(plans.planImport.problem)).not.toContain('xlsx_later');
  });
});
