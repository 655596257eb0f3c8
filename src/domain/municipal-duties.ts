import { endOf, startOf, type IsoDate } from './date-point';
import type { Measure, Obligation } from './measure';
import type { Status } from './status';

export interface DutySourceMeasure {
  id: string;
  planId: string;
  number: number;
  status: Status;
  title: Measure['title'];
}

export interface MunicipalDuty {
  obligation: Obligation;
  /** Every tracked measure that leads to this duty, in plan order. */
  measures: DutySourceMeasure[];
  /** True when the in-force date is known only to a year or month that contains the date asked about. */
  uncertain: boolean;
}

export interface MunicipalDuties {
  inForce: MunicipalDuty[];
  coming: MunicipalDuty[];
}

/**
 * The legal duties the tracked measures put on a municipality, as they stand on `date`: in force
 * (since when) or coming (from when). The duties in these plans apply to every municipality alike;
 * one duty reached through several measures is listed once, with all of them.
 */
export function municipalDuties(measures: readonly Measure[], date: IsoDate): MunicipalDuties {
  const byId = new Map<string, MunicipalDuty>();
  for (const measure of [...measures].sort((a, b) => a.planId.localeCompare(b.planId) || a.number - b.number)) {
    for (const obligation of measure.obligations) {
      let duty = byId.get(obligation.id);
      if (duty === undefined) {
        const uncertain = startOf(obligation.inForce) <= date && date < endOf(obligation.inForce);
        duty = { obligation, measures: [], uncertain };
        byId.set(obligation.id, duty);
      }
      duty.measures.push({ id: measure.id, planId: measure.planId, number: measure.number, status: measure.status, title: measure.title });
    }
  }
  const duties = [...byId.values()].sort(
    (a, b) => a.obligation.inForce.date.localeCompare(b.obligation.inForce.date) || a.obligation.id.localeCompare(b.obligation.id),
  );
  // A duty counts as in force from the first day it can have applied; `uncertain` says when that matters.
  return {
    inForce: duties.filter((duty) => startOf(duty.obligation.inForce) <= date),
    coming: duties.filter((duty) => startOf(duty.obligation.inForce) > date),
  };
}
