import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AREAS } from '@mocks/fixtures/areas';
import { MELD_ST_26 } from '@mocks/fixtures';
import { yearPoint } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import { toMeasureSummary } from '@/domain/measure-summary';
import { municipalityDutiesSchema } from '@/domain/municipality';
import { BOM, dictionaryFile, neutraliseFormula, tableFile, toCsv } from '@/lib/export-file';
import { TARGET_ACTUAL_COLUMNS, targetActualRecords, toCsvRecord } from '@/features/analysis/utils/analysis-export';
import { targetActualRows } from '@/features/analysis/utils/target-actual';
import { CSV_COLUMNS, toCsvRow, type ExportContext } from '@/features/measures/utils/export-rows';
import { DUTY_CSV_COLUMNS, toDutyRows } from '@/features/municipality/utils/duty-rows';
import { get } from '../support/api';
import { makeMeasure } from '../support/measure-factory';

const HYPERLINK = '=HYPERLINK("https://evil.example","x")';

/** Payloads a spreadsheet could run as a formula, whatever follows their first character. */
const FORMULAS: [string, string][] = [
  ['a formula', HYPERLINK],
  ['a formula followed by a line break', `${HYPERLINK}\nmer tekst`],
  ['a formula followed by CR LF', `${HYPERLINK}\r\nmer tekst`],
  ['a formula followed by U+2028', `${HYPERLINK}\u2028mer tekst`],
  ['a formula followed by U+2029', `${HYPERLINK}\u2029mer tekst`],
  ['a line break right after the =', '=\nHYPERLINK("https://evil.example")'],
  ['a leading tab', '\t=1+1'],
  ['a leading tab before text', '\tx'],
  ['a leading carriage return', '\r=1+1'],
  ['a leading space before =', ' =1+1'],
  ['leading spaces and a line break before =', ' \n =1+1'],
  ['a no-break space before =', '\u00A0=1+1'],
  ['a zero-width space before =', '\u200B=1+1'],
  ['a byte order mark before =', '\uFEFF=1+1'],
  ['a leading +', '+1+cmd|" /C calc"!A0'],
  ['a leading -', '-2+3+cmd|" /C calc"!A0'],
  ['a leading @', '@SUM(1+1)*cmd|" /C calc"!A0'],
  ['a full-width =', '＝HYPERLINK("https://evil.example")'],
  ['a full-width +', '＋1+1'],
  ['a full-width -', '－1+1'],
  ['a full-width @', '＠SUM(1+1)'],
];

/** Cells that are data, not formulas: left as they are. */
const PLAIN: [string, string | number | boolean][] = [
  ['text', 'innen 2027'],
  ['text with = inside', 'a = b'],
  ['an e-mail address', 'kari@example.no'],
  ['an empty cell', ''],
  ['a negative number', -3],
  ['a negative number as text with a decimal comma', '-0,25'],
  ['a negative number as text with a decimal point', '-1.5'],
  ['a boolean', true],
  ['an address', 'https://lovdata.no/x'],
];

describe('neutraliseFormula', () => {
  it.each(FORMULAS)('puts an apostrophe before %s', (_name, payload) => {
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });

  it.each(PLAIN)('leaves %s as it is', (_name, cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
});

/** The file's rows as a spreadsheet-minded reader parses them, by column. */
function parse(csv: string, delimiter: ',' | ';') {
  expect(csv.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, delimiter, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('toCsv', () => {
  it.each([',', ';'] as const)('writes every payload neutralised, in one cell, with "%s"', async (delimiter) => {
    const rows = [...FORMULAS, ...PLAIN].map(([name, value]) => ({ name, value }));
    const data = parse(await toCsv(['name', 'value'], rows, delimiter), delimiter);
    expect(data.map((row) => row.value)).toEqual([...FORMULAS.map(([, payload]) => `'${payload}`), ...PLAIN.map(([, cell]) => String(cell))]);
  });
});

describe('the header line and the dictionary file', () => {
  const columns = ['id', 'last_change'] as const;
  const data = (language: Language) => ({ columns, rows: () => [{ id: 'ms26-13', last_change: '2017' }], document: () => null, dictionary: { kind: 'measures', language } as const });
  const firstLine = async (file: { contents: () => string | Promise<string> }) => (await file.contents()).slice(BOM.length).split('\r\n')[0];

  it.each<[Language, string, string]>([
    ['nb', 'id,last_change', 'Tiltak-ID;Sist endret'],
    ['nn', 'id,last_change', 'Tiltak-ID;Sist endra'],
    ['en', 'id,last_change', 'Tiltak-ID;Sist endret'],
  ])('in %s: the column names with commas, the dictionary’s Norwegian headers for Norwegian Excel', async (language, comma, semicolon) => {
    expect(await firstLine(tableFile('csv', 'a.csv', data(language)))).toBe(comma);
    expect(await firstLine(tableFile('csv-semicolon', 'a.csv', data(language)))).toBe(semicolon);
    expect([tableFile('csv', 'a.csv', data(language)).delimiter, tableFile('csv-semicolon', 'a.csv', data(language)).delimiter]).toEqual([',', ';']);
  });

  it.each([',', ';'] as const)('writes the dictionary with the data file’s delimiter, "%s"', async (delimiter) => {
    const csv = await dictionaryFile('measures', columns, 'nb', 'a-kolonner.csv', delimiter).contents();
    expect(parse(csv, delimiter).map((row) => [row.column, row.norwegian_header])).toEqual([
      ['id', 'Tiltak-ID'],
      ['last_change', 'Sist endret'],
    ]);
  });
});

describe('every CSV export of the app neutralises what a person can write', () => {
  it('the measures list: a deadline and a source title set by an editor', async () => {
    const measure = MELD_ST_26.measures.find((candidate) => candidate.number === 17);
    if (!measure?.deadline) throw new Error('fixture #17 missing');
    const edited = toMeasureSummary({
      ...measure,
      deadline: { ...measure.deadline, stated: { nb: `${HYPERLINK}\u2028x` } },
      sources: [{ title: `@SUM(1+1)\nx`, url: 'https://example.no/' }],
    });
    const context: ExportContext = {
      today: '2026-11-23',
      language: 'nb',
      plans: new Map([[MELD_ST_26.plan.id, MELD_ST_26.plan]]),
      areas: new Map(AREAS.map((area) => [area.id, area])),
      statusLabel: (status) => status,
      instrumentLabel: (instrument) => instrument,
    };
    for (const delimiter of [',', ';'] as const) {
      const file = tableFile(delimiter === ',' ? 'csv' : 'csv-semicolon', 'tiltak.csv', { columns: CSV_COLUMNS, rows: () => [toCsvRow(edited, context)], document: () => null });
      const [row] = parse(await file.contents(), delimiter);
      expect(row?.deadline).toBe(`'${HYPERLINK}\u2028x`);
      expect(row?.sources).toBe(`'@SUM(1+1)\nx`);
    }
  });

  it('the analysis: a stated deadline in the data', async () => {
    const stated = { nb: `${HYPERLINK}\nx` };
    const rows = targetActualRows([makeMeasure({ originalDeadline: { kind: 'by', point: yearPoint(2020), stated }, status: 'in_progress' })], '2026-11-23');
    const records = targetActualRecords(rows, { language: 'nb', planName: () => 'plan', areaName: () => 'område' });
    const file = tableFile('csv-semicolon', 'analyse.csv', { columns: TARGET_ACTUAL_COLUMNS, rows: (delimiter) => records.map((record) => toCsvRecord(record, delimiter)), document: () => null });
    const [row] = parse(await file.contents(), ';');
    expect(row?.deadline_stated).toBe(`'${HYPERLINK}\nx`);
  });

  it('a municipality’s duties: a note in the data', async () => {
    const duties = municipalityDutiesSchema.parse((await get('/api/municipalities/4601/duties')).body);
    const [first, ...rest] = duties.inForce;
    if (!first) throw new Error('no duty in force');
    const tampered = { ...duties, inForce: [{ ...first, obligation: { ...first.obligation, note: { nb: ` ${HYPERLINK}\r\nx` } } }, ...rest] };
    const rows = toDutyRows(tampered, { language: 'nb', plans: new Map([[MELD_ST_26.plan.id, MELD_ST_26.plan]]), statusLabel: (status) => status, origin: 'https://example.no' });
    const [row] = parse(await toCsv(DUTY_CSV_COLUMNS, rows, ','), ',');
    expect(row?.note).toBe(`' ${HYPERLINK}\r\nx`);
  });
});
