import { bench, describe } from 'vitest';
import { AREAS } from '@mocks/fixtures/areas';
import { generateSyntheticMeasures } from '@mocks/fixtures/synthetic';
import { comparePlans } from '@/domain/analysis';
import { toMeasureSummary } from '@/domain/measure-summary';
import { targetActualRecords } from '@/features/analysis/utils/analysis-export';
import { areaOutcomeRows } from '@/features/analysis/utils/area-outcomes';
import { planComparisonRows } from '@/features/analysis/utils/plan-comparison';
import { targetActualFacts, targetActualRows } from '@/features/analysis/utils/target-actual';

/**
 * npm run bench: what the analysis page computes on 10,000 measures (the API hands it at most 1,000
 * a page, so this is ten times the real load). Reported, never asserted.
 */
const TODAY = '2026-11-23';
const measures = generateSyntheticMeasures(10_000).map(toMeasureSummary);
const planIds = [...new Set(measures.map((measure) => measure.planId))];
const plans = planIds.map((id) => ({ id, reference: id }));
const lookups = { language: 'nb' as const, planName: (id: string) => id, areaName: (id: string) => id };

describe('analysis of 10,000 measures', () => {
  bench('target against actual: rows and summary facts', () => {
    targetActualFacts(measures, targetActualRows(measures, TODAY), TODAY);
  });
  bench('target against actual: rows as export records', () => {
    targetActualRecords(targetActualRows(measures, TODAY), lookups);
  });
  bench('slippage and on-time share by area', () => {
    areaOutcomeRows(measures, AREAS, TODAY, (area) => area.name.nb);
  });
  bench('plans side by side (domain comparePlans)', () => {
    comparePlans(measures, planIds, TODAY);
  });
  bench('plans side by side (rows with gaps)', () => {
    planComparisonRows(measures, plans, TODAY);
  });
});
