import type { Measure } from './measure';
import { weakestVerification, type Verification } from './source';

/**
 * How well a measure's facts are backed, taken together: its own level, and no stronger than what became of it
 * (the outcome) or any duty it puts on the municipalities. The measure's badge shows this, so that it never says
 * «Verifisert» above a fact that is only partly confirmed.
 */
export function measureVerification(measure: Pick<Measure, 'verified' | 'outcome' | 'obligations'>): Verification {
  return weakestVerification([
    measure.verified,
    ...(measure.outcome ? [measure.outcome.verified] : []),
    ...measure.obligations.map((obligation) => obligation.verified),
  ]);
}
