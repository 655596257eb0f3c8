import { describe, expect, it } from 'vitest';
import { dayPoint, monthPoint, yearPoint } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import {
  ALLOWED_TRANSITIONS,
  applyChange,
  measureChangeSchema,
  validateChange,
  type ChangeContext,
  type MeasureChange,
  type StatusChange,
} from '@/domain/measure-change';
import { STATUSES, type Status } from '@/domain/status';
import { created, makeMeasure, statusChange as historyStatusChange } from '../support/measure-factory';

const context: ChangeContext = { today: '2026-11-23', planPublished: '2015-05-07', measureExists: (id) => id === 'other-measure' };
const source = { title: 'Lovdata: forskrift', url: 'https://lovdata.no/x' };

function statusChange(to: Status, extra: Partial<StatusChange> = {}): StatusChange {
  return { type: 'status', to, effective: dayPoint('2026-11-20'), reason: 'Fordi', language: 'nb', ...extra };
}

describe('the transition table', () => {
  it('never allows a status to follow itself, and lets every status move somewhere', () => {
    for (const status of STATUSES) {
      expect(ALLOWED_TRANSITIONS[status]).not.toContain(status);
      expect(ALLOWED_TRANSITIONS[status].length).toBeGreaterThan(0);
    }
  });
});

describe('validateChange', () => {
  it.each<[string, Status, MeasureChange, string[]]>([
    ['planned → in progress with a reason', 'planned', statusChange('in_progress'), []],
    ['to the same status', 'planned', statusChange('planned'), ['to:same_status']],
    ['completed → cancelled is not a transition', 'completed', statusChange('cancelled'), ['to:transition_not_allowed']],
    ['completed needs a date and a source', 'in_progress', statusChange('completed'), ['completedOn:completed_on_required', 'source:source_required']],
    ['completed with date and source', 'in_progress', statusChange('completed', { completedOn: dayPoint('2026-01-01'), source }), []],
    ['completed with a year-only date in this year', 'in_progress', statusChange('completed', { completedOn: yearPoint(2026), source }), []],
    ['completed in the future', 'in_progress', statusChange('completed', { completedOn: dayPoint('2027-01-01'), source }), ['completedOn:date_in_future']],
    ['completed before the plan existed', 'in_progress', statusChange('completed', { completedOn: monthPoint(2015, 4), source }), ['completedOn:date_before_plan']],
    ['a completion date on another status', 'planned', statusChange('at_risk', { completedOn: dayPoint('2026-01-01') }), ['completedOn:completed_on_not_allowed']],
    ['replaced needs the replacing measure', 'planned', statusChange('replaced'), ['replacedBy:replaced_by_required']],
    ['replaced by itself', 'planned', statusChange('replaced', { replacedBy: 'this-measure' }), ['replacedBy:replaced_by_self']],
    ['replaced by an unknown measure', 'planned', statusChange('replaced', { replacedBy: 'ghost' }), ['replacedBy:replaced_by_unknown']],
    ['replaced by a known measure', 'planned', statusChange('replaced', { replacedBy: 'other-measure' }), []],
    ['a replacement on another status', 'planned', statusChange('cancelled', { replacedBy: 'other-measure' }), ['replacedBy:replaced_by_not_allowed']],
    ['an effective date in the future', 'planned', statusChange('at_risk', { effective: dayPoint('2026-11-24') }), ['effective:date_in_future']],
    ['reopening a completed measure', 'completed', statusChange('in_progress'), []],
    ['reinstating a cancelled measure', 'cancelled', statusChange('planned'), []],
  ])('%s', (_name, status, change, expected) => {
    const measure = makeMeasure({ id: 'this-measure', status });
    expect(validateChange(measure, change, context).map((problem) => `${problem.field}:${problem.code}`)).toEqual(expected);
  });

  describe('a new status never counts from before the current one (else the replay would put it first)', () => {
    // The current status was recorded on the test day as "2026": it counts from 23 November 2026.
    const measure = makeMeasure({
      id: 'this-measure',
      status: 'in_progress',
      history: [created(dayPoint('2015-05-07')), historyStatusChange(yearPoint(2026), 'planned', 'in_progress', '2026-11-23T10:00:00+01:00')],
    });
    it.each<[string, MeasureChange['effective'], string[]]>([
      ['dated before that day', dayPoint('2026-11-20'), ['effective:date_before_current']],
      ['dated on that day', dayPoint('2026-11-23'), []],
      ['known as the same year, recorded now', yearPoint(2026), []],
    ])('%s', (_name, effective, expected) => {
      const change = statusChange('at_risk', { effective });
      expect(validateChange(measure, change, context).map((problem) => `${problem.field}:${problem.code}`)).toEqual(expected);
    });
  });

  it('refuses a deadline that does not change anything', () => {
    const deadline: Deadline = { kind: 'by', point: yearPoint(2027), stated: { nb: 'innen 2027' } };
    const measure = makeMeasure({ deadline });
    const change: MeasureChange = { type: 'deadline', to: deadline, effective: dayPoint('2026-11-01'), reason: 'Ny frist', language: 'nb' };
    expect(validateChange(measure, change, context)).toEqual([{ field: 'to', code: 'deadline_unchanged' }]);
  });
});

describe('measureChangeSchema', () => {
  it.each([
    ['a javascript: source', { ...statusChange('completed'), source: { title: 'x', url: 'javascript:alert(1)' } }],
    ['a data: source', { type: 'source', source: { title: 'x', url: 'data:text/html,hi' }, effective: dayPoint('2026-01-01'), reason: 'r', language: 'nb' }],
    ['an ftp source', { type: 'source', source: { title: 'x', url: 'ftp://example.no/a' }, effective: dayPoint('2026-01-01'), reason: 'r', language: 'nb' }],
    ['a blank reason', statusChange('at_risk', { reason: '   ' })],
    ['a reason over 1000 characters', statusChange('at_risk', { reason: 'x'.repeat(1001) })],
    ['a note over 2000 characters', { type: 'note', text: 'x'.repeat(2001), effective: dayPoint('2026-01-01'), language: 'nb' }],
    ['an unknown status', { ...statusChange('at_risk'), to: 'done' }],
    ['an unknown field', { ...statusChange('at_risk'), version: 3 }],
    ['no language', { type: 'note', text: 'hei', effective: dayPoint('2026-01-01') }],
  ])('rejects %s', (_name, body) => {
    expect(measureChangeSchema.safeParse(body).success).toBe(false);
  });

  it('trims text and keeps HTML as plain text', () => {
    const parsed = measureChangeSchema.parse({ type: 'note', text: '  <b>viktig</b>  ', effective: dayPoint('2026-01-01'), language: 'nn' });
    expect(parsed).toMatchObject({ text: '<b>viktig</b>' });
  });
});

describe('applyChange', () => {
  it('appends one entry, updates the record to match and raises the version', () => {
    const measure = makeMeasure({ status: 'in_progress' });
    const change = statusChange('completed', { completedOn: dayPoint('2026-11-01'), source });
    const next = applyChange(measure, change, { name: 'Kari' }, '2026-11-23T10:00:00.000Z');
    expect(next.history.slice(0, -1)).toEqual(measure.history);
    expect(next.history.at(-1)).toMatchObject({ type: 'status', from: 'in_progress', to: 'completed', by: { kind: 'user', name: 'Kari' }, reason: 'Fordi' });
    expect(next).toMatchObject({ status: 'completed', completedOn: dayPoint('2026-11-01'), version: measure.version + 1, updatedAt: '2026-11-23T10:00:00.000Z' });
    expect(next.sources).toEqual([{ title: 'Lovdata: forskrift', url: 'https://lovdata.no/x' }]);
    expect(measure.history).toHaveLength(1);
  });

  it('keeps the original deadline when the deadline moves', () => {
    const original: Deadline = { kind: 'by', point: yearPoint(2016), stated: { nb: 'i 2016' } };
    const moved: Deadline = { kind: 'by', point: yearPoint(2018), stated: { nb: 'innen 2018' } };
    const measure = makeMeasure({ deadline: original, originalDeadline: original });
    const next = applyChange(measure, { type: 'deadline', to: moved, effective: dayPoint('2016-12-01'), reason: 'Forsinket', language: 'nb' }, { name: 'Ola' }, '2026-11-23T10:00:00.000Z');
    expect(next.originalDeadline).toEqual(original);
    expect(next.deadline).toEqual(moved);
    expect(next.history.at(-1)).toMatchObject({ type: 'deadline', from: original, to: moved });
  });

  it('clears the completion date when a measure is reopened', () => {
    const measure = makeMeasure({ status: 'completed', completedOn: dayPoint('2020-01-01') });
    const next = applyChange(measure, statusChange('in_progress'), { name: 'Kari' }, '2026-11-23T10:00:00.000Z');
    expect(next.completedOn).toBeNull();
  });
});
