import { describe, expect, it } from 'vitest';
import { readReportParams, reportHref, reportRange } from '@/features/report/utils/report-params';

const TODAY = '2026-11-23';
const PLANS = [
  { id: 'meld-st-26-2014-2015', published: { date: '2015-05-07', precision: 'day' as const } },
  { id: 'kompetanseloft-2020', published: { date: '2016-01-01', precision: 'year' as const } },
];

const read = (query: string, plans: typeof PLANS | null = PLANS) => readReportParams(new URLSearchParams(query), { today: TODAY, ...(plans ? { plans } : {}) });

describe('readReportParams', () => {
  it.each([
    ['', null, TODAY, '2025-11-23'],
    ['asOf=2020-12-31', null, '2020-12-31', '2019-12-31'],
    ['asOf=2020-12-31&compareTo=2017-01-01', null, '2020-12-31', '2017-01-01'],
    ['asOf=2020-02-29', null, '2020-02-29', '2019-02-28'],
    // A year before would be before the plan was presented: the previous date is the day it was.
    ['plan=meld-st-26-2014-2015&asOf=2016-01-31', 'meld-st-26-2014-2015', '2016-01-31', '2015-05-07'],
    ['plan=kompetanseloft-2020&asOf=2016-06-30', 'kompetanseloft-2020', '2016-06-30', '2016-01-01'],
    ['plan=meld-st-26-2014-2015&asOf=2015-05-07', 'meld-st-26-2014-2015', '2015-05-07', '2015-05-07'],
  ])('%s: plan %s, %s against %s', (query, plan, asOf, compareTo) => {
    const params = read(query);
    expect(params.problems).toEqual({});
    expect([params.plan, params.asOf, params.compareTo]).toEqual([plan, asOf, compareTo]);
    expect(reportRange(params)).toEqual({ plan, asOf, compareTo });
  });

  it.each([
    ['asOf=2030-01-01', { asOf: 'future' }],
    ['asOf=2020-13-01', { asOf: 'malformed' }],
    ['asOf=31.12.2020', { asOf: 'malformed' }],
    ['asOf=2020-12-31&asOf=2019-12-31', { asOf: 'malformed' }],
    ['asOf=2015-01-01', { asOf: 'beforePlans' }],
    ['compareTo=2030-01-01', { compareTo: 'future' }],
    ['asOf=2020-12-31&compareTo=2020-12-31', { compareTo: 'notBeforeAsOf' }],
    ['asOf=2017-01-01&compareTo=2020-12-31', { compareTo: 'notBeforeAsOf' }],
    ['plan=meld-st-26-2014-2015&compareTo=2015-05-06', { compareTo: 'beforePlans' }],
    ['compareTo=x', { compareTo: 'malformed' }],
  ])('%s cannot be used: %o, and no report is asked for', (query, problems) => {
    const params = read(query);
    expect(params.problems).toEqual(problems);
    expect(reportRange(params)).toBeNull();
  });

  it('reports an unknown plan and makes the report for every plan', () => {
    const params = read('plan=finnes-ikke&asOf=2020-12-31');
    expect(params.problems).toEqual({ plan: 'unknown' });
    expect(reportRange(params)).toEqual({ plan: null, asOf: '2020-12-31', compareTo: '2019-12-31' });
    expect(params.raw.plan).toBe('finnes-ikke');
  });

  it('keeps the plan and checks no date against plans before they are known', () => {
    const params = read('plan=meld-st-26-2014-2015&asOf=2010-01-01', null);
    expect(params.problems).toEqual({});
    expect([params.plan, params.asOf, params.compareTo]).toEqual(['meld-st-26-2014-2015', '2010-01-01', '2009-01-01']);
  });
});

describe('reportHref', () => {
  it.each([
    [{}, '/rapport'],
    [{ plan: '', asOf: '', compareTo: '' }, '/rapport'],
    [{ plan: 'meld-st-26-2014-2015', asOf: '2020-12-31', compareTo: '2017-01-01' }, '/rapport?plan=meld-st-26-2014-2015&asOf=2020-12-31&compareTo=2017-01-01'],
    [{ asOf: '2020-12-31' }, '/rapport?asOf=2020-12-31'],
  ])('%o → %s', (view, href) => {
    expect(reportHref(view)).toBe(href);
  });
});
