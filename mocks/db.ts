import * as z from 'zod/mini';
import type { Area } from '@/domain/area';
import { measureSchema, type Measure } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { REAL_DATASET, type DatasetChoice } from './dataset';
import { DATASET_VERSION, FIXTURES } from './fixtures';
import { generateSyntheticMeasures, SYNTHETIC_PLANS } from './fixtures/synthetic';

/** Where the mock keeps its data between page loads. Tests use none: the data lives in memory. */
export interface Persistence {
  load(): unknown;
  save(value: unknown): void;
  clear(): void;
}

const storedSchema = z.object({ version: z.string(), measures: z.array(measureSchema) });

function seedMeasures(onlyPlans: ReadonlySet<string> | null): Measure[] {
  return structuredClone(onlyPlans === null ? FIXTURES.measures : FIXTURES.measures.filter((measure) => onlyPlans.has(measure.planId)));
}

/**
 * The mock API's store. It starts from the fixtures, and in the browser it saves every change so
 * that edits survive a reload. Stored data from another dataset version, or that no longer passes
 * the schema, is replaced by the fixtures rather than half-used.
 *
 * It can serve a large synthetic dataset instead (see dataset.ts): generated in memory, with plans of
 * its own, and never saved, so that the real data (and the user's edits to it) stay as they were.
 */
class MockDb {
  private measures = new Map<string, Measure>();
  private persistence: Persistence | null = null;
  private dataset: DatasetChoice = REAL_DATASET;
  /** Tests that describe one plan serve only that plan's fixtures (see limitToPlans). */
  private onlyPlans: ReadonlySet<string> | null = null;
  /** Counts changes, so that a cache of derived results knows when it is stale. */
  private changes = 0;

  constructor() {
    this.seed();
  }

  get revision(): number {
    return this.changes;
  }

  get currentDataset(): DatasetChoice {
    return this.dataset;
  }

  plans(): readonly Plan[] {
    if (this.dataset.kind === 'large') return SYNTHETIC_PLANS;
    const onlyPlans = this.onlyPlans;
    return onlyPlans === null ? FIXTURES.plans : FIXTURES.plans.filter((plan) => onlyPlans.has(plan.id));
  }

  areas(): readonly Area[] {
    return FIXTURES.areas;
  }

  allMeasures(): Measure[] {
    return [...this.measures.values()];
  }

  measure(id: string): Measure | undefined {
    return this.measures.get(id);
  }

  saveMeasure(measure: Measure): void {
    this.measures.set(measure.id, measure);
    this.changes += 1;
    this.persist();
  }

  /**
   * Back to the start of the dataset served: the fixtures (in memory and in the browser's storage),
   * or a freshly generated synthetic dataset, which leaves the stored real data alone.
   */
  reset(): void {
    this.seed();
    if (this.dataset.kind === 'real') this.persistence?.clear();
  }

  /**
   * For tests: serve only these plans of the fixtures (null: all of them), starting afresh. Route tests
   * written against the numbers of one plan use it; tests/setup.ts restores all plans before each test.
   */
  limitToPlans(planIds: readonly string[] | null): void {
    this.onlyPlans = planIds === null ? null : new Set(planIds);
    this.seed();
  }

  /** Serves the real data (as stored, when there is storage) or a synthetic dataset of the given size. */
  useDataset(dataset: DatasetChoice): void {
    this.dataset = dataset;
    if (dataset.kind === 'real' && this.persistence !== null) this.restore(this.persistence);
    else this.seed();
  }

  /** Loads what the browser saved, when it is valid for this dataset version. */
  usePersistence(persistence: Persistence): { restored: boolean } {
    this.persistence = persistence;
    this.dataset = REAL_DATASET;
    return this.restore(persistence);
  }

  private restore(persistence: Persistence): { restored: boolean } {
    this.changes += 1;
    const parsed = storedSchema.safeParse(persistence.load());
    if (!parsed.success || parsed.data.version !== DATASET_VERSION) {
      this.seed();
      persistence.clear();
      return { restored: false };
    }
    this.measures = new Map(parsed.data.measures.map((measure) => [measure.id, measure]));
    return { restored: true };
  }

  private seed(): void {
    this.changes += 1;
    const measures = this.dataset.kind === 'large' ? generateSyntheticMeasures(this.dataset.size) : seedMeasures(this.onlyPlans);
    this.measures = new Map(measures.map((measure) => [measure.id, measure]));
  }

  private persist(): void {
    // Synthetic data lives in memory only: storing it would overwrite the real data.
    if (this.dataset.kind !== 'real') return;
    this.persistence?.save({ version: DATASET_VERSION, measures: this.allMeasures() });
  }
}

export const db = new MockDb();

export function localStoragePersistence(key = 'tiltaksmonitor:mock-db'): Persistence {
  return {
    load() {
      const raw = window.localStorage.getItem(key);
      if (raw === null) return null;
      try {
        return JSON.parse(raw) as unknown;
      } catch {
        return null;
      }
    },
    save(value) {
      window.localStorage.setItem(key, JSON.stringify(value));
    },
    clear() {
      window.localStorage.removeItem(key);
    },
  };
}
