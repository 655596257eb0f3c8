import { describe, expect, it } from 'vitest';
import { changeLogQuerySchema } from '@/domain/change-log';
import { changeLogEntries, changeLogPage } from '@/domain/change-log-rows';
import type { HistoryEntry } from '@/domain/measure';
import { searchParamsToRecord } from '@/domain/measure-list-query';
import { created, makeMeasure, statusChange } from '../support/measure-factory';

const day = (date: string) => ({ date, precision: 'day' as const });

function by(name: string, entry: HistoryEntry): HistoryEntry {
  return { ...entry, by: { kind: 'user', name } };
}

const a = makeMeasure({
  id: 'a',
  planId: 'plan-a',
  number: 1,
  history: [
    created(day('2015-05-07')),
    // Recorded at 23:30 UTC on 30 June: 1 July in Norway.
    by('Kari', statusChange(day('2020-01-01'), 'planned', 'in_progress', '2026-06-30T23:30:00Z')),
    by('Ola', statusChange(day('2019-01-01'), 'in_progress', 'at_risk', '2026-07-02T10:00:00+02:00')),
  ],
});
const b = makeMeasure({
  id: 'b',
  planId: 'plan-b',
  number: 1,
  history: [created(day('2015-05-07')), by('Kari', statusChange(day('2021-01-01'), 'planned', 'completed', '2026-07-01T09:00:00+02:00'))],
});
const rows = changeLogEntries([a, b]);
const page = (query: string) => changeLogPage(rows, changeLogQuerySchema.parse(searchParamsToRecord(new URLSearchParams(query))));
const ids = (query: string) => page(query).items.map((item) => `${item.measureId}:${item.entry.by.name}`);

describe('the change log', () => {
  it('leaves out the first entry of each history and puts the newest recorded first, whatever their offsets', () => {
    // 2026-07-01T09:00+02:00 is 07:00 UTC, after 2026-06-30T23:30Z.
    expect(ids('')).toEqual(['a:Ola', 'b:Kari', 'a:Kari']);
  });

  it('counts a day recorded as the day in Norway, both ends included', () => {
    expect(ids('from=2026-07-01&to=2026-07-01')).toEqual(['b:Kari', 'a:Kari']);
    expect(ids('to=2026-06-30')).toEqual([]);
    expect(ids('from=2026-07-02')).toEqual(['a:Ola']);
  });

  it('filters by plan and person, and lists the people of the plans asked for', () => {
    expect(ids('plan=plan-a&user=Kari')).toEqual(['a:Kari']);
    expect(page('plan=plan-b').people).toEqual([{ name: 'Kari', kind: 'user' }]);
    expect(page('user=Ola').people.map((person) => person.name)).toEqual(['Kari', 'Ola']);
  });

  it('pages, and says how many match', () => {
    expect(page('pageSize=2&page=2')).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ measureId: 'a' }] });
  });
});
