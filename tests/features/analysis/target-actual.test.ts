import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Deadline, DeadlineKind } from '@/domain/deadline';
import type { Status } from '@/domain/status';
import type { Verification } from '@/domain/source';
import { isUncertain, shortReference, targetActualFacts, targetActualRows, yearDomain, yearTicks, type RowNote } from '@/features/analysis/utils/target-actual';
import { makeMeasure } from '../../support/measure-factory';

const TODAY = '2026-11-23';
const target = (year: number, kind: DeadlineKind = 'by'): Deadline => ({ kind, point: yearPoint(year), stated: { nb: `${kind} ${year}` } });

function measure(status: Status, deadline: Deadline | null, completedOn: DatePoint | null = null, verified: Verification = 'verified') {
  return makeMeasure({ status, originalDeadline: deadline, deadline, completedOn, verified });
}

describe('targetActualRows: one measure at a time', () => {
  it.each<[string, ReturnType<typeof measure>, { state: string; targetYear: number; actualYear: number | null; years: number | null; endYear: number; notes: RowNote[] } | null]>([
    ['no target: left out', measure('completed', null, dayPoint('2018-03-01')), null],
    ['"frem til" (until): left out', measure('completed', target(2020, 'until'), yearPoint(2019)), null],
    ['done on time, exact day', measure('completed', target(2016), dayPoint('2016-05-01')), { state: 'done', targetYear: 2016, actualYear: 2016, years: 0, endYear: 2016, notes: [] }],
    ['done two years late, month only', measure('completed', target(2015), monthPoint(2017, 9)), { state: 'done', targetYear: 2015, actualYear: 2017, years: 2, endYear: 2017, notes: [] }],
    ['done early', measure('completed', target(2018), dayPoint('2017-02-01')), { state: 'done', targetYear: 2018, actualYear: 2017, years: -1, endYear: 2017, notes: [] }],
    ['done, year only and partly verified', measure('completed', target(2020), yearPoint(2020), 'partial'), { state: 'done', targetYear: 2020, actualYear: 2020, years: 0, endYear: 2020, notes: ['partial', 'completedYearOnly'] }],
    ['"fra 2017" (from), done in 2017', measure('completed', target(2017, 'from'), dayPoint('2017-01-01')), { state: 'done', targetYear: 2017, actualYear: 2017, years: 0, endYear: 2017, notes: [] }],
    ['"tidligst fra" (earliest), done two years after', measure('completed', target(2017, 'earliest'), dayPoint('2019-01-01')), { state: 'done', targetYear: 2017, actualYear: 2019, years: 2, endYear: 2019, notes: ['earliest'] }],
    ['open past the target: runs to this year', measure('in_progress', target(2020), null, 'unverified'), { state: 'open_late', targetYear: 2020, actualYear: null, years: 6, endYear: 2026, notes: ['unverified'] }],
    ['open, not yet due', measure('planned', target(2028)), { state: 'open', targetYear: 2028, actualYear: null, years: null, endYear: 2026, notes: [] }],
    ['open "tidligst" past its year is not late', measure('planned', target(2020, 'earliest')), { state: 'open', targetYear: 2020, actualYear: null, years: null, endYear: 2026, notes: ['earliest'] }],
    ['cancelled: stays at its target', measure('cancelled', target(2018)), { state: 'closed', targetYear: 2018, actualYear: null, years: null, endYear: 2018, notes: [] }],
    ['completed, date unknown', measure('completed', target(2018)), { state: 'done_date_unknown', targetYear: 2018, actualYear: null, years: null, endYear: 2018, notes: [] }],
  ])('%s', (_, input, expected) => {
    const rows = targetActualRows([input], TODAY);
    if (expected === null) expect(rows).toEqual([]);
    else expect(rows.map(({ state, targetYear, actualYear, years, endYear, notes }) => ({ state, targetYear, actualYear, years, endYear, notes }))).toEqual([expected]);
  });
});

describe('targetActualRows and facts on the fixtures (all 15 plans, 39 measures, judged on 23 November 2026)', () => {
  const rows = targetActualRows(FIXTURES.measures, TODAY);

  it('has the eight measures with a target year, by target year, plan and number', () => {
    // Meld. St. 26: #13 "2015" done 13.9.2017, #19 "i 2015" done 11.2015, #11 "i 2016" done 2016, #17 "fra 2017"
    // done 1.1.2017, #18 "tidligst fra 2017" done 1.1.2019, #15 "trer i kraft i 2020" done 1.1.2020; the habilitation
    // plan's #1 "2017–2019" done 2019 and the substance use plan's #1 "2016–2020" done 2020 (both known to the year).
    expect(rows.map((row) => [row.id, row.targetYear, row.actualYear, row.years, isUncertain(row)])).toEqual([
      ['ms26-13', 2015, 2017, 2, false],
      ['ms26-19', 2015, 2015, 0, false],
      ['ms26-11', 2016, 2016, 0, true],
      ['ms26-17', 2017, 2017, 0, false],
      // Partly confirmed: the payment and its date stand in the sources, the regulation's legal basis does not.
      ['ms26-18', 2017, 2019, 2, true],
      ['habrehab-01', 2019, 2019, 0, true],
      ['ms26-15', 2020, 2020, 0, false],
      ['rus-01', 2020, 2020, 0, true],
    ]);
  });

  it('sums up: 6 on time, 2 late, none open; 30 without a target and #16 ("frem til 2020") left out; 4 uncertain', () => {
    expect(targetActualFacts(FIXTURES.measures, rows, TODAY)).toEqual({
      total: 39,
      withTarget: 8,
      onTime: 6,
      early: 0,
      late: 2,
      openLate: 0,
      open: 0,
      closed: 0,
      doneDateUnknown: 0,
      noTarget: 30,
      notADeadline: 1,
      uncertain: 4,
    });
  });

  it('spans the axis from a year before the first target to a year after today', () => {
    expect(yearDomain(rows, TODAY)).toEqual([2014, 2027]);
  });
});

describe('yearDomain and yearTicks', () => {
  it.each<[{ targetYear: number | null; endYear: number }[], [number, number]]>([
    [[], [2025, 2027]],
    [[{ targetYear: 2030, endYear: 2026 }], [2025, 2031]],
    [[{ targetYear: 2010, endYear: 2012 }], [2009, 2027]],
  ])('domain of %o is %o', (rows, expected) => {
    expect(yearDomain(rows, TODAY)).toEqual(expected);
  });

  it.each<[[number, number], number, number[]]>([
    [[2014, 2020], 530, [2014, 2015, 2016, 2017, 2018, 2019, 2020]],
    [[2014, 2027], 530, [2014, 2016, 2018, 2020, 2022, 2024, 2026]],
    [[2014, 2027], 170, [2015, 2020, 2025]],
    [[2000, 2030], 300, [2000, 2005, 2010, 2015, 2020, 2025, 2030]],
    [[1990, 2030], 0, [1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025, 2030]],
    [[1990, 2030], 100, [2000, 2020]],
  ])('ticks for %o on a plot %i px wide', (domain, width, expected) => {
    expect(yearTicks(domain, width)).toEqual(expected);
  });
});

describe('shortReference', () => {
  it.each<[string, string]>([
    ['Meld. St. 26 (2014–2015)', 'Meld. St. 26'],
    ['Prop. 15 S (2015–2016)', 'Prop. 15 S'],
    ['Kompetanseløft 2025', 'Kompetanseløft 2025'],
    ['Opptrappingsplan for habilitering og rehabilitering', 'Opptrappingsplan for…'],
    ['Handlingsplan for allmennlegetjenesten', 'Handlingsplan for…'],
    ['Ettveldiglangtordutenmellomrom', 'Ettveldiglangtordutenm…'],
  ])('%s → %s', (reference, short) => {
    expect(shortReference(reference)).toBe(short);
  });
});
