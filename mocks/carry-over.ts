import { stateAsOf } from '@/domain/as-of';
import type { IsoDate } from '@/domain/date-point';
import { sameDeadline } from '@/domain/deadline';
import { localizedTextSchema } from '@/domain/localized-text';
import { historyEntrySchema, type HistoryEntry, type Measure } from '@/domain/measure';
import { applyChange, measureChangeSchema, validateChange, type MeasureChange } from '@/domain/measure-change';
import type { SetAsideChange, UpgradeNotice } from '@/domain/upgrade-notice';

/**
 * When the mock's dataset is upgraded (a new version of the fixtures), the changes people made in this browser are
 * carried over: each of their history entries is turned back into the change it recorded and applied on top of the
 * new version, under the same rules as an edit (`validateChange` and `applyChange` from src/domain/measure-change.ts,
 * which every backend shares), in the order they were made. What cannot be carried over is set aside, with why, for
 * the user to see and download (src/domain/upgrade-notice.ts): never dropped without a word. Here and not in
 * src/domain because only the mock needs it: the app does not load it.
 */

/** Why a change was set aside: one of these, or a rule it breaks now (`CHANGE_ERROR_CODES`). */
export const SET_ASIDE_REASONS = [
  /** The measure is not in the new version. */
  'measure_gone',
  /** The status or deadline the user changed from is not the measure's any more: the new version changed it too. */
  'state_changed',
  /** The entry is not one an edit can make (e.g. a `created` entry). */
  'not_replayable',
  /** The entry, or the change made from it, does not pass the schemas any more. */
  'invalid',
] as const;

/** One change a user made, as it was stored: the entry is checked here, so it may be anything. */
export interface StoredUserChange {
  measure: SetAsideChange['measure'];
  entry: unknown;
}

export interface CarryOverContext {
  today: IsoDate;
  /** The date a plan was presented (nothing about its measures happened before). */
  planPublished: (planId: string) => IsoDate;
}

export interface CarryOverResult {
  measures: Measure[];
  carriedOver: number;
  setAside: SetAsideChange[];
}

/** The user's own entries of stored measures, in the order each measure recorded them. */
export function userChangesOf(measures: readonly unknown[]): StoredUserChange[] {
  const changes: StoredUserChange[] = [];
  for (const stored of measures) {
    if (typeof stored !== 'object' || stored === null) continue;
    const { id, number, title, history } = stored as Record<string, unknown>;
    if (typeof id !== 'string' || !Array.isArray(history)) continue;
    const parsedTitle = localizedTextSchema.safeParse(title);
    const measure = {
      id,
      ...(typeof number === 'number' && Number.isInteger(number) ? { number } : {}),
      ...(parsedTitle.success ? { title: parsedTitle.data } : {}),
    };
    for (const entry of history as unknown[]) {
      if (isUserEntry(entry)) changes.push({ measure, entry });
    }
  }
  return changes;
}

function isUserEntry(entry: unknown): boolean {
  if (typeof entry !== 'object' || entry === null) return false;
  const by = (entry as { by?: unknown }).by;
  return typeof by === 'object' && by !== null && (by as { kind?: unknown }).kind === 'user';
}

/**
 * The new version's measures with the user's changes applied on top, each checked against the measure as it stands
 * today after the changes before it (as the API checks an edit); and the changes that could not be applied.
 */
export function carryOver(measures: readonly Measure[], changes: readonly StoredUserChange[], context: CarryOverContext): CarryOverResult {
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  const setAside: SetAsideChange[] = [];
  let carriedOver = 0;
  for (const { measure: about, entry } of changes) {
    const reasons = reapply(byId, about.id, entry, context);
    if (reasons.length === 0) carriedOver += 1;
    else setAside.push({ measure: about, entry, reasons });
  }
  return { measures: measures.map((measure) => byId.get(measure.id) ?? measure), carriedOver, setAside };
}

/** Applies one entry to its measure in `byId`; the reasons it cannot be, or none when it was applied. */
function reapply(byId: Map<string, Measure>, measureId: string, raw: unknown, context: CarryOverContext): string[] {
  const parsed = historyEntrySchema.safeParse(raw);
  if (!parsed.success) return ['invalid'];
  const entry = parsed.data;
  const recorded = byId.get(measureId);
  if (recorded === undefined) return ['measure_gone'];
  const candidate = changeOf(entry);
  if (candidate === null) return ['not_replayable'];
  const change = measureChangeSchema.safeParse(candidate);
  if (!change.success) return ['invalid'];
  // The change applies to today's state, as an edit does (the PATCH handler): the state replayed from the history.
  const state = stateAsOf(recorded, context.today);
  const current: Measure = state.exists
    ? { ...recorded, status: state.status, deadline: state.deadline, completedOn: state.completedOn, replacedBy: state.replacedBy }
    : recorded;
  const reasons: string[] = [];
  if ((entry.type === 'status' && entry.from !== current.status) || (entry.type === 'deadline' && !sameDeadline(entry.from, current.deadline))) {
    reasons.push('state_changed');
  }
  const problems = validateChange(current, change.data, {
    today: context.today,
    planPublished: context.planPublished(current.planId),
    measureExists: (id) => byId.has(id),
  });
  reasons.push(...problems.map((problem) => problem.code));
  if (reasons.length > 0) return reasons;
  byId.set(measureId, applyChange(current, change.data, { name: entry.by.name }, entry.recordedAt));
  return [];
}

/** The change an entry records, as the API received it; null for an entry no edit makes. */
export function changeOf(entry: HistoryEntry): MeasureChange | null {
  const { effective, language } = entry;
  switch (entry.type) {
    case 'created':
      return null;
    case 'status':
      return {
        type: 'status',
        to: entry.to,
        effective,
        reason: entry.reason,
        language,
        ...(entry.completedOn ? { completedOn: entry.completedOn } : {}),
        ...(entry.replacedBy ? { replacedBy: entry.replacedBy } : {}),
        ...(entry.source?.url ? { source: { title: entry.source.title, url: entry.source.url } } : {}),
      };
    case 'deadline':
      return {
        type: 'deadline',
        to: entry.to,
        effective,
        reason: entry.reason,
        language,
        ...(entry.source?.url ? { source: { title: entry.source.title, url: entry.source.url } } : {}),
      };
    case 'note':
      return { type: 'note', text: entry.text, effective, language };
    case 'source':
      return entry.added.url === null
        ? null
        : { type: 'source', source: { title: entry.added.title, url: entry.added.url }, effective, reason: entry.reason, language };
  }
}

/**
 * The notice of an upgrade that follows another one the user has not dismissed yet: what that one set aside stays.
 * (The changes it carried over are carried over again, and counted in `next`.)
 */
export function mergeNotices(earlier: UpgradeNotice | null, next: UpgradeNotice): UpgradeNotice {
  if (earlier === null) return next;
  return { ...next, from: earlier.from, setAside: [...earlier.setAside, ...next.setAside] };
}
