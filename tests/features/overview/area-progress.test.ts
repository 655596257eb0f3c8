import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26_ID } from '@mocks/fixtures';
import { summarySchema, type Summary } from '@/domain/api-contract';
import type { Area } from '@/domain/area';
import { progressByArea } from '@/domain/progress';
import type { Status } from '@/domain/status';
import { areaProgressFacts, areaProgressRows, PROGRESS_ORDER } from '@/features/overview/utils/area-progress';
import { get } from '../../support/api';
import { db } from '@mocks/db';

// These tests describe Meld. St. 26 (2014–2015) and its 28 measures; the later plans have tests of their own.
beforeEach(() => {
  db.limitToPlans([MELD_ST_26_ID]);
});

const nb = (area: Area) => area.name.nb;

function summaryAreas(...measures: [string, Status][]): Summary['areas'] {
  return progressByArea(measures.map(([areaId, status]) => ({ areaId, status })), FIXTURES.areas);
}

describe('areaProgressRows', () => {
  it('today: one row per area in the plan’s order, with the counts the summary gives', async () => {
    const summary = summarySchema.parse((await get('/api/summary')).body);
    const rows = areaProgressRows(summary.areas, FIXTURES.areas, nb);
    expect(rows.map((row) => [row.name, row.kind, ...PROGRESS_ORDER.map((status) => row.counts[status]), row.total])).toEqual([
      ['Kompetanse', 'cross_cutting', 4, 0, 0, 0, 0, 0, 4],
      ['Ledelse', 'cross_cutting', 3, 0, 0, 0, 0, 0, 3],
      ['Teamorganisering', 'cross_cutting', 3, 0, 0, 0, 0, 0, 3],
      ['Barn og unge', 'service_area', 4, 0, 0, 0, 0, 0, 4],
      ['Psykisk helse og rus', 'service_area', 5, 0, 0, 0, 0, 0, 5],
      ['Omsorgstjenestene', 'service_area', 2, 0, 0, 1, 0, 0, 3],
      ['Rehabilitering', 'service_area', 4, 1, 0, 1, 0, 0, 6],
    ]);
  });

  it('names an area the catalogue does not know by its id', () => {
    const [row] = areaProgressRows([{ areaId: 'ukjent', counts: { planned: 1, in_progress: 0, at_risk: 0, completed: 0, cancelled: 0, replaced: 0 }, total: 1, completed: 0, completedShare: 0 }], FIXTURES.areas, nb);
    expect(row).toMatchObject({ name: 'ukjent', kind: null, total: 1 });
  });
});

describe('areaProgressFacts', () => {
  it.each<[string, Summary['areas'], ReturnType<typeof areaProgressFacts>]>([
    [
      'no measures: nothing behind',
      summaryAreas(),
      { total: 0, completed: 0, completedShare: 0, crossCutting: 3, serviceAreas: 4, behind: null },
    ],
    [
      'all completed: nothing behind',
      summaryAreas(['omsorg', 'completed'], ['ledelse', 'completed']),
      { total: 2, completed: 2, completedShare: 1, crossCutting: 3, serviceAreas: 4, behind: null },
    ],
    [
      'the lowest share completed is behind',
      summaryAreas(['omsorg', 'completed'], ['omsorg', 'planned'], ['ledelse', 'planned'], ['ledelse', 'completed'], ['ledelse', 'completed']),
      { total: 5, completed: 3, completedShare: 0.6, crossCutting: 3, serviceAreas: 4, behind: { name: 'Omsorgstjenestene', completed: 1, total: 2, completedShare: 0.5 } },
    ],
    [
      'a tie: the one with more left is behind',
      summaryAreas(['ledelse', 'planned'], ['omsorg', 'planned'], ['omsorg', 'at_risk']),
      { total: 3, completed: 0, completedShare: 0, crossCutting: 3, serviceAreas: 4, behind: { name: 'Omsorgstjenestene', completed: 0, total: 2, completedShare: 0 } },
    ],
    [
      'cancelled and replaced are not completed, so their area is behind',
      summaryAreas(['ledelse', 'cancelled'], ['ledelse', 'replaced'], ['omsorg', 'completed']),
      { total: 3, completed: 1, completedShare: 1 / 3, crossCutting: 3, serviceAreas: 4, behind: { name: 'Ledelse', completed: 0, total: 2, completedShare: 0 } },
    ],
  ])('%s', (_name, areas, facts) => {
    expect(areaProgressFacts(areaProgressRows(areas, FIXTURES.areas, nb))).toEqual(facts);
  });

  it('today: 25 of 28 completed; Rehabilitering (4 of 6) ties with Omsorgstjenestene (2 of 3) and has more left', async () => {
    const summary = summarySchema.parse((await get('/api/summary')).body);
    expect(areaProgressFacts(areaProgressRows(summary.areas, FIXTURES.areas, nb))).toEqual({
      total: 28,
      completed: 25,
      completedShare: 25 / 28,
      crossCutting: 3,
      serviceAreas: 4,
      behind: { name: 'Rehabilitering', completed: 4, total: 6, completedShare: 4 / 6 },
    });
  });
});
