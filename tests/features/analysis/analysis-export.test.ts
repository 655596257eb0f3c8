import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import type { Area } from '@/domain/area';
import { PLAN_COMPARISON_EXPORT_DICTIONARY, norwegianHeaders } from '@/domain/export-dictionary';
import { toCsv } from '@/lib/export-file';
import {
  analysisDocument,
  analysisFileName,
  areaSlippageRecords,
  onTimeRecords,
  PLAN_COMPARISON_COLUMNS,
  planComparisonRecords,
  TARGET_ACTUAL_COLUMNS,
  targetActualRecords,
  toCsvRecord,
  type ExportLookups,
} from '@/features/analysis/utils/analysis-export';
import { areaOutcomeRows } from '@/features/analysis/utils/area-outcomes';
import { planComparisonRows } from '@/features/analysis/utils/plan-comparison';
import { targetActualRows } from '@/features/analysis/utils/target-actual';

const TODAY = '2026-11-23';
const plans = new Map(FIXTURES.plans.map((plan) => [plan.id, plan.reference]));
const areas = new Map(FIXTURES.areas.map((area) => [area.id, area.name.nb]));
const lookups: ExportLookups = { language: 'nb', planName: (id) => plans.get(id) ?? id, areaName: (id) => areas.get(id) ?? id };
const nb = (area: Area) => area.name.nb;

describe('toCsvRecord', () => {
  it.each<[string, number | string | boolean | null, ',' | ';', string | number | boolean]>([
    ['unknown is empty', null, ',', ''],
    ['a whole number stays a number', 28, ';', 28],
    ['a fraction with a point for commas', 2 / 3, ',', '0.6667'],
    ['a fraction with a comma for semicolons', 2 / 3, ';', '0,6667'],
    ['a half', 0.5, ';', '0,5'],
    ['text and booleans as they are', 'i 2016', ';', 'i 2016'],
    ['a boolean', true, ',', true],
  ])('%s', (_, value, delimiter, expected) => {
    expect(toCsvRecord({ value }, delimiter)).toEqual({ value: expected });
  });
});

describe('the records of each chart (fixtures, all plans)', () => {
  it('target against actual: a record per row, with the uncertainty written out', () => {
    const records = targetActualRecords(targetActualRows(FIXTURES.measures, TODAY), lookups);
    expect(records).toHaveLength(8);
    expect(records.find((record) => record.id === 'ms26-18')).toEqual({
      id: 'ms26-18',
      plan_id: 'meld-st-26-2014-2015',
      plan: 'Meld. St. 26 (2014–2015)',
      number: 18,
      title: expect.stringMatching(/^Ta sikte på å innføre betalingsplikt/) as unknown,
      area_id: 'psykisk-helse-og-rus',
      area: 'Psykisk helse og rus',
      deadline_stated: 'tidligst fra 2017',
      deadline_kind: 'earliest',
      target_year: 2017,
      actual_year: 2019,
      completed_on: '2019-01-01',
      completed_on_precision: 'day',
      // Readable values, not codes (completedYearOnly, open_late …).
      state: 'fullført',
      slippage_years: 2,
      verified: 'partial',
      uncertain: true,
      notes: 'kildene bekrefter bare delvis | «tidligst»: ikke et løfte om når',
    });
    expect(records.find((record) => record.id === 'rus-01')).toMatchObject({
      completed_on: '2020',
      completed_on_precision: 'year',
      verified: 'partial',
      uncertain: true,
      notes: 'kildene bekrefter bare delvis | bare året for fullføring er kjent',
    });
    expect(targetActualRecords(targetActualRows(FIXTURES.measures, TODAY), { ...lookups, language: 'en' }).find((record) => record.id === 'rus-01')).toMatchObject({
      state: 'completed',
      notes: 'the sources confirm it only in part | only the year of completion is known',
    });
    // No internal code is left in any cell.
    const cells = records.flatMap((record) => Object.values(record)).map(String);
    expect(cells.filter((cell) => /completedYearOnly|open_late|done_date_unknown|noTargets/.test(cell))).toEqual([]);
    expect(Object.keys(records[0] ?? {})).toEqual([...TARGET_ACTUAL_COLUMNS]);
  });

  it('slippage and on time by area', () => {
    const rows = areaOutcomeRows(FIXTURES.measures, FIXTURES.areas, TODAY, nb);
    expect(areaSlippageRecords(rows).find((record) => record.area_id === 'barn-og-unge')).toEqual({
      area_id: 'barn-og-unge',
      area: 'Barn og unge',
      with_target: 2,
      on_time: 1,
      late_1: 0,
      late_2: 1,
      late_3: 0,
      late_4_plus: 0,
      open_late: 0,
      not_judged: 0,
      median_slippage_years: 1,
    });
    expect(onTimeRecords(rows).map((record) => [record.area_id, record.on_time, record.judged, record.on_time_share])).toEqual([
      ['kompetanse', 0, 0, null],
      ['ledelse', 0, 0, null],
      ['teamorganisering', 0, 0, null],
      ['barn-og-unge', 1, 2, 0.5],
      ['psykisk-helse-og-rus', 4, 5, 0.8],
      ['omsorg', 0, 0, null],
      ['rehabilitering', 1, 1, 1],
    ]);
  });

  it('the plans, as CSV for Norwegian Excel: BOM, Norwegian headers, semicolons, decimal commas, empty cells for what cannot be computed, and why in words', async () => {
    const records = planComparisonRecords(planComparisonRows(FIXTURES.measures, FIXTURES.plans.slice(0, 3), TODAY), 'nb');
    const columns = [...PLAN_COMPARISON_COLUMNS];
    const csv = await toCsv(columns, records.map((record) => toCsvRecord(record, ';')), ';', norwegianHeaders(PLAN_COMPARISON_EXPORT_DICTIONARY, columns, 'nb'));
    const [header, ...lines] = csv.split('\r\n');
    expect(header).toBe('\uFEFFPlan-ID;Plan;Tiltak;Fullført;Andel fullført;Med målår;Kan vurderes;I tide;Andel i tide;Median forsinkelse (år);Merknad');
    const gap = (line: string | undefined) => line?.split(';').at(-1);
    expect(lines.slice(0, 3).map((line) => line.split(';').slice(0, 3).join(';'))).toEqual([
      'meld-st-26-2014-2015;Meld. St. 26 (2014–2015);28',
      'kompetanseloft-2020;Kompetanseløft 2020;2',
      'kompetanseloft-2025;Kompetanseløft 2025;2',
    ]);
    expect(lines[0]).toContain(';0,8929;');
    expect(lines.slice(0, 3).map(gap)).toEqual(['', 'Tiltakene har ikke målår', 'Tiltakene har ikke målår']);
    expect(lines.at(-1)).toBe('');
  });
});

describe('files', () => {
  it.each<[Parameters<typeof analysisFileName>, string]>([
    [['target-actual', 'csv', '2026-11-23'], 'tiltaksmonitor-analyse-target-actual-2026-11-23.csv'],
    [['plan-comparison', 'csv-semicolon', '2026-11-23'], 'tiltaksmonitor-analyse-plan-comparison-2026-11-23.csv'],
    [['on-time-by-area', 'json', '2026-11-23', true], 'tiltaksmonitor-analyse-on-time-by-area-syntetisk-2026-11-23.json'],
  ])('%o → %s', (args, name) => {
    expect(analysisFileName(...args)).toBe(name);
  });

  it('the JSON document says what was analysed and when', () => {
    expect(analysisDocument('slippage-by-area', [{ a: 1 }], { exportedOn: TODAY, judgedOn: TODAY, plans: [], link: '/analyse' })).toEqual({
      chart: 'slippage-by-area',
      exportedOn: TODAY,
      judgedOn: TODAY,
      plans: 'all',
      link: '/analyse',
      rows: [{ a: 1 }],
    });
  });
});
