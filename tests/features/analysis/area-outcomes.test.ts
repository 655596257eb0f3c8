import { describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26 } from '@mocks/fixtures';
import type { Area } from '@/domain/area';
import { yearPoint } from '@/domain/date-point';
import type { Deadline, DeadlineKind } from '@/domain/deadline';
import type { Status } from '@/domain/status';
import { areaOutcomeFacts, areaOutcomeRows, bucketOf, largestStack, SLIPPAGE_BUCKETS } from '@/features/analysis/utils/area-outcomes';
import { makeMeasure } from '../../support/measure-factory';

const TODAY = '2026-11-23';
const nb = (area: Area) => area.name.nb;
const target = (year: number, kind: DeadlineKind = 'by'): Deadline => ({ kind, point: yearPoint(year), stated: { nb: String(year) } });
const measure = (areaId: string, status: Status, deadline: Deadline | null, completedYear?: number) =>
  makeMeasure({ areaId, status, originalDeadline: deadline, deadline, completedOn: completedYear ? yearPoint(completedYear) : null });

describe('bucketOf', () => {
  it.each<[number, string]>([
    [-2, 'onTime'],
    [0, 'onTime'],
    [1, 'late1'],
    [2, 'late2'],
    [3, 'late3'],
    [4, 'late4plus'],
    [11, 'late4plus'],
  ])('%i years late is %s', (years, bucket) => {
    expect(bucketOf(years)).toBe(bucket);
  });
});

/** A row as [name, ...bucket counts, not judged, share, median]. */
const flat = (rows: ReturnType<typeof areaOutcomeRows>) =>
  rows.map((row) => [row.name, ...SLIPPAGE_BUCKETS.map((bucket) => row.counts[bucket]), row.notJudged, row.onTimeShare, row.medianSlippage]);

describe('areaOutcomeRows', () => {
  it.each<[string, ReturnType<typeof measure>[], unknown[]]>([
    ['done on time and early', [measure('omsorg', 'completed', target(2018), 2018), measure('omsorg', 'completed', target(2018), 2016)], ['Omsorgstjenestene', 2, 0, 0, 0, 0, 0, 0, 1, -1]],
    ['one, three and five years late', [measure('omsorg', 'completed', target(2015), 2016), measure('omsorg', 'completed', target(2015), 2018), measure('omsorg', 'completed', target(2015), 2020)], ['Omsorgstjenestene', 0, 1, 0, 1, 1, 0, 0, 0, 3]],
    ['open past the target counts as late', [measure('omsorg', 'in_progress', target(2020)), measure('omsorg', 'completed', target(2020), 2020)], ['Omsorgstjenestene', 1, 0, 0, 0, 0, 1, 0, 0.5, 0]],
    ['not yet due, cancelled, done at an unknown time: not judged', [measure('omsorg', 'planned', target(2030)), measure('omsorg', 'cancelled', target(2018)), measure('omsorg', 'completed', target(2018))], ['Omsorgstjenestene', 0, 0, 0, 0, 0, 0, 3, null, null]],
    ['no target and "tidligst" still open: left out or not judged', [measure('omsorg', 'completed', null, 2018), measure('omsorg', 'planned', target(2017, 'earliest'))], ['Omsorgstjenestene', 0, 0, 0, 0, 0, 0, 1, null, null]],
  ])('%s', (_, measures, omsorg) => {
    const rows = areaOutcomeRows(measures, FIXTURES.areas, TODAY, nb);
    expect(rows.map((row) => row.areaId)).toEqual(FIXTURES.areas.map((area) => area.id));
    expect(flat(rows).find((row) => row[0] === 'Omsorgstjenestene')).toEqual(omsorg);
  });

  it('on the fixtures (all plans): Barn og unge #11 on time and #13 two late; Psykisk helse og rus #15, #17, #19 and the substance use plan on time, #18 two late; Rehabilitering the habilitation plan on time', () => {
    const rows = areaOutcomeRows(FIXTURES.measures, FIXTURES.areas, TODAY, nb);
    expect(flat(rows)).toEqual([
      ['Kompetanse', 0, 0, 0, 0, 0, 0, 0, null, null],
      ['Ledelse', 0, 0, 0, 0, 0, 0, 0, null, null],
      ['Teamorganisering', 0, 0, 0, 0, 0, 0, 0, null, null],
      ['Barn og unge', 1, 0, 1, 0, 0, 0, 0, 0.5, 1],
      ['Psykisk helse og rus', 4, 0, 1, 0, 0, 0, 0, 0.8, 0],
      ['Omsorgstjenestene', 0, 0, 0, 0, 0, 0, 0, null, null],
      ['Rehabilitering', 1, 0, 0, 0, 0, 0, 0, 1, 0],
    ]);
    expect(areaOutcomeFacts(rows)).toEqual({
      judged: 8,
      onTime: 6,
      onTimeShare: 0.75,
      late: 2,
      openLate: 0,
      notJudged: 0,
      areasWithout: 4,
      lowest: { name: 'Barn og unge', share: 0.5, judged: 2 },
    });
    expect(largestStack(rows)).toBe(5);
  });

  it('Meld. St. 26 alone: 4 of 6 on time (67 %)', () => {
    const facts = areaOutcomeFacts(areaOutcomeRows(MELD_ST_26.measures, FIXTURES.areas, TODAY, nb));
    expect([facts.judged, facts.onTime, facts.late, facts.onTimeShare]).toEqual([6, 4, 2, 4 / 6]);
  });

  it('nothing to judge: no share, no lowest area', () => {
    expect(areaOutcomeFacts(areaOutcomeRows([], FIXTURES.areas, TODAY, nb))).toEqual({
      judged: 0,
      onTime: 0,
      onTimeShare: null,
      late: 0,
      openLate: 0,
      notJudged: 0,
      areasWithout: 7,
      lowest: null,
    });
  });
});
