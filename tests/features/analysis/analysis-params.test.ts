import { describe, expect, it } from 'vitest';
import { analysisHref, readAnalysisParams, type AnalysisParams } from '@/features/analysis/utils/analysis-params';

const KNOWN = ['a', 'b', 'c'];
const TODAY = '2026-12-02';

describe('readAnalysisParams', () => {
  it.each<[string, string[] | undefined, AnalysisParams]>([
    ['', KNOWN, { plans: [], unknownPlans: [] }],
    ['plan=b', KNOWN, { plans: ['b'], unknownPlans: [] }],
    ['plan=c&plan=a', KNOWN, { plans: ['a', 'c'], unknownPlans: [] }],
    ['plan=a&plan=a', KNOWN, { plans: ['a'], unknownPlans: [] }],
    ['plan=a&plan=zz', KNOWN, { plans: ['a'], unknownPlans: ['zz'] }],
    ['plan=', KNOWN, { plans: [], unknownPlans: [] }],
    ['plan=zz', undefined, { plans: ['zz'], unknownPlans: [] }],
    ['plan=a&asOf=2020-12-31', KNOWN, { plans: ['a'], unknownPlans: [], asOf: '2020-12-31' }],
    ['asOf=2026-12-02', KNOWN, { plans: [], unknownPlans: [], asOf: '2026-12-02' }],
    ['asOf=', KNOWN, { plans: [], unknownPlans: [] }],
    ['asOf=2026-12-03', KNOWN, { plans: [], unknownPlans: [], badAsOf: '2026-12-03' }],
    ['asOf=2020-02-30', KNOWN, { plans: [], unknownPlans: [], badAsOf: '2020-02-30' }],
    ['asOf=31.12.2020', KNOWN, { plans: [], unknownPlans: [], badAsOf: '31.12.2020' }],
  ])('?%s', (query, known, expected) => {
    expect(readAnalysisParams(new URLSearchParams(query), known, TODAY)).toStrictEqual(expected);
  });
});

describe('analysisHref', () => {
  it.each<[string[], string | undefined, string]>([
    [[], undefined, '/analyse'],
    [['a'], undefined, '/analyse?plan=a'],
    [['a', 'c'], undefined, '/analyse?plan=a&plan=c'],
    [[], '2020-12-31', '/analyse?asOf=2020-12-31'],
    [['a'], '2020-12-31', '/analyse?plan=a&asOf=2020-12-31'],
  ])('%o, %s → %s', (plans, asOf, href) => {
    expect(analysisHref(plans, asOf)).toBe(href);
    const read = readAnalysisParams(new URL(href, 'http://x').searchParams, KNOWN, TODAY);
    expect(read.plans).toEqual(plans);
    expect(read.asOf).toBe(asOf);
  });
});
