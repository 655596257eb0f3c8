import { describe, expect, it } from 'vitest';
import { dayPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Deadline, DeadlineKind } from '@/domain/deadline';
import { slippage, type Slippage } from '@/domain/slippage';
import type { Status } from '@/domain/status';

function target(kind: DeadlineKind, year: number): Deadline {
  return { kind, point: yearPoint(year), stated: { nb: String(year) } };
}

const TODAY = '2026-11-23';

describe('slippage', () => {
  it.each<[string, Deadline | null, Status, DatePoint | null, Slippage]>([
    ['no target in the plan', null, 'completed', dayPoint('2017-01-01'), { state: 'no_target', targetYear: null, actualYear: null, years: null }],
    ['guideline "2015" published 2017 (#13)', target('by', 2015), 'completed', dayPoint('2017-09-13'), { state: 'done', targetYear: 2015, actualYear: 2017, years: 2 }],
    ['payment duty "tidligst fra 2017" → 2019 (#18)', target('earliest', 2017), 'completed', dayPoint('2019-01-01'), { state: 'done', targetYear: 2017, actualYear: 2019, years: 2 }],
    ['ø-hjelp "fra 2017" on time (#17)', target('from', 2017), 'completed', dayPoint('2017-01-01'), { state: 'done', targetYear: 2017, actualYear: 2017, years: 0 }],
    ['done a year early', target('by', 2020), 'completed', yearPoint(2019), { state: 'done', targetYear: 2020, actualYear: 2019, years: -1 }],
    ['completed, date unknown', target('by', 2016), 'completed', null, { state: 'done_date_unknown', targetYear: 2016, actualYear: null, years: null }],
    ['cancelled', target('by', 2016), 'cancelled', null, { state: 'closed', targetYear: 2016, actualYear: null, years: null }],
    ['replaced', target('by', 2016), 'replaced', null, { state: 'closed', targetYear: 2016, actualYear: null, years: null }],
    ['open and past a "by" target', target('by', 2020), 'in_progress', null, { state: 'open_late', targetYear: 2020, actualYear: null, years: 6 }],
    ['open within the target year', target('by', 2026), 'planned', null, { state: 'open', targetYear: 2026, actualYear: null, years: null }],
    ['open "earliest" never runs late', target('earliest', 2017), 'planned', null, { state: 'open', targetYear: 2017, actualYear: null, years: null }],
    ['"until" is not a completion target', target('until', 2020), 'completed', yearPoint(2019), { state: 'not_a_deadline', targetYear: 2020, actualYear: 2019, years: null }],
  ])('%s', (_name, originalDeadline, status, completedOn, expected) => {
    expect(slippage({ originalDeadline, status, completedOn }, TODAY)).toEqual(expected);
  });

  it('measures against the original deadline, not a moved one', () => {
    const result = slippage({ originalDeadline: target('by', 2015), status: 'completed', completedOn: yearPoint(2017) }, TODAY);
    expect(result.targetYear).toBe(2015);
  });
});
