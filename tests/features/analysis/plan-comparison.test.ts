import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { yearPoint } from '@/domain/date-point';
import { planComparisonFacts, planComparisonRows, plansWithGoals, planTableRows } from '@/features/analysis/utils/plan-comparison';
import { makeMeasure } from '../../support/measure-factory';

const TODAY = '2026-11-23';

describe('planComparisonRows on the fixtures (15 plans)', () => {
  const rows = planComparisonRows(FIXTURES.measures, FIXTURES.plans, TODAY);

  it.each<[string, number, number, number | null, number, number | null, number | null, string | null]>([
    // Meld. St. 26: 28 measures, 25 completed (all but #22, #23 planned and #28 in progress); 6 with a target, 4 on time; slippage 0,0,0,0,2,2.
    ['meld-st-26-2014-2015', 28, 25, 25 / 28, 6, 4 / 6, 0, null],
    ['kompetanseloft-2020', 2, 1, 0.5, 0, null, null, 'noTargets'],
    ['kompetanseloft-2025', 2, 0, 0, 0, null, null, 'noTargets'],
    ['opptrappingsplan-rus-2016-2020', 1, 1, 1, 1, 1, 0, null],
    ['opptrappingsplan-habilitering-rehabilitering-2017-2019', 1, 1, 1, 1, 1, 0, null],
    // The five tiltak the notes quote of the plan's 17: planned, no deadline.
    ['handlingsplan-allmennlegetjenesten-2020-2024', 5, 0, 0, 0, null, null, 'noTargets'],
    ['leve-hele-livet', 0, 0, null, 0, null, null, 'noMeasures'],
    ['mestre-hele-livet', 0, 0, null, 0, null, null, 'noMeasures'],
  ])('%s: %i measures, %i completed, share %s, %i with target, on time %s, median %s, gap %s', (planId, total, completed, completedShare, withTarget, onTimeShare, median, gap) => {
    const row = rows.find((candidate) => candidate.planId === planId);
    expect(row && [row.total, row.completed, row.completedShare, row.withTarget, row.onTimeShare, row.medianSlippage, row.gap]).toEqual([
      total,
      completed,
      completedShare,
      withTarget,
      onTimeShare,
      median,
      gap,
    ]);
  });

  it('keeps the catalogue order and counts the plans', () => {
    expect(rows.map((row) => row.planId)).toEqual(FIXTURES.plans.map((plan) => plan.id));
    expect(planComparisonFacts(rows)).toEqual({ plans: 15, withMeasures: 6, judgedPlans: 3 });
  });

  it('says of a plan known only in part how many of its measures are registered, and keeps goals out of the counts', () => {
    const byId = new Map(rows.map((row) => [row.planId, row]));
    expect(byId.get('handlingsplan-allmennlegetjenesten-2020-2024')?.extent).toMatchObject({ registered: 5, total: 17 });
    expect(byId.get('bo-trygt-hjemme')?.extent).toMatchObject({ registered: 0, total: 93 });
    expect(byId.get('meld-st-26-2014-2015')?.extent).toBeNull();
    const mental = byId.get('opptrappingsplan-psykisk-helse-2023-2033');
    expect(mental?.goals).toHaveLength(1);
    expect(mental?.total).toBe(0);
    expect(plansWithGoals(rows).map((row) => row.planId)).toEqual(['opptrappingsplan-psykisk-helse-2023-2033']);
  });

  it('gives every plan a table row: figures for a plan with measures, only the words for a plan with none', () => {
    const table = planTableRows(rows);
    expect(table).toHaveLength(15);
    expect(table.filter((row) => row.kind === 'figures').map((row) => row.row.planId)).toEqual([
      'meld-st-26-2014-2015',
      'kompetanseloft-2020',
      'kompetanseloft-2025',
      'opptrappingsplan-rus-2016-2020',
      'opptrappingsplan-habilitering-rehabilitering-2017-2019',
      'handlingsplan-allmennlegetjenesten-2020-2024',
    ]);
    expect(table.filter((row) => row.kind === 'none')).toHaveLength(9);
  });

  it('says when a plan has targets but nothing can be judged yet', () => {
    const open = makeMeasure({ planId: 'p', status: 'planned', originalDeadline: { kind: 'by', point: yearPoint(2030), stated: { nb: '2030' } } });
    const [row] = planComparisonRows([open], [{ id: 'p', reference: 'P' }], TODAY);
    expect(row).toMatchObject({ total: 1, withTarget: 1, judged: 0, onTimeShare: null, gap: 'nothingJudged' });
  });
});
