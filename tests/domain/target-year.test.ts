import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { measuresAsOf } from '@/domain/as-of';
import { dayPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { DeadlineKind } from '@/domain/deadline';
import type { Status } from '@/domain/status';
import { countTargets, isTargetDeadline, targetOutcome, type TargetOutcome } from '@/domain/target-year';
import { makeMeasure } from '../support/measure-factory';

function m(status: Status, due: [DeadlineKind, number] | null, completedOn: DatePoint | null = null) {
  const deadline = due === null ? null : { kind: due[0], point: yearPoint(due[1]), stated: { nb: `${due[0]} ${due[1]}` } };
  return makeMeasure({ status, originalDeadline: deadline, deadline, completedOn });
}

describe('targetOutcome: one definition of a target year and its outcome', () => {
  it.each<[string, ReturnType<typeof m>, string, TargetOutcome]>([
    ['no deadline in the plan', m('completed', null, dayPoint('2017-01-01')), '2026-11-23', 'no_target'],
    ['"frem til" says how long, not when', m('completed', ['until', 2020], yearPoint(2019)), '2026-11-23', 'not_a_target'],
    ['done in the target year ("i 2016")', m('completed', ['by', 2016], yearPoint(2016)), '2026-11-23', 'on_time'],
    ['done before it', m('completed', ['by', 2016], dayPoint('2015-11-01')), '2026-11-23', 'on_time'],
    ['in force from the target year ("fra 2017")', m('completed', ['from', 2017], dayPoint('2017-01-01')), '2026-11-23', 'on_time'],
    ['done after it', m('completed', ['by', 2015], dayPoint('2017-09-13')), '2026-11-23', 'late'],
    ['"tidligst fra 2017" done in 2019 counts as late', m('completed', ['earliest', 2017], dayPoint('2019-01-01')), '2026-11-23', 'late'],
    ['open past the end of the target year', m('in_progress', ['by', 2015]), '2016-01-01', 'open_late'],
    ['open on the last day of the target year', m('in_progress', ['by', 2015]), '2015-12-31', 'open'],
    ['"tidligst fra" is never late while open', m('planned', ['earliest', 2017]), '2026-11-23', 'open'],
    ['done, date unknown', m('completed', ['by', 2016]), '2026-11-23', 'done_date_unknown'],
    ['cancelled', m('cancelled', ['by', 2016]), '2026-11-23', 'closed'],
  ])('%s', (_name, measure, today, outcome) => {
    expect(targetOutcome(measure, today)).toBe(outcome);
    expect(isTargetDeadline(measure.originalDeadline)).toBe(outcome !== 'no_target' && outcome !== 'not_a_target');
  });

  it('counts every measure once, in exactly one bucket', () => {
    const measures = [m('completed', ['by', 2016], yearPoint(2016)), m('completed', ['by', 2015], dayPoint('2017-01-01')), m('planned', ['by', 2015]), m('planned', ['by', 2030]), m('completed', ['by', 2016]), m('replaced', ['by', 2016]), m('planned', null), m('completed', ['until', 2020], yearPoint(2019))];
    const counts = countTargets(measures, '2026-11-23');
    expect(counts).toEqual({ total: 8, withTarget: 6, onTime: 1, late: 1, openLate: 1, open: 1, doneDateUnknown: 1, closed: 1, noTarget: 1, notATarget: 1 });
    expect(counts.onTime + counts.late + counts.openLate + counts.open + counts.doneDateUnknown + counts.closed).toBe(counts.withTarget);
    expect(counts.withTarget + counts.noTarget + counts.notATarget).toBe(counts.total);
  });

  it('the dataset today: 8 of 39 with a target year, 6 on time and 2 late (#13 and #18)', () => {
    const measures = measuresAsOf(FIXTURES.measures, '2026-11-23');
    expect(countTargets(measures, '2026-11-23')).toMatchObject({ total: 39, withTarget: 8, onTime: 6, late: 2, openLate: 0, noTarget: 30, notATarget: 1 });
    expect(measures.filter((measure) => targetOutcome(measure, '2026-11-23') === 'late').map((measure) => measure.id)).toEqual(['ms26-13', 'ms26-18']);
  });
});
