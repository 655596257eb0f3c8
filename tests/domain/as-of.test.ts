import { describe, expect, it } from 'vitest';
import { historyInOrder, latestDay, measuresAsOf, stateAsOf, statusMovesBetween } from '@/domain/as-of';
import type { HistoryEntry } from '@/domain/measure';
import { dayPoint, monthPoint, yearPoint } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import { created, deadlineChange, makeMeasure, statusChange } from '../support/measure-factory';

const by2015: Deadline = { kind: 'by', point: yearPoint(2015), stated: { nb: '2015' } };
const by2017: Deadline = { kind: 'by', point: yearPoint(2017), stated: { nb: '2017' } };

// Like #13: planned 7.5.2015, in progress 9.2.2017, completed 13.9.2017.
const guideline = makeMeasure({
  status: 'completed',
  history: [
    created(dayPoint('2015-05-07'), 'planned', by2015),
    statusChange(dayPoint('2017-02-09'), 'planned', 'in_progress'),
    statusChange(dayPoint('2017-09-13'), 'in_progress', 'completed'),
  ],
});

// Like #11: completed some time in 2016 (year precision).
const strategy = makeMeasure({
  status: 'completed',
  history: [created(dayPoint('2015-05-07')), statusChange(yearPoint(2016), 'planned', 'completed')],
});

describe('stateAsOf', () => {
  it.each([
    ['before the plan existed', guideline, '2015-05-06', { exists: false }],
    ['on the day of the plan', guideline, '2015-05-07', { exists: true, status: 'planned', uncertain: false }],
    ['the day before a change', guideline, '2017-02-08', { status: 'planned' }],
    ['on the day of a change', guideline, '2017-02-09', { status: 'in_progress' }],
    ['after completion', guideline, '2020-01-01', { status: 'completed', completedOn: dayPoint('2017-09-13') }],
    ['inside a year-precision change: not yet, and uncertain', strategy, '2016-06-30', { status: 'planned', uncertain: true }],
    ['at the end of that year: done, certain', strategy, '2016-12-31', { status: 'completed', uncertain: false }],
    ['before that year: planned, certain', strategy, '2015-12-31', { status: 'planned', uncertain: false }],
  ])('%s', (_name, measure, asOf, expected) => {
    expect(stateAsOf(measure, asOf)).toMatchObject(expected);
  });

  it('replays a month-precision change from the end of the month', () => {
    const pilot = makeMeasure({
      history: [created(dayPoint('2015-05-07')), statusChange(monthPoint(2024, 6), 'planned', 'completed')],
    });
    expect(stateAsOf(pilot, '2024-06-29').status).toBe('planned');
    expect(stateAsOf(pilot, '2024-06-30').status).toBe('completed');
  });

  it('replays deadline moves', () => {
    const moved = makeMeasure({
      history: [created(dayPoint('2015-05-07'), 'planned', by2015), deadlineChange(dayPoint('2016-03-01'), by2015, by2017)],
    });
    expect(stateAsOf(moved, '2016-02-29').deadline).toEqual(by2015);
    expect(stateAsOf(moved, '2016-03-01').deadline).toEqual(by2017);
  });

  it('applies back-dated entries in effective order, whatever order they were recorded in', () => {
    const measure = makeMeasure({
      history: [
        created(dayPoint('2015-05-07')),
        statusChange(dayPoint('2019-01-01'), 'in_progress', 'completed', '2026-01-01T10:00:00+01:00'),
        statusChange(dayPoint('2017-01-01'), 'planned', 'in_progress', '2026-02-01T10:00:00+01:00'),
      ],
    });
    expect(stateAsOf(measure, '2018-01-01').status).toBe('in_progress');
    expect(stateAsOf(measure, '2019-01-01').status).toBe('completed');
  });

  describe('a change known only to a period that has not ended: it counts from the day it was recorded', () => {
    const thisYear = makeMeasure({
      history: [created(dayPoint('2015-05-07')), statusChange(yearPoint(2026), 'planned', 'completed', '2026-11-23T09:00:00+01:00')],
    });
    it.each([
      ['before the year', '2025-12-31', { status: 'planned', uncertain: false }],
      ['in the year, before it was recorded: not yet, and uncertain', '2026-11-22', { status: 'planned', uncertain: true }],
      ['on the day it was recorded: done (it had happened by then), certain', '2026-11-23', { status: 'completed', uncertain: false }],
      ['later in the year', '2026-12-02', { status: 'completed', uncertain: false }],
    ])('%s', (_name, asOf, expected) => {
      expect(stateAsOf(thisYear, asOf)).toMatchObject(expected);
    });

    it('a record never moves a change before its period starts', () => {
      const early = makeMeasure({
        history: [created(dayPoint('2015-05-07')), statusChange(yearPoint(2027), 'planned', 'completed', '2026-11-23T09:00:00+01:00')],
      });
      expect(latestDay(early.history[1] as HistoryEntry)).toBe('2027-01-01');
      expect(stateAsOf(early, '2026-12-31').status).toBe('planned');
    });

    it('recorded after the period: the end of the period; recorded within it: that day, in Norway', () => {
      expect(latestDay(statusChange(yearPoint(2016), 'planned', 'completed'))).toBe('2016-12-31');
      expect(latestDay(statusChange(monthPoint(2026, 11), 'planned', 'completed', '2026-11-05T23:30:00Z'))).toBe('2026-11-06');
    });
  });

  it('forgets the completion date when a measure is reopened', () => {
    const measure = makeMeasure({
      history: [
        created(dayPoint('2015-05-07')),
        statusChange(dayPoint('2017-01-01'), 'planned', 'completed'),
        statusChange(dayPoint('2018-01-01'), 'completed', 'at_risk'),
      ],
    });
    expect(stateAsOf(measure, '2018-06-01')).toMatchObject({ status: 'at_risk', completedOn: null });
  });
});

describe('historyInOrder', () => {
  it('orders by when a change happened, then by when it was recorded, whatever order it was stored in', () => {
    const plan = created(dayPoint('2015-05-07'));
    const december = statusChange(dayPoint('2026-11-02'), 'planned', 'in_progress', '2026-11-10T10:00:00+01:00');
    const october = statusChange(dayPoint('2026-10-07'), 'in_progress', 'at_risk', '2026-11-11T10:00:00+01:00');
    const year2016 = statusChange(yearPoint(2016), 'planned', 'in_progress');
    const sameDayLater = statusChange(dayPoint('2026-10-07'), 'at_risk', 'in_progress', '2026-11-12T10:00:00+01:00');
    expect(historyInOrder([plan, december, sameDayLater, october, year2016])).toEqual([plan, year2016, october, sameDayLater, december]);
  });
});

describe('measuresAsOf', () => {
  it('leaves out measures that did not exist and replaces status with the replayed one', () => {
    const later = makeMeasure({ history: [created(dayPoint('2018-05-04'))] });
    const result = measuresAsOf([guideline, later], '2017-03-01');
    expect(result.map((m) => [m.id, m.status])).toEqual([[guideline.id, 'in_progress']]);
  });

  it.each([
    ['2015-06-01', 1],
    ['2017-03-01', 2],
    ['2017-09-13', 3],
  ])('cuts the history to what had happened by %s (%i entries)', (asOf, entries) => {
    const [result] = measuresAsOf([guideline], asOf);
    expect(result?.history.map((entry) => entry.id)).toEqual(guideline.history.slice(0, entries).map((entry) => entry.id));
  });
});

describe('statusMovesBetween', () => {
  it('lists measures whose status differs between two dates', () => {
    const later = makeMeasure({ history: [created(dayPoint('2018-05-04'))] });
    expect(statusMovesBetween([guideline, strategy, later], '2016-01-01', '2018-12-31')).toEqual([
      { measureId: guideline.id, from: 'planned', to: 'completed', uncertain: false },
      { measureId: strategy.id, from: 'planned', to: 'completed', uncertain: true },
      { measureId: later.id, from: null, to: 'planned', uncertain: false },
    ]);
  });

  it('flags a move when either date falls inside a change known only to its year', () => {
    // The strategy was completed some time in 2016: on 30 June 2016 it is counted as planned, but not for certain.
    expect(statusMovesBetween([strategy], '2015-12-31', '2016-06-30')).toEqual([]);
    expect(statusMovesBetween([strategy], '2016-06-30', '2017-01-01')).toEqual([
      { measureId: strategy.id, from: 'planned', to: 'completed', uncertain: true },
    ]);
  });

  it('is empty when nothing moved', () => {
    expect(statusMovesBetween([guideline], '2017-10-01', '2026-01-01')).toEqual([]);
  });
});
