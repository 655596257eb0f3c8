import { describe, expect, it } from 'vitest';
import { analysisHref, readAnalysisParams } from '@/features/analysis/utils/analysis-params';

const KNOWN = ['a', 'b', 'c'];

describe('readAnalysisParams', () => {
  it.each<[string, string[] | undefined, { plans: string[]; unknownPlans: string[] }]>([
    ['', KNOWN, { plans: [], unknownPlans: [] }],
    ['plan=b', KNOWN, { plans: ['b'], unknownPlans: [] }],
    ['plan=c&plan=a', KNOWN, { plans: ['a', 'c'], unknownPlans: [] }],
    ['plan=a&plan=a', KNOWN, { plans: ['a'], unknownPlans: [] }],
    ['plan=a&plan=zz', KNOWN, { plans: ['a'], unknownPlans: ['zz'] }],
    ['plan=', KNOWN, { plans: [], unknownPlans: [] }],
    ['plan=zz', undefined, { plans: ['zz'], unknownPlans: [] }],
  ])('?%s', (query, known, expected) => {
    expect(readAnalysisParams(new URLSearchParams(query), known)).toEqual(expected);
  });
});

describe('analysisHref', () => {
  it.each<[string[], string]>([
    [[], '/analyse'],
    [['a'], '/analyse?plan=a'],
    [['a', 'c'], '/analyse?plan=a&plan=c'],
  ])('%o → %s', (plans, href) => {
    expect(analysisHref(plans)).toBe(href);
    expect(readAnalysisParams(new URL(href, 'http://x').searchParams, KNOWN).plans).toEqual(plans);
  });
});
