import { describe, expect, it } from 'vitest';
import { dateParamProblem, singleParam } from '@/domain/date-params';

const TODAY = '2026-11-23';

describe('dateParamProblem', () => {
  it.each<[string, string, string | null, ReturnType<typeof dateParamProblem>]>([
    ['none given', '', null, undefined],
    ['a past day', 'asOf=2020-12-31', null, undefined],
    ['today', 'asOf=2026-11-23', null, undefined],
    ['tomorrow', 'asOf=2026-11-24', null, 'future'],
    ['no such day', 'asOf=2021-02-29', null, 'malformed'],
    ['written the Norwegian way', 'asOf=31.12.2020', null, 'malformed'],
    ['given twice', 'asOf=2020-01-01&asOf=2021-01-01', null, 'malformed'],
    ['before the plans', 'asOf=2015-05-06', '2015-05-07', 'beforePlans'],
    ['the day the plan was presented', 'asOf=2015-05-07', '2015-05-07', undefined],
  ])('%s', (_name, query, earliest, expected) => {
    expect(dateParamProblem(singleParam(new URLSearchParams(query), 'asOf'), TODAY, earliest)).toBe(expected);
  });
});
