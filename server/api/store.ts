import type { Area } from '@/domain/area';
import type { Measure } from '@/domain/measure';
import type { Municipality } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';

/**
 * What the API's handlers need from where the data lives. The embedded mock keeps it in the browser
 * (mocks/db.ts); the server keeps it in PostgreSQL (server/store/sql-store.ts). The rules (queries, as-of
 * replay, change validation, problem documents) are the handlers' own and do not differ between the two.
 */
export interface DataSnapshot {
  /** Changes whenever anything the snapshot holds changes: a cache of derived results is keyed by it. */
  readonly revision: string;
  readonly plans: readonly Plan[];
  readonly areas: readonly Area[];
  /** Every measure, with its whole history in the order it was recorded. */
  readonly measures: readonly Measure[];
}

export interface MunicipalityRegister {
  readonly municipalities: readonly Municipality[];
  readonly source: { title: string; url: string; validFrom: string };
}

export interface ApiStore {
  /** The data as it is now (one consistent read). */
  snapshot(): Promise<DataSnapshot>;
  /** The municipalities and the register they come from. */
  municipalityRegister(): Promise<MunicipalityRegister>;
  /**
   * Saves a measure edited from version `basedOn`, with the history entries it gained, all or nothing.
   * Throws StaleVersionError when the stored version is no longer `basedOn` (nothing changed), NotSavedError
   * when the storage did not keep it.
   */
  saveMeasure(measure: Measure, basedOn: number): Promise<void>;
  /**
   * Saves a plan with the measures registered with it, all or nothing. `basedOn` null: a new plan (PlanExistsError
   * when its id is taken); otherwise the version the change was made from (StalePlanError, with the plan as stored,
   * when it has moved on). The new measures' ids are ones no measure has; NotSavedError as for saveMeasure.
   */
  savePlan(plan: Plan, basedOn: number | null, newMeasures: readonly Measure[]): Promise<void>;
}

/** The plan changed is no longer at the version edited: someone saved in between. Carries the plan as stored. */
export class StalePlanError extends Error {
  constructor(readonly current: Plan) {
    super(`Plan ${current.id} is at version ${current.version}`);
    this.name = 'StalePlanError';
  }
}

/** A new plan's id (or one of its measures') is taken: carries the plan that has it. */
export class PlanExistsError extends Error {
  constructor(readonly current: Plan) {
    super(`A plan has the id ${current.id}`);
    this.name = 'PlanExistsError';
  }
}

/** The version edited is no longer the stored one: someone saved in between. Carries the measure as stored. */
export class StaleVersionError extends Error {
  constructor(readonly current: Measure) {
    super(`Measure ${current.id} is at version ${current.version}`);
    this.name = 'StaleVersionError';
  }
}

/** A write that was not kept: the store is as it was before. `storageFull` when the storage had no room for it. */
export class NotSavedError extends Error {
  constructor(
    readonly storageFull: boolean,
    options?: ErrorOptions,
  ) {
    super(storageFull ? 'The storage is full: nothing was saved' : 'The storage failed: nothing was saved', options);
    this.name = 'NotSavedError';
  }
}
