import type { IsoDate } from '@/domain/date-point';
import { yearOf } from '@/domain/date-point';
import type { Language, LocalizedText } from '@/domain/localized-text';
import type { Instrument, MeasureSummary } from '@/domain/measure';
import { filterMeasures, type Filterable } from '@/domain/measure-filter';
import type { MeasureFilters, MeasureSortKey, SortOrder } from '@/domain/measure-list-query';
import { sortMeasures, type CollationIndex, type Sortable } from '@/domain/measure-sort';

export interface ListContext {
  today: IsoDate;
  language: Language;
  areaOrder: ReadonlyMap<string, number>;
  instrumentOrder: ReadonlyMap<string, number>;
  collation: CollationIndex;
  /** The plans' order in the catalogue: the list is by plan, then number. */
  planOrder: ReadonlyMap<string, number>;
}

type Listable = Filterable & Sortable;

/** The measures a view shows, in its order: the work done on every keystroke in the search box. */
export function applyListView<T extends Listable>(
  measures: readonly T[],
  filters: MeasureFilters,
  sort: MeasureSortKey,
  order: SortOrder,
  context: ListContext,
): T[] {
  return sortMeasures(filterMeasures(measures, filters, context.today), sort, order, context);
}

/** Instruments in the order of their names in the reader's language, so that sorting by them reads as sorted. */
export function instrumentOrder(labels: Readonly<Record<Instrument, string>>, language: Language): Map<string, number> {
  const collator = new Intl.Collator(language === 'en' ? 'en' : 'nb');
  const sorted = (Object.keys(labels) as Instrument[]).sort((a, b) => collator.compare(labels[a], labels[b]));
  return new Map(sorted.map((instrument, position) => [instrument, position]));
}

export interface FilterChoices {
  /** Plan ids: the catalogue's, then any other a measure or the view names. */
  plans: string[];
  /**
   * Every responsible body in the data, and any the view names, once each by its bokmål name (the filter's value),
   * in Norwegian alphabetical order: a body only the view names is known by that name alone.
   */
  responsible: LocalizedText[];
  /** Every year from the earliest deadline to the latest, and any year the view names. */
  years: number[];
}

/**
 * The values each filter offers. A value the view asks for is always offered, even when no measure
 * has it, so that a shared link's choice shows (and can be undone) instead of silently vanishing.
 */
export function filterChoices(
  measures: readonly Pick<MeasureSummary, 'planId' | 'responsible' | 'deadline'>[],
  catalogPlanIds: readonly string[],
  filters: MeasureFilters,
): FilterChoices {
  const plans = new Set(catalogPlanIds);
  const responsible = new Map<string, LocalizedText>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const measure of measures) {
    plans.add(measure.planId);
    if (!responsible.has(measure.responsible.nb)) responsible.set(measure.responsible.nb, measure.responsible);
    if (measure.deadline !== null) {
      const year = yearOf(measure.deadline.point.date);
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
  }
  for (const plan of filters.plan ?? []) plans.add(plan);
  for (const year of [filters.deadlineFrom, filters.deadlineTo]) {
    if (year === undefined) continue;
    first = Math.min(first, year);
    last = Math.max(last, year);
  }
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) years.push(year);
  const collator = new Intl.Collator('nb');
  for (const name of filters.responsible ?? []) if (!responsible.has(name)) responsible.set(name, { nb: name });
  return { plans: [...plans], responsible: [...responsible.values()].sort((a, b) => collator.compare(a.nb, b.nb)), years };
}
