import { describe, expect, it } from 'vitest';
import { PLAN_ID_MAX } from '@/domain/plan-registration';
import { idSchema } from '@/domain/plan';
import { planIdFromReference } from '@/features/plans/utils/plan-slug';

describe('planIdFromReference: the id a reference suggests', () => {
  it.each([
    ['Meld. St. 23 (2022–2023)', 'meld-st-23-2022-2023'],
    // The dataset's own id for Meld. St. 26: a second registration of it meets the plan that has it (409).
    ['Meld. St. 26 (2014–2015)', 'meld-st-26-2014-2015'],
    ['Prop. 71 L (2016–2017)', 'prop-71-l-2016-2017'],
    ['Opptrappingsplan for barn og unges psykiske helse (2019–2024)', 'opptrappingsplan-for-barn-og-unges-psykiske-helse-2019-2024'],
    ['Leve hele livet – en kvalitetsreform for eldre', 'leve-hele-livet-en-kvalitetsreform-for-eldre'],
    ['Bærekraftig øko-omsorg på Ås', 'baerekraftig-oko-omsorg-pa-as'],
    ['  «Kompetanseløft 2025»  ', 'kompetanselo-ft-2025'.replace('lo-ft', 'loft')],
    ['Strategi für Gesundheit', 'strategi-fur-gesundheit'],
    ['–––', ''],
    ['', ''],
  ])('%j → %j', (reference, id) => {
    expect(planIdFromReference(reference)).toBe(id);
  });

  it('is at most PLAN_ID_MAX characters, cut at a hyphen, and always a valid id', () => {
    const id = planIdFromReference('Nasjonal strategi for kompetanse og rekruttering i de kommunale helse- og omsorgstjenestene (2026–2030)');
    expect(id).toBe('nasjonal-strategi-for-kompetanse-og-rekruttering-i-de');
    expect(id.length).toBeLessThanOrEqual(PLAN_ID_MAX);
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(planIdFromReference('a'.repeat(100))).toBe('a'.repeat(PLAN_ID_MAX));
  });
});
