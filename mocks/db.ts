import * as z from 'zod/mini';
import type { Area } from '@/domain/area';
import { measureSchema, type Measure } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { REAL_DATASET, type DatasetChoice } from './dataset';
import { DATASET_VERSION } from './fixtures/version';

/** Where the mock keeps its data between page loads. Tests use none: the data lives in memory. */
export interface Persistence {
  load(): unknown;
  save(value: unknown): void;
  clear(): void;
}

const storedSchema = z.object({ version: z.string(), measures: z.array(measureSchema) });

type Fixtures = (typeof import('./fixtures'))['FIXTURES'];
type Synthetic = typeof import('./fixtures/synthetic');

/**
 * The data files, each loaded when first needed rather than with the mock: the real dataset when a request
 * first needs data, the synthetic generator only for `?dataset=large`. (The municipalities load with their
 * own endpoints, see handlers/municipalities.ts.)
 */
const dataFiles = {
  fixtures: null as Fixtures | null,
  synthetic: null as Synthetic | null,
  loadFixtures: () => import('./fixtures').then((module) => (dataFiles.fixtures = module.FIXTURES)),
  loadSynthetic: () => import('./fixtures/synthetic').then((module) => (dataFiles.synthetic = module)),
};

/**
 * The mock API's store. It starts from the fixtures, and in the browser it saves every change so
 * that edits survive a reload. Stored data from another dataset version, or that no longer passes
 * the schema, is replaced by the fixtures rather than half-used.
 *
 * It can serve a large synthetic dataset instead (see dataset.ts): generated in memory, with plans of
 * its own, and never saved, so that the real data (and the user's edits to it) stay as they were.
 *
 * The data it serves loads on demand: every request waits for `ready()` (handlers/http.ts), which loads
 * what the chosen dataset needs and then seeds or restores the store. After that, everything is synchronous.
 */
class MockDb {
  private measures: Map<string, Measure> | null = null;
  private persistence: Persistence | null = null;
  private dataset: DatasetChoice = REAL_DATASET;
  /** Tests that describe one plan serve only that plan's fixtures (see limitToPlans). */
  private onlyPlans: ReadonlySet<string> | null = null;
  /** What the store does once its data files are there: start from the data, or from what was saved. */
  private pending: 'seed' | 'restore' | null = 'seed';
  /** Counts changes, so that a cache of derived results knows when it is stale. */
  private changes = 0;

  get revision(): number {
    return this.changes;
  }

  get currentDataset(): DatasetChoice {
    return this.dataset;
  }

  /** Loads the data files the dataset being served needs (once), then settles the store. */
  async ready(): Promise<void> {
    if (dataFiles.fixtures === null) await dataFiles.loadFixtures();
    if (this.dataset.kind === 'large' && dataFiles.synthetic === null) await dataFiles.loadSynthetic();
    this.settle();
  }

  /** Every data file at once, so that tests can use the store synchronously (tests/setup.ts). */
  async loadEverything(): Promise<void> {
    await Promise.all([dataFiles.loadFixtures(), dataFiles.loadSynthetic()]);
    this.settle();
  }

  plans(): readonly Plan[] {
    if (this.dataset.kind === 'large') return this.files().synthetic.SYNTHETIC_PLANS;
    const onlyPlans = this.onlyPlans;
    const { plans } = this.files().fixtures;
    return onlyPlans === null ? plans : plans.filter((plan) => onlyPlans.has(plan.id));
  }

  areas(): readonly Area[] {
    return this.files().fixtures.areas;
  }

  allMeasures(): Measure[] {
    return [...this.store().values()];
  }

  measure(id: string): Measure | undefined {
    return this.store().get(id);
  }

  saveMeasure(measure: Measure): void {
    this.store().set(measure.id, measure);
    this.changes += 1;
    this.persist();
  }

  /**
   * Back to the start of the dataset served: the fixtures (in memory and in the browser's storage),
   * or a freshly generated synthetic dataset, which leaves the stored real data alone.
   */
  reset(): void {
    this.schedule('seed');
    if (this.dataset.kind === 'real') this.persistence?.clear();
  }

  /**
   * For tests: serve only these plans of the fixtures (null: all of them), starting afresh. Route tests
   * written against the numbers of one plan use it; tests/setup.ts restores all plans before each test.
   */
  limitToPlans(planIds: readonly string[] | null): void {
    this.onlyPlans = planIds === null ? null : new Set(planIds);
    this.schedule('seed');
  }

  /** Serves the real data (as stored, when there is storage) or a synthetic dataset of the given size. */
  useDataset(dataset: DatasetChoice): void {
    this.dataset = dataset;
    this.schedule(dataset.kind === 'real' && this.persistence !== null ? 'restore' : 'seed');
  }

  /** Loads what the browser saved (when it is valid for this dataset version) once the data is there. */
  usePersistence(persistence: Persistence): void {
    this.persistence = persistence;
    this.dataset = REAL_DATASET;
    this.schedule('restore');
  }

  /** The data files, which every request has waited for (see ready()); tests load them in tests/setup.ts. */
  private files(): { fixtures: Fixtures; synthetic: Synthetic } {
    const { fixtures, synthetic } = dataFiles;
    if (fixtures === null || (this.dataset.kind === 'large' && synthetic === null)) throw new Error('The mock data is not loaded yet: await db.ready() first');
    return { fixtures, synthetic: synthetic as Synthetic };
  }

  private store(): Map<string, Measure> {
    this.settle();
    return this.measures as Map<string, Measure>;
  }

  private schedule(next: 'seed' | 'restore'): void {
    this.changes += 1;
    this.pending = next;
    // With the data files already there (every request after the first), the change takes effect at once.
    if (dataFiles.fixtures !== null && (this.dataset.kind !== 'large' || dataFiles.synthetic !== null)) this.settle();
  }

  private settle(): void {
    const pending = this.pending;
    if (pending === null) return;
    const { fixtures, synthetic } = this.files();
    this.pending = null;
    if (pending === 'restore' && this.persistence !== null && this.restore(this.persistence)) return;
    this.measures = new Map(this.seedMeasures(fixtures, synthetic).map((measure) => [measure.id, measure]));
  }

  private seedMeasures(fixtures: Fixtures, synthetic: Synthetic): Measure[] {
    if (this.dataset.kind === 'large') return synthetic.generateSyntheticMeasures(this.dataset.size);
    const onlyPlans = this.onlyPlans;
    return structuredClone(onlyPlans === null ? fixtures.measures : fixtures.measures.filter((measure) => onlyPlans.has(measure.planId)));
  }

  /** What the browser saved, when it is valid for this dataset version; otherwise the saved copy goes. */
  private restore(persistence: Persistence): boolean {
    const parsed = storedSchema.safeParse(persistence.load());
    if (!parsed.success || parsed.data.version !== DATASET_VERSION) {
      persistence.clear();
      return false;
    }
    this.measures = new Map(parsed.data.measures.map((measure) => [measure.id, measure]));
    return true;
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
