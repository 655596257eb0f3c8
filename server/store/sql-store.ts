import { and, asc, eq, inArray, sql, TransactionRollbackError } from 'drizzle-orm';
import type { Measure } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { NotSavedError, PlanExistsError, StalePlanError, StaleVersionError, type ApiStore, type DataSnapshot, type MunicipalityRegister } from '../api/store';
import { queryRows, type Db } from '../db/database';
import { areas, measureHistory, measures, metadata, municipalities, plans } from '../db/schema';

/**
 * The API's store in PostgreSQL. Processes keep no state of their own that matters: a snapshot is cached only
 * until the database's revision (the newest history entry and the number of measures) moves, which every read
 * checks with one small query, so that any number of processes behind a load balancer serve the same data.
 */
export class SqlStore implements ApiStore {
  private cached: DataSnapshot | null = null;
  private register: Promise<MunicipalityRegister> | null = null;

  constructor(private readonly db: Db) {}

  async snapshot(): Promise<DataSnapshot> {
    const revision = await this.revision();
    if (this.cached?.revision === revision) return this.cached;
    const snapshot = await this.db.transaction(
      async (tx) => {
        // One query after another: a transaction is one connection, which runs one query at a time anyway
        // (node-postgres queues the rest, and warns that pg@9 will refuse a query sent while one is running).
        const planRows = await tx.select().from(plans).orderBy(asc(plans.position));
        const areaRows = await tx.select().from(areas).orderBy(asc(areas.position));
        const measureRows = await tx.select().from(measures).orderBy(asc(measures.position));
        const historyRows = await tx.select({ measureId: measureHistory.measureId, entry: measureHistory.entry }).from(measureHistory).orderBy(asc(measureHistory.seq));
        const history = new Map<string, Measure['history']>();
        for (const row of historyRows) {
          const entries = history.get(row.measureId);
          if (entries) entries.push(row.entry);
          else history.set(row.measureId, [row.entry]);
        }
        return {
          revision,
          plans: planRows.map((row) => ({ ...row.doc, version: row.version })),
          areas: areaRows.map((row) => row.doc),
          measures: measureRows.map((row) => ({ ...row.doc, version: row.version, history: history.get(row.id) ?? [] })),
        };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    this.cached = snapshot;
    return snapshot;
  }

  async municipalityRegister(): Promise<MunicipalityRegister> {
    this.register ??= (async () => {
      const [rows, source] = await Promise.all([
        this.db.select().from(municipalities).orderBy(asc(municipalities.number)),
        this.db.select().from(metadata).where(eq(metadata.key, 'municipality_source')),
      ]);
      return { municipalities: rows.map((row) => row.doc), source: source[0]?.value as MunicipalityRegister['source'] };
    })();
    try {
      return await this.register;
    } catch (error) {
      this.register = null;
      throw error;
    }
  }

  /**
   * One transaction: the measure moves from version `basedOn` to its new version only if it is still at
   * `basedOn` (`WHERE id = $1 AND version = $2`), and the history entries it gained are appended. Two
   * processes saving on top of the same version cannot both win: the second finds no row to update.
   */
  async saveMeasure(measure: Measure, basedOn: number): Promise<void> {
    const { history, ...doc } = measure;
    let saved: boolean;
    try {
      saved = await this.db.transaction(async (tx) => {
        const updated = await tx
          .update(measures)
          .set({ version: measure.version, doc: doc, updatedAt: sql`now()` })
          .where(and(eq(measures.id, measure.id), eq(measures.version, basedOn)))
          .returning({ id: measures.id });
        if (updated.length === 0) return false;
        const known = new Set(
          (await tx.select({ entryId: measureHistory.entryId }).from(measureHistory).where(eq(measureHistory.measureId, measure.id))).map((row) => row.entryId),
        );
        const added = history.filter((entry) => !known.has(entry.id));
        if (added.length > 0) {
          await tx.insert(measureHistory).values(added.map((entry) => ({ measureId: measure.id, entryId: entry.id, recordedAt: new Date(entry.recordedAt), entry })));
        }
        return true;
      });
    } catch (error) {
      throw new NotSavedError(isDiskFull(error), { cause: error });
    }
    if (!saved) {
      const current = (await this.snapshot()).measures.find((candidate) => candidate.id === measure.id);
      if (current === undefined) throw new NotSavedError(false);
      throw new StaleVersionError(current);
    }
  }

  /**
   * One transaction: a new plan (`basedOn` null) is inserted, or the plan moves from version `basedOn` to its new
   * one only if it is still at `basedOn`; the measures registered with it are inserted, each with its history. A
   * plan id or measure id that is taken, or a version that moved, leaves everything as it was.
   */
  async savePlan(plan: Plan, basedOn: number | null, newMeasures: readonly Measure[]): Promise<void> {
    const { version, ...doc } = plan;
    type Outcome = 'saved' | 'exists' | 'stale';
    let outcome: Outcome;
    try {
      outcome = await this.db.transaction(async (tx): Promise<Outcome> => {
        if (basedOn === null) {
          const inserted = await tx
            .insert(plans)
            .values({ id: plan.id, position: sql`(select coalesce(max(position), -1) + 1 from plans)`, version, doc })
            .onConflictDoNothing({ target: plans.id })
            .returning({ id: plans.id });
          if (inserted.length === 0) return 'exists';
        } else {
          const updated = await tx
            .update(plans)
            .set({ version, doc, updatedAt: sql`now()` })
            .where(and(eq(plans.id, plan.id), eq(plans.version, basedOn)))
            .returning({ id: plans.id });
          if (updated.length === 0) return 'stale';
        }
        if (newMeasures.length === 0) return 'saved';
        const ids = newMeasures.map((measure) => measure.id);
        const taken = await tx.select({ id: measures.id }).from(measures).where(inArray(measures.id, ids));
        if (taken.length > 0) {
          // Rolls the plan back with it: a batch is all or nothing.
          tx.rollback();
        }
        const [{ start } = { start: 0 }] = await queryRows<{ start: number | string }>(tx, sql`select coalesce(max(position), -1) + 1 as start from measures`);
        await tx.insert(measures).values(
          newMeasures.map(({ history: _history, ...measureDoc }, index) => ({ id: measureDoc.id, planId: plan.id, position: Number(start) + index, version: measureDoc.version, doc: measureDoc })),
        );
        await tx.insert(measureHistory).values(
          newMeasures.flatMap((measure) => measure.history.map((entry) => ({ measureId: measure.id, entryId: entry.id, recordedAt: new Date(entry.recordedAt), entry }))),
        );
        return 'saved';
      });
    } catch (error) {
      if (error instanceof TransactionRollbackError) outcome = 'stale';
      else throw new NotSavedError(isDiskFull(error), { cause: error });
    }
    if (outcome === 'saved') return;
    const current = (await this.snapshot()).plans.find((candidate) => candidate.id === plan.id);
    if (current === undefined) throw new NotSavedError(false);
    throw outcome === 'exists' ? new PlanExistsError(current) : new StalePlanError(current);
  }

  /** The newest history entry, the number of measures and plans and their last update: every write moves one of them. */
  private async revision(): Promise<string> {
    const [row] = await queryRows<{ seq: string | number | null; count: string | number; updated: string | null; plans: string | null }>(
      this.db,
      sql`select (select max(seq) from measure_history) as seq, (select count(*) from measures) as count, (select max(updated_at)::text from measures) as updated,
        (select count(*) || '/' || coalesce(max(updated_at)::text, '') from plans) as plans`,
    );
    return `${String(row?.seq ?? 0)}:${String(row?.count ?? 0)}:${row?.updated ?? ''}:${row?.plans ?? ''}`;
  }
}

/** PostgreSQL's disk_full (53100), as the driver reports it. */
function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === '53100';
}
