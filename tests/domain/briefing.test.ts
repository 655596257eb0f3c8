import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { measuresAsOf } from '@/domain/as-of';
import { briefingFacts, isStalled } from '@/domain/briefing';
import { lastReason } from '@/domain/measure-summary';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { HistoryEntry } from '@/domain/measure';
import { toMeasureSummary } from '@/domain/measure-summary';
import type { Status } from '@/domain/status';
import { created, makeMeasure, statusChange } from '../support/measure-factory';

/** A measure with a history that followed it (two entries) unless `historyLength` says otherwise. */
function summary(status: Status, since: DatePoint, extra: Parameters<typeof makeMeasure>[0] = {}, historyLength = 2) {
  return { ...toMeasureSummary(makeMeasure({ status, ...extra })), statusSince: since, historyLength };
}

describe('isStalled: open, and the status unchanged for more than 5 years', () => {
  it.each<[string, Status, DatePoint, string, boolean]>([
    ['planned since the plan, 11 years on', 'planned', dayPoint('2015-05-07'), '2026-11-23', true],
    ['exactly 5 years is not "over 5"', 'in_progress', dayPoint('2021-11-23'), '2026-11-23', false],
    ['5 years and a day is', 'in_progress', dayPoint('2021-11-22'), '2026-11-23', true],
    ['a status known only as "2021" counts from 31 December 2021', 'in_progress', yearPoint(2021), '2026-12-31', false],
    ['… and is stalled a year later', 'in_progress', yearPoint(2021), '2027-01-01', true],
    ['a month counts from its last day', 'at_risk', monthPoint(2020, 6), '2025-07-01', true],
    ['completed long ago is done, not stalled', 'completed', dayPoint('2015-05-07'), '2026-11-23', false],
    ['cancelled is not stalled', 'cancelled', dayPoint('2015-05-07'), '2026-11-23', false],
  ])('%s', (_name, status, since, asOf, stalled) => {
    expect(isStalled({ status, statusSince: since, historyLength: 2 }, asOf)).toBe(stalled);
  });

  it('needs a history that followed the measure: the plan\u2019s own statement alone says nothing about standing still', () => {
    expect(isStalled({ status: 'planned', statusSince: dayPoint('2015-05-07'), historyLength: 1 }, '2026-11-23')).toBe(false);
    expect(isStalled({ status: 'planned', statusSince: dayPoint('2015-05-07'), historyLength: 2 }, '2026-11-23')).toBe(true);
  });
});

describe('briefingFacts', () => {
  it('counts late, at risk, stalled, open without a deadline and facts not verified; lists the first three, most pressing first', () => {
    const late = summary('in_progress', dayPoint('2024-01-01'), { deadline: { kind: 'by', point: yearPoint(2025), stated: { nb: '2025' } } });
    const atRisk = summary('at_risk', dayPoint('2024-01-01'), { verified: 'partial' });
    const stalled = summary('planned', dayPoint('2015-05-07'), { verified: 'unverified' });
    const stalledAndAtRisk = summary('at_risk', dayPoint('2019-01-01'));
    const fine = summary('completed', dayPoint('2016-01-01'), { verified: 'unverified' });
    const facts = briefingFacts([stalled, fine, late, stalledAndAtRisk, atRisk], '2026-11-23');
    expect(facts).toMatchObject({ total: 5, overdue: 1, atRisk: 2, stalled: 2, openWithoutDeadline: 3, unverified: 2, partial: 1 });
    expect(facts.items.map((item) => [item.measure.id, item.concerns])).toEqual([
      [late.id, ['overdue']],
      [stalledAndAtRisk.id, ['at_risk', 'stalled']],
      [atRisk.id, ['at_risk']],
      [stalled.id, ['stalled']],
    ]);
  });

  it('the dataset: #22, #23 and #28 have stood still for years on 23 November 2026, nothing in 2019', () => {
    const on = (asOf: string) => briefingFacts(measuresAsOf(FIXTURES.measures, asOf).map(toMeasureSummary), asOf);
    const today = on('2026-11-23');
    // Notes (#22's grant history, #23's carers' duty) are no change of status: the status has stood since 2015.
    // The five tiltak of the GP action plan have only the plan's statement: not known, so not called stalled.
    expect(today.items.map((item) => item.measure.id)).toEqual(['ms26-22', 'ms26-23', 'ms26-28']);
    expect(today).toMatchObject({ overdue: 0, atRisk: 0, stalled: 3, unverified: 7 });
    expect(on('2019-01-01').stalled).toBe(0);
  });
});

describe('lastReason: the last reason in the history, as of a date', () => {
  const base = created(dayPoint('2015-05-07'));
  const later = { ...statusChange(dayPoint('2017-03-01'), 'planned', 'in_progress'), reason: 'Arbeidet er i gang.' } as HistoryEntry;
  const note: HistoryEntry = { id: 'n1', type: 'note', effective: yearPoint(2019), recordedAt: '2026-11-23T09:00:00+01:00', by: { kind: 'dataset', name: 'test' }, language: 'nb', text: 'Beslektet endring.' };

  it.each<[string, HistoryEntry[], string, string | null]>([
    ['the latest entry by then', [base, later], '2026-11-23', 'Arbeidet er i gang.'],
    ['nothing after the date counts', [base, later], '2016-12-31', base.reason ?? null],
    ['a note without a reason gives its text', [base, later, note], '2026-11-23', 'Beslektet endring.'],
    ['in the order the history is counted, not as stored', [note, later, base], '2026-11-23', 'Beslektet endring.'],
    ['a note known as "2019" has happened only from 31 December 2019', [base, later, note], '2019-06-30', 'Arbeidet er i gang.'],
    ['before the history begins', [base], '2014-01-01', null],
  ])('%s', (_name, history, asOf, expected) => {
    expect(lastReason(history, asOf)?.text ?? null).toBe(expected);
  });
});
