import { describe, expect, it } from 'vitest';
import type { Slippage } from '@/domain/slippage';
import { slippageSentence } from '@/features/measures/utils/slippage-text';

describe('slippageSentence', () => {
  it.each<[string, Slippage, ReturnType<typeof slippageSentence>]>([
    ['done late', { state: 'done', targetYear: 2015, actualYear: 2017, years: 2 }, { key: 'late', values: { count: 2, target: 2015, actual: 2017 } }],
    ['done on time', { state: 'done', targetYear: 2017, actualYear: 2017, years: 0 }, { key: 'onTime', values: { target: 2017, actual: 2017 } }],
    ['done early', { state: 'done', targetYear: 2020, actualYear: 2018, years: -2 }, { key: 'early', values: { count: 2, target: 2020, actual: 2018 } }],
    ['done, date unknown', { state: 'done_date_unknown', targetYear: 2016, actualYear: null, years: null }, { key: 'doneDateUnknown', values: { target: 2016 } }],
    ['closed', { state: 'closed', targetYear: 2016, actualYear: null, years: null }, { key: 'closed', values: { target: 2016 } }],
    ['open and late', { state: 'open_late', targetYear: 2015, actualYear: null, years: 11 }, { key: 'openLate', values: { count: 11, target: 2015 } }],
    ['open', { state: 'open', targetYear: 2030, actualYear: null, years: null }, { key: 'open', values: { target: 2030 } }],
    ['a year that is not a deadline', { state: 'not_a_deadline', targetYear: 2020, actualYear: 2019, years: null }, { key: 'notADeadline', values: { target: 2020 } }],
    ['no year in the plan', { state: 'no_target', targetYear: null, actualYear: null, years: null }, { key: 'noTarget', values: {} }],
  ])('%s', (_name, slippage, expected) => {
    expect(slippageSentence(slippage)).toEqual(expected);
  });
});
