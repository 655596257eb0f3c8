import { describe, expect, it } from 'vitest';
import type { Obligation, Outcome } from '@/domain/measure';
import { weakestVerification, type Verification } from '@/domain/source';
import { measureVerification } from '@/domain/verification';

const outcome = (verified: Verification): Outcome => ({ summary: { nb: 'Gjort.' }, verified });
const duty = (verified: Verification): Obligation => ({
  id: `plikt-${verified}`,
  legalReference: 'helse- og omsorgstjenesteloven § 3-2',
  inForce: { date: '2018-01-01', precision: 'day' },
  requires: { nb: 'Krav.' },
  plainLanguage: { nb: 'Kort sagt.' },
  verified,
});

describe('weakestVerification', () => {
  it.each<[Verification[], Verification]>([
    [[], 'verified'],
    [['verified'], 'verified'],
    [['verified', 'partial'], 'partial'],
    [['partial', 'verified', 'unverified'], 'unverified'],
    [['unverified', 'partial'], 'unverified'],
  ])('%j taken together are %s', (levels, expected) => {
    expect(weakestVerification(levels)).toBe(expected);
  });
});

describe('measureVerification', () => {
  it.each<[string, Verification, Outcome | null, Obligation[], Verification]>([
    ['verified throughout', 'verified', outcome('verified'), [duty('verified')], 'verified'],
    ['no outcome and no duties: its own level', 'verified', null, [], 'verified'],
    ['a partly confirmed duty (#18, the payment duty’s legal basis)', 'verified', outcome('verified'), [duty('partial')], 'partial'],
    ['a partly confirmed outcome', 'verified', outcome('partial'), [], 'partial'],
    ['its own level when that is the weakest', 'unverified', outcome('verified'), [duty('partial')], 'unverified'],
  ])('%s', (_name, verified, measureOutcome, obligations, expected) => {
    expect(measureVerification({ verified, outcome: measureOutcome, obligations })).toBe(expected);
  });
});
