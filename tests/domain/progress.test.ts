import { describe, expect, it } from 'vitest';
import { overallProgress, progressByArea } from '@/domain/progress';
import type { Status } from '@/domain/status';

const areas = [
  { id: 'b', order: 2 },
  { id: 'a', order: 1 },
  { id: 'empty', order: 3 },
];

function measures(...pairs: [string, Status][]) {
  return pairs.map(([areaId, status]) => ({ areaId, status }));
}

describe('progressByArea', () => {
  it('counts by status per area, in area order, keeping empty areas', () => {
    const rows = progressByArea(measures(['a', 'completed'], ['a', 'planned'], ['b', 'completed'], ['b', 'completed'], ['b', 'at_risk']), areas);
    expect(rows.map((row) => [row.areaId, row.total, row.completed, row.completedShare])).toEqual([
      ['a', 2, 1, 0.5],
      ['b', 3, 2, 2 / 3],
      ['empty', 0, 0, 0],
    ]);
    expect(rows[1]?.counts).toEqual({ planned: 0, in_progress: 0, at_risk: 1, completed: 2, cancelled: 0, replaced: 0 });
  });

  it('keeps measures of an unknown area under their own id instead of dropping them', () => {
    const rows = progressByArea(measures(['ghost', 'planned']), areas);
    expect(rows.at(-1)).toMatchObject({ areaId: 'ghost', total: 1 });
  });

  it('counts cancelled and replaced in the total but not as completed', () => {
    const [row] = progressByArea(measures(['a', 'cancelled'], ['a', 'replaced'], ['a', 'completed'], ['a', 'in_progress']), [{ id: 'a', order: 1 }]);
    expect(row).toMatchObject({ total: 4, completed: 1, completedShare: 0.25 });
  });
});

describe('overallProgress', () => {
  it.each<[Status[], number, number]>([
    [[], 0, 0],
    [['completed'], 1, 1],
    [['completed', 'planned', 'planned', 'in_progress'], 4, 0.25],
  ])('%o → total %i, share %d', (statuses, total, share) => {
    const result = overallProgress(statuses.map((status) => ({ status })));
    expect(result.total).toBe(total);
    expect(result.completedShare).toBe(share);
  });
});
