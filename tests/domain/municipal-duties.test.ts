import { describe, expect, it } from 'vitest';
import { MELD_ST_26 } from '@mocks/fixtures';
import { municipalDuties } from '@/domain/municipal-duties';
import { DUTY_IDS_BY_DATE } from '../support/duties';

const ids = (duties: { obligation: { id: string } }[]) => duties.map((duty) => duty.obligation.id);

describe('municipalDuties on the Meld. St. 26 data', () => {
  it('lists every duty once, with all the measures behind it, in force today', () => {
    const { inForce, coming } = municipalDuties(MELD_ST_26.measures, '2026-11-23');
    expect(coming).toEqual([]);
    expect(ids(inForce)).toEqual(DUTY_IDS_BY_DATE);
    const psychologists = inForce.find((duty) => duty.obligation.id === 'hol-3-2-kjernekompetanse-2020');
    expect(psychologists?.measures.map((measure) => measure.number)).toEqual([1, 15, 24]);
  });

  it.each([
    ['the day before ø-hjelp applied', '2016-12-31', 'hol-3-5-ohjelp-psykisk-rus-2017', 'coming'],
    ['the day ø-hjelp applied', '2017-01-01', 'hol-3-5-ohjelp-psykisk-rus-2017', 'inForce'],
    ['psychologists in 2019', '2019-06-01', 'hol-3-2-kjernekompetanse-2020', 'coming'],
    ['psychologists from 2020', '2020-01-01', 'hol-3-2-kjernekompetanse-2020', 'inForce'],
  ] as const)('%s', (_name, date, id, group) => {
    const duties = municipalDuties(MELD_ST_26.measures, date);
    expect(ids(duties[group])).toContain(id);
  });

  it('has nothing in force before the first duty', () => {
    const { inForce, coming } = municipalDuties(MELD_ST_26.measures, '2016-01-01');
    expect(inForce).toEqual([]);
    expect(coming).toHaveLength(8);
  });
});
