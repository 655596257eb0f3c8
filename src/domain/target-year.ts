import type { IsoDate } from './date-point';
import type { Deadline } from './deadline';
import type { Measure } from './measure';
import { slippage, type Slippage } from './slippage';

/**
 * The one definition of "a measure with a target year", used by every page that counts them (the overview's
 * deadline and burn-up panels, the analysis):
 *
 * - A measure has a **target year** when the plan's *original* deadline names a year by which it is to be done:
 *   "i 2016", "fra 2017" (in force from), and "tidligst fra 2017" (the year the plan pointed to, as the research
 *   notes treat #18). Later moves of the deadline do not change it.
 * - "frem til 2020" is **not a target**: it says how long something runs, not when it is due.
 * - Of those with a target year: **on time** = completed in or before the target year; **late** = completed
 *   after it; **open, past the target** = still open after the end of the target year (a "tidligst fra" target
 *   is never called late while open: the plan promised nothing by then); **open** = not yet due; and the rest
 *   (completed on an unknown date, cancelled or replaced) are not judged.
 */
export type TargetOutcome = 'on_time' | 'late' | 'open_late' | 'open' | 'done_date_unknown' | 'closed' | 'no_target' | 'not_a_target';

type TargetFields = Pick<Measure, 'originalDeadline' | 'status' | 'completedOn'>;

/** Whether a plan's deadline gives the measure a target year (see above). */
export function isTargetDeadline(deadline: Deadline | null): deadline is Deadline {
  return deadline !== null && deadline.kind !== 'until';
}

/** A measure's outcome against its target year on `today` (the date the page shows). */
export function targetOutcome(measure: TargetFields, today: IsoDate): TargetOutcome {
  return outcomeOf(slippage(measure, today));
}

/** Whether a slippage already worked out is of a measure with a target year (see above). */
export function hasTargetYear(result: Slippage): boolean {
  const outcome = outcomeOf(result);
  return outcome !== 'no_target' && outcome !== 'not_a_target';
}

/** The same, from a slippage already worked out. */
export function outcomeOf(result: Slippage): TargetOutcome {
  switch (result.state) {
    case 'no_target':
      return 'no_target';
    case 'not_a_deadline':
      return 'not_a_target';
    case 'done':
      return (result.years ?? 0) <= 0 ? 'on_time' : 'late';
    default:
      return result.state;
  }
}

export interface TargetCounts {
  /** Every measure counted. */
  total: number;
  /** With a target year. */
  withTarget: number;
  onTime: number;
  late: number;
  openLate: number;
  /** Open and not yet past the target year. */
  open: number;
  doneDateUnknown: number;
  closed: number;
  /** Without a target year: the plan named no year. */
  noTarget: number;
  /** Without a target year: the plan's year says how long something runs ("frem til"). */
  notATarget: number;
}

/** The counts every page states about target years, from the one definition above. */
export function countTargets(measures: readonly TargetFields[], today: IsoDate): TargetCounts {
  const counts: TargetCounts = { total: 0, withTarget: 0, onTime: 0, late: 0, openLate: 0, open: 0, doneDateUnknown: 0, closed: 0, noTarget: 0, notATarget: 0 };
  for (const measure of measures) {
    counts.total += 1;
    const outcome = targetOutcome(measure, today);
    if (outcome === 'no_target') counts.noTarget += 1;
    else if (outcome === 'not_a_target') counts.notATarget += 1;
    else {
      counts.withTarget += 1;
      if (outcome === 'on_time') counts.onTime += 1;
      else if (outcome === 'late') counts.late += 1;
      else if (outcome === 'open_late') counts.openLate += 1;
      else if (outcome === 'open') counts.open += 1;
      else if (outcome === 'done_date_unknown') counts.doneDateUnknown += 1;
      else counts.closed += 1;
    }
  }
  return counts;
}
