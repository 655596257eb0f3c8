import { describe, expect, it } from 'vitest';
import { measurePageSchema, planListSchema } from '@/domain/api-contract';
import { apiFetch } from '../support/api-target';

async function get(path: string) {
  const response = await apiFetch(path);
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('several plans through the API', () => {
  it('lists every plan', async () => {
    const plans = planListSchema.parse((await get('/api/plans')).body);
    expect(plans.items.map((plan) => plan.reference)).toContain('Meld. St. 15 (2017–2018)');
    expect(plans.items).toHaveLength(15);
  });

  it('filters measures by a later plan, and keeps them apart from Meld. St. 26', async () => {
    const page = measurePageSchema.parse((await get('/api/measures?plan=kompetanseloft-2025&pageSize=100')).body);
    expect(page.items.map((item) => item.id)).toEqual(['k2025-01', 'k2025-02']);
    const all = measurePageSchema.parse((await get('/api/measures?pageSize=100')).body);
    // 28 of Meld. St. 26, 6 of the later plans, and the 5 tiltak of the action plan for general practice.
    expect(all.total).toBe(39);
  });
});
