import { describe, expect, it } from 'vitest';
import { dayPoint, monthPoint, yearPoint } from '@/domain/date-point';
import { sameDeadline, type Deadline, type DeadlineKind } from '@/domain/deadline';
import { DUE_WITHIN_YEAR_MONTHS, isOpenAndDueWithin, isOverdue } from '@/domain/overdue';
import type { Status } from '@/domain/status';

function deadline(kind: DeadlineKind, point: Deadline['point']): Deadline {
  return { kind, point, stated: { nb: 'test' } };
}

describe('isOverdue', () => {
  it.each<[string, Deadline | null, Status, string, boolean]>([
    ['no deadline', null, 'planned', '2030-01-01', false],
    ['year "by": still within the year', deadline('by', yearPoint(2016)), 'planned', '2016-12-31', false],
    ['year "by": the day after the year', deadline('by', yearPoint(2016)), 'planned', '2017-01-01', true],
    ['year "from": during the year is on time', deadline('from', yearPoint(2017)), 'in_progress', '2017-06-30', false],
    ['year "from": after the year', deadline('from', yearPoint(2017)), 'in_progress', '2018-01-01', true],
    ['day "by": on the day', deadline('by', dayPoint('2020-03-01')), 'planned', '2020-03-01', false],
    ['day "by": the day after', deadline('by', dayPoint('2020-03-01')), 'at_risk', '2020-03-02', true],
    ['month "by": last day of the month', deadline('by', monthPoint(2024, 2)), 'planned', '2024-02-29', false],
    ['"earliest" is never a promise', deadline('earliest', yearPoint(2017)), 'planned', '2026-11-23', false],
    ['"until" is a duration, not a due date', deadline('until', yearPoint(2020)), 'in_progress', '2026-11-23', false],
    ['completed is never overdue', deadline('by', yearPoint(2015)), 'completed', '2026-11-23', false],
    ['cancelled is never overdue', deadline('by', yearPoint(2015)), 'cancelled', '2026-11-23', false],
    ['replaced is never overdue', deadline('by', yearPoint(2015)), 'replaced', '2026-11-23', false],
    ['at risk past the deadline is overdue', deadline('by', yearPoint(2015)), 'at_risk', '2026-11-23', true],
  ])('%s', (_name, measureDeadline, status, today, expected) => {
    expect(isOverdue({ deadline: measureDeadline, status }, today)).toBe(expected);
  });
});

describe('isOpenAndDueWithin', () => {
  const measures = [
    { id: 'a', status: 'planned' as Status, deadline: deadline('by', dayPoint('2027-03-01')) },
    { id: 'b', status: 'planned' as Status, deadline: deadline('by', yearPoint(2027)) },
    { id: 'c', status: 'completed' as Status, deadline: deadline('by', dayPoint('2027-01-01')) },
    { id: 'd', status: 'planned' as Status, deadline: deadline('by', dayPoint('2026-11-22')) },
    { id: 'e', status: 'planned' as Status, deadline: deadline('earliest', dayPoint('2027-01-01')) },
    { id: 'f', status: 'in_progress' as Status, deadline: deadline('by', dayPoint('2026-11-23')) },
    { id: 'g', status: 'planned' as Status, deadline: null },
  ];
  const due = (months: number) => measures.filter((measure) => isOpenAndDueWithin(measure, '2026-11-23', months)).map((m) => m.id);

  it('keeps open measures due from today to a year ahead', () => {
    // b is due 31 Dec 2027, outside the window; c is done; d has passed; e and g promise no date.
    expect(DUE_WITHIN_YEAR_MONTHS).toBe(12);
    expect(due(DUE_WITHIN_YEAR_MONTHS)).toEqual(['a', 'f']);
  });

  it('widens with the window', () => {
    expect(due(14)).toEqual(['a', 'b', 'f']);
  });
});

describe('sameDeadline', () => {
  const base: Deadline = { kind: 'by', point: yearPoint(2016), stated: { nb: 'i 2016' } };
  it.each<[string, Deadline | null, Deadline | null, boolean]>([
    ['both none', null, null, true],
    ['one none', base, null, false],
    ['same fields in another key order', base, { stated: { nb: 'i 2016' }, point: { precision: 'year', date: '2016-01-01' }, kind: 'by' }, true],
    ['other kind', base, { ...base, kind: 'from' }, false],
    ['other words', base, { ...base, stated: { nb: 'innen 2016' } }, false],
    ['other precision', base, { ...base, point: { date: '2016-01-01', precision: 'day' } }, false],
  ])('%s', (_name, a, b, expected) => {
    expect(sameDeadline(a, b)).toBe(expected);
  });
});
