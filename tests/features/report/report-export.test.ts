import { describe, expect, it } from 'vitest';
import type { Plan } from '@/domain/plan';
import { reportFileName } from '@/features/report/utils/report-export';

const PLAN = { id: 'meld-st-26-2014-2015' } as Plan;

describe('reportFileName', () => {
  it.each([
    ['docx', false, false, 'statusrapport-meld-st-26-2014-2015-2017-01-01-2020-12-31.docx'],
    ['csv', false, false, 'statusrapport-meld-st-26-2014-2015-2017-01-01-2020-12-31.csv'],
    ['csv-semicolon', false, false, 'statusrapport-meld-st-26-2014-2015-semikolon-2017-01-01-2020-12-31.csv'],
    ['json', true, false, 'statusrapport-2017-01-01-2020-12-31.json'],
    ['docx', true, true, 'statusrapport-syntetiske-testdata-2017-01-01-2020-12-31.docx'],
  ] as const)('%s, every plan %s, synthetic %s: %s', (format, allPlans, synthetic, name) => {
    expect(reportFileName(format, { plans: [PLAN], allPlans, synthetic, asOf: '2020-12-31', compareTo: '2017-01-01' })).toBe(name);
  });
});
