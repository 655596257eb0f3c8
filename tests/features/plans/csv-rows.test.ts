import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { csvPreview, csvTemplateOf, deadlineOfCell, isFormulaCell, type CsvRecord } from '@/features/plans/utils/csv-rows';
import { csvRecords } from '@/features/plans/utils/import-file';

const areas = FIXTURES.areas;
const records = (...rows: string[][]): CsvRecord[] => rows.map((cells, index) => ({ line: index + 1, cells }));
const HEADER = ['område', 'tiltak', 'frist'];

describe('csvTemplateOf: the header row names one of the two templates', () => {
  it.each<[string[], string | null]>([
    [['område', 'tiltak', 'frist'], ';'],
    [['\uFEFFOmråde ', ' Tiltak', 'FRIST'], ';'],
    [['area', 'measure', 'deadline'], ','],
    [['område', 'tiltak'], null],
    [['tiltak', 'område', 'frist'], null],
    [['område', 'tiltak', 'frist', 'ansvarlig'], null],
    [['area', 'tiltak', 'frist'], null],
  ])('%j → %s', (cells, delimiter) => {
    expect(csvTemplateOf(cells)?.delimiter ?? null).toBe(delimiter);
  });
});

describe('isFormulaCell: what a spreadsheet would evaluate is refused, never evaluated', () => {
  it.each([
    ['=1+1', true],
    ['+47 22 00 00 00', true],
    ['-2 %', true],
    ['@SUM(A1)', true],
    ['  =HYPERLINK("x")', true],
    ['\t=1', true],
    ['Utvikle en plan', false],
    ['i 2016', false],
    ['– 2015', false],
    ['', false],
    ['E-post = viktig', false],
  ])('%j → %s', (cell, formula) => {
    expect(isFormulaCell(cell)).toBe(formula);
  });
});

describe('deadlineOfCell: the words of the frist column and what they mean', () => {
  it.each([
    ['i 2016', 'by', '2016-01-01', 'year', 'i 2016'],
    ['innen utgangen av 2020', 'by', '2020-01-01', 'year', 'innen utgangen av 2020'],
    ['fra 1. januar 2017', 'from', '2017-01-01', 'day', 'fra 1. januar 2017'],
    ['tidligst fra 2017', 'earliest', '2017-01-01', 'year', 'tidligst fra 2017'],
    ['frem til 2020', 'until', '2020-01-01', 'year', 'frem til 2020'],
    ['  høsten   2016 ', 'by', '2016-01-01', 'year', 'høsten 2016'],
    ['2027', 'by', '2027-01-01', 'year', '2027'],
  ])('%j → %s %s (%s)', (cell, kind, date, precision, stated) => {
    expect(deadlineOfCell(cell)?.deadline).toEqual({ stated: { nb: stated }, point: { date, precision }, kind });
  });

  it.each(['snart', 'innen 2027, trolig senere', '0202', '9999', 'i 20166'])('%j is no deadline it may guess at', (cell) => {
    expect(deadlineOfCell(cell)).toBeNull();
  });
});

describe('csvPreview: CSV records in the parser’s row shape', () => {
  it('reads each row as a measure, numbered in order, with its area, words and deadline', () => {
    const preview = csvPreview(records(HEADER, ['Kompetanse', 'Utvikle  en handlingsplan\nfor rekruttering', 'i 2016'], ['psykisk helse og rus', 'Innføre døgnplikt', '']), areas);
    expect(preview.problems).toEqual([]);
    expect(preview.rows).toEqual([
      {
        number: 1,
        lines: { first: 2, last: 3 },
        area: { id: 'kompetanse', heading: 'Kompetanse', line: 2 },
        text: 'Utvikle en handlingsplan for rekruttering',
        lead: null,
        deadline: { deadline: { stated: { nb: 'i 2016' }, point: { date: '2016-01-01', precision: 'year' }, kind: 'by' }, at: { start: 0, end: 6 }, season: null, inferred: false },
        deadlines: [{ deadline: { stated: { nb: 'i 2016' }, point: { date: '2016-01-01', precision: 'year' }, kind: 'by' }, at: { start: 0, end: 6 }, season: null, inferred: false }],
        split: null,
        notes: [],
      },
      expect.objectContaining({ number: 2, area: { id: 'psykisk-helse-og-rus', heading: 'psykisk helse og rus', line: 3 }, text: 'Innføre døgnplikt', deadline: null, deadlines: [] }),
    ]);
  });

  it('takes an area by its name in any language, or its id', () => {
    const preview = csvPreview(records(['area', 'measure', 'deadline'], ['Leadership', 'A', ''], ['Leiing', 'B', ''], ['ledelse', 'C', '']), areas);
    expect(preview.rows.map((row) => row.area.id)).toEqual(['ledelse', 'ledelse', 'ledelse']);
  });

  it.each<[string, string[], string, string | null]>([
    ['a formula cell', ['Ledelse', '=HYPERLINK("http://x.example")', ''], 'csv_formula', null],
    ['a formula in the deadline', ['Ledelse', 'Et tiltak', '@2027'], 'csv_formula', null],
    ['too few cells', ['Ledelse', 'Et tiltak'], 'csv_row_fields', null],
    ['too many cells', ['Ledelse', 'Et tiltak', '', 'HOD'], 'csv_row_fields', null],
    ['an unknown area', ['Ukjent sted', 'Et tiltak', ''], 'csv_unknown_area', 'Ukjent sted'],
    ['no area', [' ', 'Et tiltak', ''], 'csv_missing_area', null],
    ['no measure', ['Ledelse', '  ', 'i 2016'], 'empty_bullet', null],
    ['a measure over 1000 characters', ['Ledelse', 'x'.repeat(1001), ''], 'measure_too_long', null],
    ['a deadline it does not understand', ['Ledelse', 'Et tiltak', 'snart'], 'csv_deadline_unrecognised', null],
    ['control characters', ['Ledelse', 'Et\u0007tiltak', ''], 'invalid_characters', null],
  ])('refuses a row with %s, with its line and why', (_name, cells, code, heading) => {
    const preview = csvPreview(records(HEADER, ['Kompetanse', 'Godt tiltak', ''], cells), areas);
    expect(preview.rows.map((row) => row.text)).toEqual(['Godt tiltak']);
    expect(preview.problems).toEqual([expect.objectContaining({ code, line: 3, heading })]);
  });

  it.each<[string, CsvRecord[], string]>([
    ['no records', [], 'empty'],
    ['only empty records', records([''], ['', '', '']), 'empty'],
    ['the wrong columns', records(['tittel', 'ansvar'], ['Et tiltak', 'HOD']), 'csv_columns'],
    ['a header and nothing more', records(HEADER), 'no_measures'],
  ])('has nothing to preview for %s', (_name, input, code) => {
    expect(csvPreview(input, areas)).toEqual({ rows: [], problems: [expect.objectContaining({ code })] });
  });
});

describe('csvRecords: the file’s records, each with the line it starts on', () => {
  it('reads semicolons and commas by the header, and counts lines across quoted line breaks', async () => {
    expect(await csvRecords('område;tiltak;frist\r\nKompetanse;"Lang\ntekst, med komma";i 2016\n\nLedelse;x;\n')).toEqual([
      { line: 1, cells: ['område', 'tiltak', 'frist'] },
      { line: 2, cells: ['Kompetanse', 'Lang\ntekst, med komma', 'i 2016'] },
      { line: 4, cells: [''] },
      { line: 5, cells: ['Ledelse', 'x', ''] },
      { line: 6, cells: [''] },
    ]);
    expect((await csvRecords('area,measure,deadline\nLedelse,"A; B",2027')).map((record) => record.cells)).toEqual([
      ['area', 'measure', 'deadline'],
      ['Ledelse', 'A; B', '2027'],
    ]);
  });
});
