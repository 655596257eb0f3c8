import { endOf, yearOf, type DatePoint, type IsoDate } from './date-point';
import { textIn, type Language } from './localized-text';
import type { Measure } from './measure';
import type { MeasureSortKey } from './measure-list-query';
import { lastChange } from './measure-summary';
import { isOverdue } from './overdue';
import { slippage } from './slippage';
import { STATUSES } from './status';

/** Sorting measures by any list column, quickly enough to run on every keystroke over 10,000 of them. */

/** A measure as a list holds it (a summary, with `lastChange`) or as the server holds it (with its history). */
export type Sortable = Pick<
  Measure,
  'planId' | 'number' | 'title' | 'responsible' | 'areaId' | 'instrument' | 'deadline' | 'originalDeadline' | 'status' | 'completedOn' | 'updatedAt'
> &
  ({ lastChange: DatePoint } | Pick<Measure, 'history'>);

function lastChangeOf(measure: Sortable): DatePoint {
  return 'lastChange' in measure ? measure.lastChange : lastChange(measure.history);
}

const collators = new Map<Language, Intl.Collator>();
function collatorFor(language: Language): Intl.Collator {
  let collator = collators.get(language);
  if (collator === undefined) {
    collator = new Intl.Collator(language === 'en' ? 'en' : 'nb', { sensitivity: 'base', numeric: true });
    collators.set(language, collator);
  }
  return collator;
}

/**
 * Texts in collation order, once: each text gets its rank, and texts the collator finds equal share
 * one. Comparing two ranks is a number comparison, where comparing two texts with the collator is
 * a slow call, so a list sorted again and again (on every keystroke) prepares this once per dataset
 * and language. Titles and the responsible bodies share one index.
 */
export interface CollationIndex {
  language: Language;
  /** The rank of every text. */
  ranks: ReadonlyMap<string, number>;
  /** The ranks of the measures the index was built from, by object: faster to look up than by text. */
  titleRanks: WeakMap<object, number>;
  responsibleRanks: WeakMap<object, number>;
}

export function buildCollationIndex(measures: readonly Pick<Measure, 'title' | 'responsible'>[], language: Language): CollationIndex {
  const texts = new Set<string>();
  for (const measure of measures) {
    texts.add(textIn(measure.title, language));
    texts.add(textIn(measure.responsible, language));
  }
  const collator = collatorFor(language);
  const sorted = [...texts].sort(collator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((text, position) => {
    const previous = sorted[position - 1];
    if (previous !== undefined && collator.compare(previous, text) !== 0) rank += 1;
    ranks.set(text, rank);
  });
  const titleRanks = new WeakMap<object, number>();
  const responsibleRanks = new WeakMap<object, number>();
  for (const measure of measures) {
    titleRanks.set(measure, ranks.get(textIn(measure.title, language)) ?? 0);
    responsibleRanks.set(measure, ranks.get(textIn(measure.responsible, language)) ?? 0);
  }
  return { language, ranks, titleRanks, responsibleRanks };
}

export interface SortContext {
  today: IsoDate;
  language?: Language;
  /**
   * Position of each plan in the catalogue (GET /api/plans): plans sort in this order, the first plan first,
   * and every tie falls back to it; by id when left out (and for a plan not in it, after those in it).
   */
  planOrder?: ReadonlyMap<string, number>;
  /** Position of each area in the plan (areas sort in this order, not alphabetically). */
  areaOrder?: ReadonlyMap<string, number>;
  /** Position of each instrument, e.g. by its name in the reader's language; by id when left out. */
  instrumentOrder?: ReadonlyMap<string, number>;
  /** Prepared collation ranks (see buildCollationIndex); built from the input when missing or incomplete. */
  collation?: CollationIndex;
}

/** A sort key: a number or a string, compared by value; null sorts last in both directions. */
type Key = number | string | null;

interface Decorated<T> {
  measure: T;
  primary: Key;
  secondary: number | string;
  planRank: number;
  number: number;
}

/** Numbers by value; ids and ISO dates by code unit: fast, and the same in every locale. */
function compareKeys(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A stable sort by one key; ties fall back to plan (in the catalogue's order) and number so that the order
 * never depends on the input: the default order, by number, is every measure of the first plan, then the next. Measures without a deadline sort after those with one, in both directions. Each key is
 * computed once per measure, not once per comparison.
 */
export function sortMeasures<T extends Sortable>(
  measures: readonly T[],
  key: MeasureSortKey,
  order: 'asc' | 'desc',
  context: SortContext,
): T[] {
  const direction = order === 'asc' ? 1 : -1;
  const planRanks = rankPlans(measures, context.planOrder);
  const keysOf = keyFunction<T>(key, measures, context, planRanks);
  // Everything the comparison reads is copied into one small object per measure, so that the
  // comparator (called ~140,000 times for 10,000 measures) never reads the measures themselves.
  const decorated: Decorated<T>[] = measures.map((measure, index) => {
    const { primary, secondary } = keysOf(measure, index);
    return { measure, primary, secondary, planRank: planRanks.get(measure.planId) ?? 0, number: measure.number };
  });
  decorated.sort((a, b) => {
    if (a.primary === null || b.primary === null) {
      if (a.primary !== b.primary) return a.primary === null ? 1 : -1;
    } else {
      const byKey = compareKeys(a.primary, b.primary) || compareKeys(a.secondary, b.secondary);
      if (byKey !== 0) return direction * byKey;
    }
    return a.planRank - b.planRank || a.number - b.number;
  });
  return decorated.map((entry) => entry.measure);
}

/** One rank per plan of the input: the catalogue's order, then plans it does not list, by id. */
function rankPlans(measures: readonly Sortable[], planOrder: ReadonlyMap<string, number> | undefined): Map<string, number> {
  const ids = new Set<string>();
  for (const measure of measures) ids.add(measure.planId);
  const position = (id: string) => planOrder?.get(id) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...ids].sort((a, b) => position(a) - position(b) || compareKeys(a, b));
  return new Map(sorted.map((id, rank) => [id, rank]));
}

function keyFunction<T extends Sortable>(
  key: MeasureSortKey,
  measures: readonly T[],
  context: SortContext,
  planRanks: ReadonlyMap<string, number>,
): (measure: T, index: number) => { primary: Key; secondary: number | string } {
  const language = context.language ?? 'nb';
  switch (key) {
    case 'number':
      return (measure) => ({ primary: planRanks.get(measure.planId) ?? 0, secondary: measure.number });
    case 'plan':
      return (measure) => ({ primary: planRanks.get(measure.planId) ?? 0, secondary: 0 });
    case 'title':
    case 'responsible': {
      const ranks = collationRanks(measures, key, language, context.collation);
      return (_measure, index) => ({ primary: ranks[index] ?? 0, secondary: 0 });
    }
    case 'area':
      return (measure) => ({ primary: context.areaOrder?.get(measure.areaId) ?? Number.MAX_SAFE_INTEGER, secondary: measure.areaId });
    case 'instrument':
      return (measure) => ({ primary: context.instrumentOrder?.get(measure.instrument) ?? Number.MAX_SAFE_INTEGER, secondary: measure.instrument });
    case 'deadline':
      // By the date a deadline names, so "fra 2017" and "tidligst fra 2017" sit together.
      return (measure) => ({ primary: measure.deadline?.point.date ?? null, secondary: 0 });
    case 'status':
      return (measure) => ({ primary: STATUSES.indexOf(measure.status), secondary: 0 });
    case 'overdue':
      return (measure) => ({ primary: Number(isOverdue(measure, context.today)), secondary: 0 });
    case 'plannedYear':
      return (measure) => ({ primary: measure.originalDeadline === null ? null : yearOf(measure.originalDeadline.point.date), secondary: 0 });
    case 'actualYear':
      return (measure) => ({ primary: measure.status === 'completed' && measure.completedOn !== null ? yearOf(measure.completedOn.date) : null, secondary: 0 });
    case 'slippage':
      // Years late (negative: early), done or still open and late so far; measures not judged sort last.
      return (measure) => ({ primary: slippage(measure, context.today).years, secondary: 0 });
    case 'lastChange':
      // By the last day the change can have happened, then by the date it names (a "2017" after "2017-06").
      return (measure) => {
        const point = lastChangeOf(measure);
        return { primary: endOf(point), secondary: point.date };
      };
    case 'updatedAt':
      return (measure) => ({ primary: Date.parse(measure.updatedAt), secondary: 0 });
  }
}

/**
 * Each measure's rank by title or responsible body, in input order: from the prepared index (by
 * object, then by text), or, when it is for another language or lacks a text, from one built for
 * these measures.
 */
function collationRanks(measures: readonly Sortable[], key: 'title' | 'responsible', language: Language, prepared: CollationIndex | undefined): number[] {
  const textOf = key === 'title' ? (measure: Sortable) => textIn(measure.title, language) : (measure: Sortable) => textIn(measure.responsible, language);
  const lookUp = (index: CollationIndex) => {
    const byObject = key === 'title' ? index.titleRanks : index.responsibleRanks;
    const ranks: number[] = [];
    for (const measure of measures) {
      const rank = byObject.get(measure) ?? index.ranks.get(textOf(measure));
      if (rank === undefined) return null;
      ranks.push(rank);
    }
    return ranks;
  };
  const fromPrepared = prepared?.language === language ? lookUp(prepared) : null;
  return fromPrepared ?? lookUp(buildCollationIndex(measures, language)) ?? [];
}
