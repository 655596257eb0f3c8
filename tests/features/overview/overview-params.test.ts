import { describe, expect, it } from 'vitest';
import { earliestPlanDay } from '@/domain/date-params';
import { overviewHref, readOverviewParams, type OverviewParams } from '@/features/overview/utils/overview-params';

const TODAY = '2026-11-23';
const PLANS = [
  { id: 'meld-st-26-2014-2015', published: { date: '2015-05-07', precision: 'day' as const } },
  { id: 'opptrapping', published: { date: '2019-10-04', precision: 'day' as const } },
];

function read(query: string, plans: typeof PLANS | null = PLANS) {
  return readOverviewParams(new URLSearchParams(query), { today: TODAY, ...(plans ? { plans } : {}) });
}

describe('readOverviewParams', () => {
  it.each<[string, string, Pick<OverviewParams, 'asOf' | 'compareTo' | 'plan' | 'problems'>]>([
    ['nothing: today, all plans', '', { asOf: null, compareTo: null, plan: null, problems: {} }],
    ['a past date', 'asOf=2019-06-30', { asOf: '2019-06-30', compareTo: null, plan: null, problems: {} }],
    ['today itself', `asOf=${TODAY}`, { asOf: TODAY, compareTo: null, plan: null, problems: {} }],
    ['the day the plan was presented', 'asOf=2015-05-07', { asOf: '2015-05-07', compareTo: null, plan: null, problems: {} }],
    ['a comparison with today', 'compareTo=2019-06-30', { asOf: null, compareTo: '2019-06-30', plan: null, problems: {} }],
    ['two dates', 'asOf=2019-06-30&compareTo=2017-12-31', { asOf: '2019-06-30', compareTo: '2017-12-31', plan: null, problems: {} }],
    ['a plan', 'plan=opptrapping', { asOf: null, compareTo: null, plan: 'opptrapping', problems: {} }],
    ['a malformed date', 'asOf=30.06.2019', { asOf: null, compareTo: null, plan: null, problems: { asOf: 'malformed' } }],
    ['an impossible date', 'asOf=2019-02-30', { asOf: null, compareTo: null, plan: null, problems: { asOf: 'malformed' } }],
    ['an empty date', 'asOf=', { asOf: null, compareTo: null, plan: null, problems: { asOf: 'malformed' } }],
    ['a date given twice', 'asOf=2019-01-01&asOf=2020-01-01', { asOf: null, compareTo: null, plan: null, problems: { asOf: 'malformed' } }],
    ['tomorrow', 'asOf=2026-11-24', { asOf: null, compareTo: null, plan: null, problems: { asOf: 'future' } }],
    ['before any plan', 'asOf=2015-05-06', { asOf: null, compareTo: null, plan: null, problems: { asOf: 'beforePlans' } }],
    ['before the chosen plan', 'plan=opptrapping&asOf=2018-01-01', { asOf: null, compareTo: null, plan: 'opptrapping', problems: { asOf: 'beforePlans' } }],
    ['a comparison after the date shown', 'asOf=2017-01-01&compareTo=2018-01-01', { asOf: '2017-01-01', compareTo: null, plan: null, problems: { compareTo: 'notBeforeAsOf' } }],
    ['a comparison on the date shown', 'asOf=2017-01-01&compareTo=2017-01-01', { asOf: '2017-01-01', compareTo: null, plan: null, problems: { compareTo: 'notBeforeAsOf' } }],
    ['a comparison with today, dated today', `compareTo=${TODAY}`, { asOf: null, compareTo: null, plan: null, problems: { compareTo: 'notBeforeAsOf' } }],
    ['a malformed comparison', 'compareTo=i fjor', { asOf: null, compareTo: null, plan: null, problems: { compareTo: 'malformed' } }],
    ['a comparison before the plan', 'compareTo=2014-12-31', { asOf: null, compareTo: null, plan: null, problems: { compareTo: 'beforePlans' } }],
    ['both dates wrong', 'asOf=2030-01-01&compareTo=2030-01-01', { asOf: null, compareTo: null, plan: null, problems: { asOf: 'future', compareTo: 'future' } }],
    ['an unknown plan', 'plan=finnes-ikke', { asOf: null, compareTo: null, plan: null, problems: { plan: 'unknown' } }],
  ])('%s', (_name, query, expected) => {
    expect(read(query)).toMatchObject(expected);
  });

  it('keeps what the address said, for the message', () => {
    expect(read('asOf=30.06.2019&plan=x').raw).toEqual({ asOf: '30.06.2019', compareTo: null, plan: 'x' });
  });

  it('checks dates against the plans only once they are known', () => {
    expect(read('asOf=2010-01-01&plan=finnes-ikke', null)).toMatchObject({ asOf: '2010-01-01', plan: 'finnes-ikke', problems: {} });
  });
});

describe('earliestPlanDay', () => {
  it.each<[string, typeof PLANS, string | null, string | null]>([
    ['the earliest of all plans', PLANS, null, '2015-05-07'],
    ['the chosen plan', PLANS, 'opptrapping', '2019-10-04'],
    ['no plans', [], null, null],
    ['an unknown plan', PLANS, 'x', null],
  ])('%s', (_name, plans, plan, expected) => {
    expect(earliestPlanDay(plans, plan)).toBe(expected);
  });
});

describe('overviewHref', () => {
  it.each([
    [{}, '/'],
    [{ asOf: null, compareTo: null, plan: null }, '/'],
    [{ asOf: '2019-06-30' }, '/?asOf=2019-06-30'],
    [{ plan: 'p', asOf: '2019-06-30', compareTo: '2017-12-31' }, '/?plan=p&asOf=2019-06-30&compareTo=2017-12-31'],
    [{ asOf: '', compareTo: '2017-12-31' }, '/?compareTo=2017-12-31'],
  ])('%o → %s', (state, href) => {
    expect(overviewHref(state)).toBe(href);
  });
});
