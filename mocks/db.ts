import * as z from 'zod/mini';
import type { Area } from '@/domain/area';
import { measureSchema, type Measure } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { DATASET_VERSION, FIXTURES } from './fixtures';

/** Where the mock keeps its data between page loads. Tests use none: the data lives in memory. */
export interface Persistence {
  load(): unknown;
  save(value: unknown): void;
  clear(): void;
}

const storedSchema = z.object({ version: z.string(), measures: z.array(measureSchema) });

function seedMeasures(): Measure[] {
  return structuredClone(FIXTURES.measures);
}

/**
 * The mock API's store. It starts from the fixtures, and in the browser it saves every change so
 * that edits survive a reload. Stored data from another dataset version, or that no longer passes
 * the schema, is replaced by the fixtures rather than half-used.
 */
class MockDb {
  private measures = new Map<string, Measure>();
  private persistence: Persistence | null = null;

  constructor() {
    this.seed();
  }

  plans(): readonly Plan[] {
    return FIXTURES.plans;
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
    this.persist();
  }

  /** Back to the fixtures, in memory and in the browser's storage. */
  reset(): void {
    this.seed();
    this.persistence?.clear();
  }

  /** Loads what the browser saved, when it is valid for this dataset version. */
  usePersistence(persistence: Persistence): { restored: boolean } {
    this.persistence = persistence;
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
    this.measures = new Map(seedMeasures().map((measure) => [measure.id, measure]));
  }

  private persist(): void {
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
