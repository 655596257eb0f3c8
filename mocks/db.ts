import * as z from 'zod/mini';
import type { Area } from '@/domain/area';
import { measureSchema, type Measure } from '@/domain/measure';
import { planSchema, planStart, type Plan } from '@/domain/plan';
import { upgradeNoticeSchema, type UpgradeNotice } from '@/domain/upgrade-notice';
import { today } from '@/lib/clock';
import { carryOver, mergeNotices, userChangesOf } from './carry-over';
import { REAL_DATASET, type DatasetChoice } from './dataset';
import { DATASET_VERSION } from './fixtures/version';
import { NotSavedError, PlanExistsError, StalePlanError, StaleVersionError, type ApiStore, type DataSnapshot, type MunicipalityRegister } from '../server/api/store';

export { NotSavedError, StaleVersionError };

/**
 * Where the mock keeps its data between page loads, shared by the tabs of a browser. Tests use none (the data lives
 * in memory), or a fake over a shared object to play two tabs (tests/support/fake-persistence.ts).
 */
export interface Persistence {
  load(): unknown;
  /** Stores the value, or throws and keeps what was stored (a full storage throws a `QuotaExceededError`). */
  save(value: unknown): void;
  clear(): void;
  /**
   * A mark that changes whenever what is stored changes, by this tab or another: cheap to read, so that the
   * store checks it before every read and write. Null when nothing was stored.
   */
  stamp(): string | null;
}

/**
 * The store as saved: the plans and measures of one dataset version, and what the last upgrade has to tell the user.
 * (Copies saved before plans could be registered have no `plans`: they are the dataset's.)
 */
const storedSchema = z.object({ version: z.string(), plans: z.optional(z.array(planSchema)), measures: z.array(measureSchema), upgrade: z.optional(upgradeNoticeSchema) });
/** What is left of a store the schemas no longer accept as a whole: the user's changes are taken out of it one by one. */
const looseStoredSchema = z.object({ version: z.optional(z.string()), plans: z.optional(z.array(z.unknown())), measures: z.array(z.unknown()), upgrade: z.optional(z.unknown()) });

/** Whether a storage error means that there was no room (the names differ between browsers). */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof DOMException)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

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
 * the schema, is replaced by the fixtures rather than half-used, with the user's own changes carried
 * over on top (carry-over.ts); those that cannot be are kept aside in the store for the
 * user to see and download (`upgradeNotice()`, GET /api/upgrade-notice).
 *
 * A change is all or nothing: the store takes it only once the storage has kept it. The tabs of a browser
 * share the storage: before every read and write the store checks the storage's stamp and reads again what
 * another tab saved, and a write on top of a version that is no longer the stored one is refused
 * (StaleVersionError, a 409), so that one tab never overwrites another's changes.
 *
 * It can serve a large synthetic dataset instead (see dataset.ts): generated in memory, with plans of
 * its own, and never saved, so that the real data (and the user's edits to it) stay as they were.
 *
 * The data it serves loads on demand: every request waits for `ready()` (handlers/http.ts), which loads
 * what the chosen dataset needs and then seeds or restores the store. After that, everything is synchronous.
 */
export class MockDb implements ApiStore {
  private measures: Map<string, Measure> | null = null;
  /** The plans served: the dataset's, and those registered in this browser (POST /api/plans). */
  private planList: Plan[] | null = null;
  private persistence: Persistence | null = null;
  /** The storage's stamp when this store last read or wrote it: another one means another tab saved. */
  private seenStamp: string | null = null;
  /** The 357 municipalities, loaded when first asked for, not with the rest of the mock. */
  private register: Promise<MunicipalityRegister> | null = null;
  /** What the last upgrade of the stored data has to tell the user (real data only). */
  private notice: UpgradeNotice | null = null;
  private dataset: DatasetChoice = REAL_DATASET;
  /** Tests that describe one plan serve only that plan's fixtures (see limitToPlans). */
  private onlyPlans: ReadonlySet<string> | null = null;
  /** What the store does once its data files are there: start from the data, or from what was saved. */
  private pending: 'seed' | 'restore' | null = 'seed';
  /** Counts changes, so that a cache of derived results knows when it is stale. */
  private changes = 0;

  get revision(): number {
    this.sync();
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

  /** The store for the API's handlers (server/api): the data as it is now. */
  snapshot(): Promise<DataSnapshot> {
    return Promise.resolve({ revision: String(this.revision), plans: this.plans(), areas: this.areas(), measures: this.allMeasures() });
  }

  municipalityRegister(): Promise<MunicipalityRegister> {
    this.register ??= import('./fixtures/municipalities').then(({ municipalities, MUNICIPALITY_SOURCE }) => ({
      municipalities: municipalities(),
      source: { ...MUNICIPALITY_SOURCE },
    }));
    return this.register;
  }

  plans(): readonly Plan[] {
    this.store();
    return this.planList as Plan[];
  }

  /** The plans a dataset starts with. */
  private seedPlans(fixtures: Fixtures, synthetic: Synthetic): Plan[] {
    if (this.dataset.kind === 'large') return [...synthetic.SYNTHETIC_PLANS];
    const onlyPlans = this.onlyPlans;
    return structuredClone(onlyPlans === null ? fixtures.plans : fixtures.plans.filter((plan) => onlyPlans.has(plan.id)));
  }

  /**
   * Saves a plan (new when `basedOn` is null) with the measures registered with it, all or nothing, as
   * saveMeasure does: PlanExistsError, StalePlanError (another tab saved since), NotSavedError.
   */
  savePlan(plan: Plan, basedOn: number | null, newMeasures: readonly Measure[]): Promise<void> {
    try {
      const store = this.store();
      const plans = this.planList as Plan[];
      const stored = plans.find((candidate) => candidate.id === plan.id);
      if (basedOn === null && stored !== undefined) throw new PlanExistsError(stored);
      if (basedOn !== null && (stored === undefined || stored.version !== basedOn)) throw stored === undefined ? new NotSavedError(false) : new StalePlanError(stored);
      if (stored !== undefined && newMeasures.some((measure) => store.has(measure.id))) throw new StalePlanError(stored);
      const nextPlans = stored === undefined ? [...plans, plan] : plans.map((candidate) => (candidate.id === plan.id ? plan : candidate));
      const next = new Map(store);
      for (const measure of newMeasures) next.set(measure.id, measure);
      this.persist(next, this.notice, nextPlans);
      this.measures = next;
      this.planList = nextPlans;
      this.changes += 1;
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
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

  /**
   * Saves a measure (edited from version `basedOn` of the stored one, when given), or throws with nothing
   * changed: StaleVersionError when the stored version has moved on (another tab saved since), NotSavedError
   * when the storage did not keep it. What another tab stored is read first, so its changes stay.
   */
  saveMeasure(measure: Measure, basedOn?: number): Promise<void> {
    try {
      this.saveMeasureNow(measure, basedOn);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** saveMeasure, at once (for tests that arrange the store). */
  saveMeasureNow(measure: Measure, basedOn?: number): void {
    const store = this.store();
    const stored = store.get(measure.id);
    if (basedOn !== undefined && stored !== undefined && stored.version !== basedOn) throw new StaleVersionError(stored);
    const next = new Map(store).set(measure.id, measure);
    this.persist(next, this.notice, this.planList as Plan[]);
    this.measures = next;
    this.changes += 1;
  }

  /** What the last upgrade of the stored data did with the user's changes, until they dismiss it; null if nothing. */
  upgradeNotice(): UpgradeNotice | null {
    this.store();
    return this.notice;
  }

  /** Forgets the notice (the user has read it, and downloaded what was set aside). Throws NotSavedError as above. */
  dismissUpgradeNotice(): void {
    const store = this.store();
    if (this.notice === null) return;
    this.persist(store, null, this.planList as Plan[]);
    this.notice = null;
  }

  /**
   * Back to the start of the dataset served: the fixtures (in memory and in the browser's storage),
   * or a freshly generated synthetic dataset, which leaves the stored real data alone.
   */
  reset(): void {
    this.schedule('seed');
    if (this.dataset.kind === 'real' && this.persistence !== null) {
      this.persistence.clear();
      this.seenStamp = this.persistence.stamp();
    }
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

  /** Loads what the browser saved (carried over to this dataset version) once the data is there; null: memory only. */
  usePersistence(persistence: Persistence | null): void {
    this.persistence = persistence;
    this.seenStamp = null;
    this.dataset = REAL_DATASET;
    this.schedule(persistence === null ? 'seed' : 'restore');
  }

  /** The data files, which every request has waited for (see ready()); tests load them in tests/setup.ts. */
  private files(): { fixtures: Fixtures; synthetic: Synthetic } {
    const { fixtures, synthetic } = dataFiles;
    if (fixtures === null || (this.dataset.kind === 'large' && synthetic === null)) throw new Error('The mock data is not loaded yet: await db.ready() first');
    return { fixtures, synthetic: synthetic as Synthetic };
  }

  private store(): Map<string, Measure> {
    this.sync();
    this.settle();
    return this.measures as Map<string, Measure>;
  }

  /** When another tab has saved since this store last read the storage, reads it again (at the next settle). */
  private sync(): void {
    if (this.pending !== null || this.persistence === null || this.dataset.kind !== 'real') return;
    if (this.persistence.stamp() === this.seenStamp) return;
    this.pending = 'restore';
    this.changes += 1;
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
    this.notice = null;
    this.planList = this.seedPlans(fixtures, synthetic);
    if (pending === 'restore' && this.persistence !== null && this.dataset.kind === 'real') {
      this.restore(this.persistence, this.seedMeasures(fixtures, synthetic));
      return;
    }
    this.measures = new Map(this.seedMeasures(fixtures, synthetic).map((measure) => [measure.id, measure]));
  }

  private seedMeasures(fixtures: Fixtures, synthetic: Synthetic): Measure[] {
    if (this.dataset.kind === 'large') return synthetic.generateSyntheticMeasures(this.dataset.size);
    const onlyPlans = this.onlyPlans;
    return structuredClone(onlyPlans === null ? fixtures.measures : fixtures.measures.filter((measure) => onlyPlans.has(measure.planId)));
  }

  /**
   * What the browser saved, when it is valid for this dataset version. Otherwise the store starts from the
   * fixtures, and the user's own changes in what was saved are carried over on top of them.
   */
  private restore(persistence: Persistence, seeded: Measure[]): void {
    // The stamp before the data: a save in between makes the stamp stale, and the data is read once more.
    this.seenStamp = persistence.stamp();
    const saved = persistence.load();
    const parsed = storedSchema.safeParse(saved);
    if (parsed.success && parsed.data.version === DATASET_VERSION) {
      this.measures = new Map(parsed.data.measures.map((measure) => [measure.id, measure]));
      if (parsed.data.plans !== undefined) this.planList = parsed.data.plans;
      this.notice = parsed.data.upgrade ?? null;
      return;
    }
    this.measures = new Map(seeded.map((measure) => [measure.id, measure]));
    if (saved === null || saved === undefined) return;
    this.carryOver(persistence, saved, seeded);
  }

  /**
   * An upgrade (or stored data the schemas no longer accept): the user's changes in `saved` are applied to the
   * fixtures; what cannot be applied is kept aside with the notice, stored, until the user dismisses it.
   */
  private carryOver(persistence: Persistence, saved: unknown, seeded: Measure[]): void {
    const loose = looseStoredSchema.safeParse(saved);
    const registered = loose.success ? this.keepRegistered(loose.data.plans ?? [], loose.data.measures, seeded) : new Set<string>();
    const changes = loose.success ? userChangesOf(loose.data.measures.filter((measure) => !registered.has(idOf(measure) ?? ''))) : [];
    const earlier = upgradeNoticeSchema.safeParse(loose.success ? loose.data.upgrade : undefined);
    if (changes.length === 0 && !earlier.success && registered.size === 0) {
      // Nothing of the user's in it: the old copy just goes.
      persistence.clear();
      this.seenStamp = persistence.stamp();
      return;
    }
    const published = new Map((this.planList as Plan[]).map((plan) => [plan.id, planStart(plan)]));
    const result = carryOver(seeded, changes, {
      today: today(),
      planPublished: (planId) => published.get(planId) ?? '1900-01-01',
    });
    const measures = new Map(result.measures.map((measure) => [measure.id, measure]));
    this.measures = measures;
    const notice = mergeNotices(earlier.success ? earlier.data : null, {
      from: (loose.success ? loose.data.version : undefined) ?? 'unknown',
      to: DATASET_VERSION,
      carriedOver: result.carriedOver,
      setAside: result.setAside,
    });
    this.notice = notice.carriedOver > 0 || notice.setAside.length > 0 ? notice : null;
    try {
      this.persist(measures, this.notice, this.planList as Plan[]);
    } catch (error) {
      // Kept in memory; the stored copy is carried over again (the same way) at the next load.
      this.seenStamp = persistence.stamp();
      console.error('Mock API: the carried-over data could not be stored', error);
    }
  }

  /**
   * On an upgrade, what was registered in this browser stays whole: the plans the new version does not have, and
   * their measures and those registered to the dataset's plans (a history that starts with a user's `created`
   * entry), unless the new version has a measure with that id. (A change to a dataset plan's own fields is kept as
   * the user left it.) The plans are added to the list served and the measures to `seeded`; returns their ids.
   */
  private keepRegistered(storedPlans: readonly unknown[], storedMeasures: readonly unknown[], seeded: Measure[]): Set<string> {
    const plans = this.planList as Plan[];
    for (const stored of storedPlans) {
      const parsed = planSchema.safeParse(stored);
      if (!parsed.success) continue;
      const index = plans.findIndex((plan) => plan.id === parsed.data.id);
      if (index === -1) plans.push(parsed.data);
      else if (parsed.data.version > 1) plans[index] = parsed.data;
    }
    const planIds = new Set(plans.map((plan) => plan.id));
    const seededIds = new Set(seeded.map((measure) => measure.id));
    const kept = new Set<string>();
    for (const stored of storedMeasures) {
      const parsed = measureSchema.safeParse(stored);
      if (!parsed.success) continue;
      const first = parsed.data.history[0];
      if (first?.type !== 'created' || first.by.kind !== 'user' || seededIds.has(parsed.data.id) || !planIds.has(parsed.data.planId)) continue;
      seeded.push(parsed.data);
      kept.add(parsed.data.id);
    }
    return kept;
  }

  /** Stores these plans and measures (real data only: synthetic data lives in memory and would overwrite it), or throws. */
  private persist(measures: Map<string, Measure>, notice: UpgradeNotice | null, plans: readonly Plan[]): void {
    const persistence = this.persistence;
    if (this.dataset.kind !== 'real' || persistence === null) return;
    try {
      persistence.save({ version: DATASET_VERSION, plans, measures: [...measures.values()], ...(notice !== null ? { upgrade: notice } : {}) });
    } catch (error) {
      // Nothing was stored; read the storage again next time, in case its stamp moved.
      this.seenStamp = null;
      throw new NotSavedError(isQuotaError(error), { cause: error });
    }
    this.seenStamp = persistence.stamp();
  }
}

export const db = new MockDb();

function idOf(stored: unknown): string | null {
  const id = typeof stored === 'object' && stored !== null ? (stored as { id?: unknown }).id : null;
  return typeof id === 'string' ? id : null;
}

/** A stamp no save has had before. */
function newStamp(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function localStoragePersistence(key = 'tiltaksmonitor:mock-db'): Persistence {
  const stampKey = `${key}:stamp`;
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
      // The stamp first: when the data then does not fit, other tabs merely read the same data again.
      window.localStorage.setItem(stampKey, newStamp());
      window.localStorage.setItem(key, JSON.stringify(value));
    },
    clear() {
      window.localStorage.removeItem(key);
      window.localStorage.removeItem(stampKey);
    },
    stamp() {
      return window.localStorage.getItem(stampKey);
    },
  };
}
