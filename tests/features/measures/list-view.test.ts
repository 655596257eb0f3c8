import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  DEFAULT_VIEW,
  listViewToParams,
  parseListView,
  withoutFilter,
  type ListView,
  type ViewIssue,
} from '@/features/measures/utils/list-view';

const TODAY = '2026-11-23';
const parse = (query: string) => parseListView(new URLSearchParams(query), TODAY);

describe('parseListView', () => {
  it.each<[string, string, ListView]>([
    ['nothing', '', DEFAULT_VIEW],
    ['a plan', 'plan=meld-st-26-2014-2015', { ...DEFAULT_VIEW, filters: { plan: ['meld-st-26-2014-2015'] } }],
    ['two areas', 'area=ledelse&area=omsorg', { ...DEFAULT_VIEW, filters: { area: ['ledelse', 'omsorg'] } }],
    ['statuses', 'status=planned&status=at_risk', { ...DEFAULT_VIEW, filters: { status: ['planned', 'at_risk'] } }],
    ['an instrument', 'instrument=forskrift', { ...DEFAULT_VIEW, filters: { instrument: ['forskrift'] } }],
    ['a responsible body with spaces and ø', 'responsible=Helse-+og+omsorgsdepartementet', { ...DEFAULT_VIEW, filters: { responsible: ['Helse- og omsorgsdepartementet'] } }],
    ['overdue only', 'overdue=true', { ...DEFAULT_VIEW, filters: { overdue: true } }],
    ['not overdue', 'overdue=false', { ...DEFAULT_VIEW, filters: { overdue: false } }],
    ['with a municipal duty', 'hasObligation=true', { ...DEFAULT_VIEW, filters: { hasObligation: true } }],
    ['a deadline range', 'deadlineFrom=2016&deadlineTo=2017', { ...DEFAULT_VIEW, filters: { deadlineFrom: 2016, deadlineTo: 2017 } }],
    ['due within months', 'dueWithinMonths=24', { ...DEFAULT_VIEW, filters: { dueWithinMonths: 24 } }],
    ['a search, trimmed', 'q=++ø-hjelp++', { ...DEFAULT_VIEW, filters: { q: 'ø-hjelp' } }],
    ['an empty search is no search', 'q=', DEFAULT_VIEW],
    ['sort and order', 'sort=title&order=desc', { ...DEFAULT_VIEW, sort: 'title', order: 'desc' }],
    ['a past date', 'asOf=2016-06-30', { ...DEFAULT_VIEW, asOf: '2016-06-30' }],
    ['today itself', 'asOf=2026-11-23', { ...DEFAULT_VIEW, asOf: '2026-11-23' }],
    ['a value given twice once', 'area=omsorg&area=omsorg', { ...DEFAULT_VIEW, filters: { area: ['omsorg'] } }],
  ])('reads %s', (_name, query, view) => {
    expect(parse(query)).toEqual({ view, issues: [] });
  });

  it.each<[string, string, ListView, ViewIssue[]]>([
    ['an unknown parameter', 'colour=red&area=omsorg', { ...DEFAULT_VIEW, filters: { area: ['omsorg'] } }, [{ kind: 'unknown', param: 'colour' }]],
    [
      'an unknown status next to a good one',
      'status=done&status=planned',
      { ...DEFAULT_VIEW, filters: { status: ['planned'] } },
      [{ kind: 'invalid', param: 'status', value: 'done' }],
    ],
    ['a malformed area id', 'area=Not+An+Id', DEFAULT_VIEW, [{ kind: 'invalid', param: 'area', value: 'Not An Id' }]],
    ['an unknown instrument', 'instrument=lover', DEFAULT_VIEW, [{ kind: 'invalid', param: 'instrument', value: 'lover' }]],
    ['a boolean that is not true/false', 'overdue=ja&hasObligation=1', DEFAULT_VIEW, [
      { kind: 'invalid', param: 'overdue', value: 'ja' },
      { kind: 'invalid', param: 'hasObligation', value: '1' },
    ]],
    ['a year that is not a year', 'deadlineFrom=2o16&deadlineTo=2017', { ...DEFAULT_VIEW, filters: { deadlineTo: 2017 } }, [{ kind: 'invalid', param: 'deadlineFrom', value: '2o16' }]],
    ['a reversed deadline range', 'deadlineFrom=2020&deadlineTo=2016&area=omsorg', { ...DEFAULT_VIEW, filters: { area: ['omsorg'] } }, [{ kind: 'range', from: 2020, to: 2016 }]],
    ['a due-within window of zero', 'dueWithinMonths=0', DEFAULT_VIEW, [{ kind: 'invalid', param: 'dueWithinMonths', value: '0' }]],
    ['a due-within window above 120', 'dueWithinMonths=121', DEFAULT_VIEW, [{ kind: 'invalid', param: 'dueWithinMonths', value: '121' }]],
    ['an unknown sort key', 'sort=colour&order=desc', { ...DEFAULT_VIEW, order: 'desc' }, [{ kind: 'invalid', param: 'sort', value: 'colour' }]],
    ['an order given twice', 'order=asc&order=desc', DEFAULT_VIEW, [{ kind: 'repeated', param: 'order' }]],
    ['a date in the future', 'asOf=2030-01-01&status=planned', { ...DEFAULT_VIEW, filters: { status: ['planned'] } }, [{ kind: 'future', date: '2030-01-01' }]],
    ['an impossible date', 'asOf=2017-02-30', DEFAULT_VIEW, [{ kind: 'invalid', param: 'asOf', value: '2017-02-30' }]],
    ['a search longer than 200 characters', `q=${'a'.repeat(201)}`, DEFAULT_VIEW, [{ kind: 'invalid', param: 'q', value: 'a'.repeat(201) }]],
  ])('leaves out and reports %s, keeping the rest', (_name, query, view, issues) => {
    expect(parse(query)).toEqual({ view, issues });
  });
});

describe('listViewToParams', () => {
  it.each([
    '',
    'plan=meld-st-26-2014-2015&area=ledelse&area=omsorg&status=planned&instrument=lov&responsible=KS&overdue=false&hasObligation=true&deadlineFrom=2016&deadlineTo=2020&dueWithinMonths=12&q=%C3%B8-hjelp&sort=deadline&order=desc&asOf=2019-01-01',
    'responsible=Helse-+og+omsorgsdepartementet&q=s%C3%B8k+med+to+ord',
    'order=desc',
  ])('writes back what it read, in a fixed order: %s', (query) => {
    expect(listViewToParams(parse(query).view).toString()).toBe(query);
  });

  it('leaves out the defaults and puts parameters in a fixed order', () => {
    const view: ListView = { filters: { q: 'kompetanse', area: ['omsorg'] }, sort: 'number', order: 'asc' };
    expect(listViewToParams(view).toString()).toBe('area=omsorg&q=kompetanse');
  });
});

describe('activeFilters and withoutFilter', () => {
  const filters = parse('area=ledelse&area=omsorg&status=planned&overdue=true&deadlineFrom=2016&q=ledelse').view.filters;

  it('lists every chosen value', () => {
    expect(activeFilters(filters)).toEqual([
      { param: 'area', value: 'ledelse' },
      { param: 'area', value: 'omsorg' },
      { param: 'status', value: 'planned' },
      { param: 'overdue', value: true },
      { param: 'deadlineFrom', value: 2016 },
      { param: 'q', value: 'ledelse' },
    ]);
  });

  it.each([
    [{ param: 'area', value: 'ledelse' } as const, { area: ['omsorg'], status: ['planned'], overdue: true, deadlineFrom: 2016, q: 'ledelse' }],
    [{ param: 'status', value: 'planned' } as const, { area: ['ledelse', 'omsorg'], overdue: true, deadlineFrom: 2016, q: 'ledelse' }],
    [{ param: 'overdue', value: true } as const, { area: ['ledelse', 'omsorg'], status: ['planned'], deadlineFrom: 2016, q: 'ledelse' }],
    [{ param: 'q', value: 'ledelse' } as const, { area: ['ledelse', 'omsorg'], status: ['planned'], overdue: true, deadlineFrom: 2016 }],
  ])('removes %o and nothing else', (active, expected) => {
    expect(withoutFilter(filters, active)).toEqual(expected);
  });
});
