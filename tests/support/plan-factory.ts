import type { Plan } from '@/domain/plan';
import type { PlanCreation } from '@/domain/plan-registration';

/** A source for test plans: a white paper that does not exist, at an address that looks like one. */
export function testSource(reference: string) {
  return { title: `Regjeringen.no: ${reference}`, url: `https://www.regjeringen.no/no/dokumenter/${reference.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/` };
}

/** The `plan` of POST /api/plans for a white paper that does not exist (Meld. St. <number> (2025–2026)). */
export function planDraft(number: number, overrides: Partial<PlanCreation['plan']> = {}): PlanCreation['plan'] {
  const reference = `Meld. St. ${number} (2025–2026)`;
  return {
    id: `meld-st-${number}-2025-2026`,
    reference,
    title: { nb: `Prøveplan ${number}` },
    kind: 'stortingsmelding',
    ministry: { nb: 'Helse- og omsorgsdepartementet' },
    published: { date: '2026-03-01', precision: 'day' },
    period: null,
    sources: [testSource(reference)],
    ...overrides,
  };
}

/** The same plan as stored: version 1, real. */
export function storedPlan(number: number, overrides: Partial<Plan> = {}): Plan {
  return { ...planDraft(number), synthetic: false, version: 1, ...overrides };
}
