import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { AREAS } from '@mocks/fixtures/areas';
import { MELD_ST_26 } from '@mocks/fixtures';
import { generateSyntheticMeasures } from '@mocks/fixtures/synthetic';
import { dayPoint, monthPoint, yearPoint } from '@/domain/date-point';
import { toMeasureSummary } from '@/domain/measure-summary';
import { BOM, toCsv, toJson } from '@/lib/export-file';
import {
  CSV_COLUMNS,
  datePointText,
  exportFileName,
  toCsvRow,
  toExportDocument,
  type ExportContext,
} from '@/features/measures/utils/export-rows';

const summary = (number: number) => {
  const measure = MELD_ST_26.measures.find((candidate) => candidate.number === number);
  if (!measure) throw new Error(`fixture #${String(number)} missing`);
  return toMeasureSummary(measure);
};

const context: ExportContext = {
  today: '2026-11-23',
  language: 'nb',
  plans: new Map([[MELD_ST_26.plan.id, MELD_ST_26.plan]]),
  areas: new Map(AREAS.map((area) => [area.id, area])),
  statusLabel: (status) => `status:${status}`,
  instrumentLabel: (instrument) => `instrument:${instrument}`,
};

describe('datePointText', () => {
  it.each([
    [yearPoint(2017), '2017'],
    [monthPoint(2017, 9), '2017-09'],
    [dayPoint('2017-09-13'), '2017-09-13'],
    [null, ''],
  ])('%o is written as %s, never more precise than known', (point, expected) => {
    expect(datePointText(point)).toBe(expected);
  });
});

describe('toCsvRow', () => {
  const ohjelp = toCsvRow(summary(17), context);
  it.each<[string, string | number | boolean]>([
    ['id', 'ms26-17'],
    ['plan', 'Meld. St. 26 (2014–2015)'],
    ['number', 17],
    ['area_id', 'psykisk-helse-og-rus'],
    ['area', 'Psykisk helse og rus'],
    ['title', 'Innføre kommunal ø-hjelp døgnplikt også for psykisk helse- og rusområdet fra 2017'],
    ['title_nn', 'Innføre kommunal ø-hjelp døgnplikt òg for psykisk helse- og rusområdet frå 2017'],
    ['description_en', 'Emergency 24-hour beds in the municipality for mental health and substance use too.'],
    ['responsible', 'Helse- og omsorgsdepartementet'],
    ['instrument', 'lov'],
    ['instrument_label', 'instrument:lov'],
    ['original_deadline', 'fra 2017'],
    ['original_deadline_date', '2017'],
    ['original_deadline_kind', 'from'],
    ['deadline', 'fra 2017'],
    ['deadline_moves', 0],
    ['status', 'completed'],
    ['status_label', 'status:completed'],
    ['status_since', '2017-01-01'],
    ['completed_on', '2017-01-01'],
    ['overdue', false],
    ['overdue_judged_on', '2026-11-23'],
    // The sources by their titles: no codes of the research notes the data was compiled from.
    ['sources', 'Helsedirektoratet: Kommunenes plikt til øyeblikkelig hjelp døgnopphold – veiledningsmateriell | Lovdata: Forskrift FOR-2015-11-13-1287'],
    ['source_urls', 'https://helsedirektoratet.no/publikasjoner/kommunenes-plikt-til-oyeblikkelig-hjelp-dognopphold-veiledningsmateriell | https://lovdata.no/dokument/SF/forskrift/2015-11-13-1287'],
    ['obligations', 'Kommunen må ha akutte døgnplasser (ø-hjelp) også for psykisk helse og rus.'],
    ['obligation_legal_basis', 'helse- og omsorgstjenesteloven § 3-5 tredje ledd; forskrift FOR-2015-11-13-1287'],
    ['obligation_in_force', '2017-01-01'],
    ['followed_up_by', ''],
    ['history_entries', 2],
    ['synthetic', false],
  ])('#17 has %s = %o', (column, expected) => {
    expect(ohjelp[column as keyof typeof ohjelp]).toBe(expected);
  });

  it('has a value for every column, in English where asked, and an overdue judged on the as-of date', () => {
    const row = toCsvRow({ ...summary(13), status: 'in_progress', completedOn: null }, { ...context, language: 'en', today: '2016-06-30' });
    expect(Object.keys(row).sort()).toEqual([...CSV_COLUMNS].sort());
    expect(row.title).toBe('National professional guideline for health centres and school health services (Directorate of Health) – 2015');
    expect(row.area).toBe('Children and young people');
    expect(row.responsible).toBe('Norwegian Directorate of Health');
    expect(row.overdue).toBe(true);
    expect(row.overdue_judged_on).toBe('2016-06-30');
    expect(row.completed_on).toBe('');
  });
});

describe('toCsv', () => {
  it('starts with a byte order mark, and parses back to the same rows with commas or semicolons', async () => {
    const rows = [summary(13), summary(17), summary(18)].map((measure) => toCsvRow(measure, context));
    for (const delimiter of [',', ';'] as const) {
      const csv = await toCsv(CSV_COLUMNS, rows, delimiter);
      expect(csv.startsWith(BOM)).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, delimiter, skipEmptyLines: true });
      expect(parsed.errors).toEqual([]);
      expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
      expect(parsed.data).toEqual(rows.map((row) => Object.fromEntries(CSV_COLUMNS.map((column) => [column, String(row[column])]))));
    }
  });

  it('keeps quotes, separators and line breaks inside a cell, and defuses formulas', async () => {
    const tricky = { ...toCsvRow(summary(13), context), title: 'Sitat "med" komma, semikolon; og\nlinjeskift', outcome: '=HYPERLINK("x")' };
    const csv = await toCsv(CSV_COLUMNS, [tricky], ';');
    const [parsed] = Papa.parse<Record<string, string>>(csv.slice(BOM.length), { header: true, delimiter: ';', skipEmptyLines: true }).data;
    expect(parsed?.title).toBe('Sitat "med" komma, semikolon; og\nlinjeskift');
    expect(parsed?.outcome).toBe('\'=HYPERLINK("x")');
  });
});

describe('toExportDocument', () => {
  it('holds every field of every measure, says what was exported and whether it is synthetic', () => {
    const measures = [summary(17)];
    const document = toExportDocument(measures, context, { view: 'http://localhost/tiltak?area=psykisk-helse-og-rus', exportedOn: '2026-11-23', asOf: null });
    expect(document).toEqual({
      source: 'Tiltaksmonitor',
      view: 'http://localhost/tiltak?area=psykisk-helse-og-rus',
      exportedOn: '2026-11-23',
      asOf: null,
      overdueJudgedOn: '2026-11-23',
      synthetic: false,
      count: 1,
      items: [{ ...summary(17), overdue: false }],
    });
    expect(JSON.parse(toJson(document))).toEqual(document);
    const synthetic = toExportDocument(generateSyntheticMeasures(2).map(toMeasureSummary), context, { view: '', exportedOn: '2026-11-23', asOf: null });
    expect(synthetic.synthetic).toBe(true);
  });
});

describe('exportFileName', () => {
  it.each([
    ['csv', null, false, 'tiltak-2026-11-23.csv'],
    ['csv-semicolon', null, false, 'tiltak-semikolon-2026-11-23.csv'],
    ['json', null, false, 'tiltak-2026-11-23.json'],
    ['csv', '2016-06-30', false, 'tiltak-per-2016-06-30-2026-11-23.csv'],
    ['json', null, true, 'tiltak-syntetiske-testdata-2026-11-23.json'],
  ] as const)('%s, as of %s, synthetic %s: %s', (format, asOf, synthetic, expected) => {
    expect(exportFileName(format, { exportedOn: '2026-11-23', asOf, synthetic })).toBe(expected);
  });
});
