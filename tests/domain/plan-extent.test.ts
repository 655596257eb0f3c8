import { describe, expect, it } from 'vitest';
import { planExtent, planGoals, registeredByPlan } from '@/domain/plan-extent';

const SOURCE = { title: 'Kilde', url: 'https://example.org/plan' };

describe('planExtent', () => {
  it('says how many of the plan’s measures are registered, with the source of the count', () => {
    expect(planExtent({ measuresInPlan: { count: 17, source: SOURCE } }, 5)).toEqual({ registered: 5, total: 17, source: SOURCE });
    expect(planExtent({ measuresInPlan: { count: 93, source: SOURCE } }, 0)).toEqual({ registered: 0, total: 93, source: SOURCE });
  });

  it('is null for a plan whose every measure is registered (no count)', () => {
    expect(planExtent({}, 28)).toBeNull();
  });

  it('never says fewer in the plan than are registered', () => {
    expect(planExtent({ measuresInPlan: { count: 3, source: SOURCE } }, 4)).toMatchObject({ registered: 4, total: 4 });
  });
});

describe('planGoals', () => {
  it('gives the goals, or none', () => {
    const goal = { text: { nb: 'Mål', nn: 'Mål', en: 'Goal' }, source: SOURCE };
    expect(planGoals({ goals: [goal] })).toEqual([goal]);
    expect(planGoals({})).toEqual([]);
  });
});

describe('registeredByPlan', () => {
  it('counts the measures of each plan asked for, 0 for a plan with none, and ignores other plans', () => {
    const counts = registeredByPlan([{ planId: 'a' }, { planId: 'a' }, { planId: 'c' }], ['a', 'b']);
    expect(Object.fromEntries(counts)).toEqual({ a: 2, b: 0 });
  });
});
