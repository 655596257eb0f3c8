import { Link } from '@digdir/designsystemet-react';
import { lazy, memo, Suspense, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Area } from '@/domain/area';
import { datePointText, type DatePoint, type IsoDate } from '@/domain/date-point';
import type { Language } from '@/domain/localized-text';
import type { MeasureSummary } from '@/domain/measure';
import type { MeasureSortKey, SortOrder } from '@/domain/measure-list-query';
import { isOverdue } from '@/domain/overdue';
import type { Plan } from '@/domain/plan';
import { slippage, type Slippage } from '@/domain/slippage';
import { DeadlineText } from '@/components/ui/deadline-text';
import { Localized } from '@/components/ui/localized';
import { OverdueTag } from '@/components/ui/overdue-tag';
import { StatusTag } from '@/components/ui/status-tag';
import { useElementWidth } from '@/components/ui/use-element-width';
import { formatDatePoint, formatShortDate } from '@/lib/format';
import { useLanguage } from '@/lib/use-localized';
import './measures.css';

const VirtualMeasureRows = lazy(() => import('./virtual-measure-rows').then((module) => ({ default: module.VirtualMeasureRows })));

/**
 * The list's columns, in order, each a sort key of the API and sortable. Whether a measure is overdue shows in
 * its status cell (and in years in «Forsinkelse»); «Sist endret» is when the last change happened, from the
 * history, not when the record was written.
 */
const LIST_COLUMNS = [
  'number',
  'title',
  'plan',
  'area',
  'responsible',
  'instrument',
  'deadline',
  'status',
  'plannedYear',
  'actualYear',
  'slippage',
  'lastChange',
] as const satisfies readonly MeasureSortKey[];

/**
 * Below this width, in the list's own em (not the window's), rows are laid out as cards; measures.css
 * has the same number in its container query.
 */
const CARD_LAYOUT_BELOW_EM = 76;

/** Short lists are rendered whole, so that the browser's find and print see every row. */
const RENDER_ALL_UP_TO = 60;

interface MeasureListProps {
  measures: readonly MeasureSummary[];
  /** The id of the element that names the table. */
  labelledBy: string;
  sort: MeasureSortKey;
  order: SortOrder;
  onSort: (key: MeasureSortKey) => void;
  today: IsoDate;
  areas: ReadonlyMap<string, Area>;
  plans: ReadonlyMap<string, Plan>;
  /** Router state given to each measure link, so that the measure page can lead back to this view. */
  linkState: { listSearch: string };
}

/**
 * The measures as an ARIA table; a long list's rows are virtualized against the window's scroll
 * (virtual-measure-rows.tsx): only the rows in view are in the document, so 10,000 rows scroll as smoothly as 28.
 * `aria-rowcount` and each row's `aria-rowindex` tell assistive technology the table's real size and
 * where a row sits in it. Column headers are buttons that sort, with `aria-sort` on the sorted column.
 * On a narrow screen the rows become cards, each value under its column's name.
 */
export function MeasureList({ measures, labelledBy, sort, order, onSort, today, areas, plans, linkState }: MeasureListProps) {
  const { t } = useTranslation('measures');
  const listRef = useRef<HTMLDivElement>(null);
  const scrollMargin = useDocumentOffset(listRef);
  const cards = useElementWidth(listRef, { unit: 'em', initial: Number.POSITIVE_INFINITY }) < CARD_LAYOUT_BELOW_EM;
  const labels = useMemo(() => Object.fromEntries(LIST_COLUMNS.map((column) => [column, t(`list.columns.${column}`)])) as Labels, [t]);
  // A short list is laid out as it is, in the page's flow (no positions to measure and keep, which cost a
  // layout per row); a long one is virtualized (its code loads when a list is long).
  const virtualized = measures.length > RENDER_ALL_UP_TO;
  const renderRow = (index: number, top: number | null, measureRef?: (element: HTMLElement | null) => void) => {
    const measure = measures[index];
    if (measure === undefined) return null;
    return (
      <MeasureRow
        key={measure.id}
        measure={measure}
        index={index}
        top={top}
        measureRef={measureRef}
        labels={labels}
        area={areas.get(measure.areaId)}
        plan={plans.get(measure.planId)}
        today={today}
        linkState={linkState}
      />
    );
  };

  return (
    <div
      ref={listRef}
      className="measure-list"
      role="table"
      aria-labelledby={labelledBy}
      aria-rowcount={measures.length + 1}
      aria-colcount={LIST_COLUMNS.length}
    >
      <div role="rowgroup" className="measure-list__head">
        <div role="row" aria-rowindex={1} className="measure-list__row measure-list__row--head">
          {LIST_COLUMNS.map((column) => (
            <div
              key={column}
              role="columnheader"
              className={`measure-list__cell measure-list__cell--${column}`}
              aria-sort={column === sort ? (order === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <button type="button" className="measure-list__sort" onClick={() => onSort(column)}>
                <span>{labels[column]}</span>
                <span aria-hidden="true" className="measure-list__sort-icon">
                  {column === sort ? (order === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </div>
          ))}
        </div>
      </div>
      {virtualized ? (
        <Suspense fallback={<div role="rowgroup" className="measure-list__body" />}>
          <VirtualMeasureRows
            count={measures.length}
            scrollMargin={scrollMargin}
            cards={cards}
            getKey={(index) => measures[index]?.id ?? index}
            renderRow={renderRow}
          />
        </Suspense>
      ) : (
        <div role="rowgroup" className="measure-list__body measure-list__body--flow">
          {measures.map((_measure, index) => renderRow(index, null))}
        </div>
      )}
    </div>
  );
}

type Labels = Record<(typeof LIST_COLUMNS)[number], string>;

interface MeasureRowProps {
  measure: MeasureSummary;
  index: number;
  /** Its position in a virtualized list; null in a list laid out in flow. */
  top: number | null;
  measureRef: ((element: HTMLElement | null) => void) | undefined;
  labels: Labels;
  area: Area | undefined;
  plan: Plan | undefined;
  /** The day the list is judged on: the row works out overdue and slippage itself, so that its props stay equal across renders (memo). */
  today: IsoDate;
  linkState: { listSearch: string };
}

/** A date as precisely as it is known, short: "7. mai 2015", "mai 2015" or "2015". */
function shortDatePoint(point: DatePoint, language: Language): string {
  return point.precision === 'day' ? formatShortDate(`${point.date}T12:00:00Z`, language) : formatDatePoint(point, language);
}

/** The slippage in a few words: "2 år for sent", "minst 3 år (åpent)", "i tide"; empty where there is nothing to judge. */
function slippageKey(value: Slippage): { key: 'late' | 'early' | 'onTime' | 'openLate'; count: number } | null {
  if (value.years === null) return null;
  if (value.state === 'open_late') return { key: 'openLate', count: value.years };
  if (value.years > 0) return { key: 'late', count: value.years };
  if (value.years < 0) return { key: 'early', count: -value.years };
  return { key: 'onTime', count: 0 };
}

const MeasureRow = memo(function MeasureRow({ measure, index, top, measureRef, labels, area, plan, today, linkState }: MeasureRowProps) {
  const { t } = useTranslation(['measures', 'common']);
  const language = useLanguage();
  const overdue = isOverdue(measure, today);
  const slip = slippage(measure, today);
  const late = slippageKey(slip);
  return (
    <div
      ref={measureRef}
      role="row"
      aria-rowindex={index + 2}
      data-index={index}
      className="measure-list__row"
      style={top === null ? undefined : { transform: `translateY(${top}px)` }}
    >
      <div role="cell" className="measure-list__cell measure-list__cell--number" data-label={labels.number}>
        {measure.number}
      </div>
      <div role="rowheader" className="measure-list__cell measure-list__cell--title">
        <Link asChild>
          <RouterLink to={`/tiltak/${measure.id}`} state={linkState}>
            <Localized text={measure.title} />
          </RouterLink>
        </Link>
      </div>
      <div role="cell" className="measure-list__cell measure-list__cell--plan" data-label={labels.plan}>
        {plan?.reference ?? measure.planId}
      </div>
      <div role="cell" className="measure-list__cell measure-list__cell--area" data-label={labels.area}>
        {area ? <Localized text={area.name} /> : measure.areaId}
      </div>
      <div role="cell" className="measure-list__cell measure-list__cell--responsible" data-label={labels.responsible}>
        <Localized text={measure.responsible} />
      </div>
      <div role="cell" className="measure-list__cell measure-list__cell--instrument" data-label={labels.instrument}>
        {t(`common:instrument.${measure.instrument}`)}
      </div>
      <div role="cell" className="measure-list__cell measure-list__cell--deadline" data-label={labels.deadline}>
        <DeadlineText deadline={measure.deadline} />
        {measure.deadlineMoves > 0 && (
          <span className="measure-list__moved">{t('list.deadlineMoved', { count: measure.deadlineMoves })}</span>
        )}
      </div>
      <div role="cell" className="measure-list__cell measure-list__cell--status" data-label={labels.status}>
        <StatusTag status={measure.status} />
        {overdue && <OverdueTag />}
      </div>
      <YearCell column="plannedYear" label={labels.plannedYear} year={slip.targetYear} />
      <YearCell column="actualYear" label={labels.actualYear} year={slip.actualYear} />
      <div
        role="cell"
        className={`measure-list__cell measure-list__cell--slippage${late === null ? ' measure-list__cell--blank' : ''}`}
        data-label={labels.slippage}
      >
        {late === null ? null : t(`list.slippage.${late.key}`, { count: late.count })}
      </div>
      <div role="cell" className="measure-list__cell measure-list__cell--lastChange" data-label={labels.lastChange}>
        <time dateTime={datePointText(measure.lastChange)}>{shortDatePoint(measure.lastChange, language)}</time>
      </div>
    </div>
  );
});

function YearCell({ column, label, year }: { column: 'plannedYear' | 'actualYear'; label: string; year: number | null }) {
  return (
    <div role="cell" className={`measure-list__cell measure-list__cell--${column}${year === null ? ' measure-list__cell--blank' : ''}`} data-label={label}>
      {year}
    </div>
  );
}

/** How far below the top of the document an element starts; kept up to date as the page above it grows or shrinks. */
function useDocumentOffset(ref: RefObject<HTMLElement | null>): number {
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const update = () => setOffset(Math.round(element.getBoundingClientRect().top + window.scrollY));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [ref]);
  return offset;
}
