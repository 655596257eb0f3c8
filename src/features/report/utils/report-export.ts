import { CHANGE_CELL_COLUMNS, changeCells, type ChangeCellColumn, type ChangeCellContext } from '@/domain/change-cells';
import { datePointText } from '@/domain/date-point';
import { textIn } from '@/domain/localized-text';
import type { ExportFormat } from '@/lib/export-file';
import type { ReportChange, ReportEntry, ReportModel, ReportState } from './report-model';

/**
 * The report's data as a file: CSV with one row per measure and change between the dates (a measure without
 * changes has one row with the change columns empty), so that one table holds every measure's states and every
 * change; JSON with the whole report (the figures, the areas' progress, every measure and change, what is
 * uncertain). Column names are stable identifiers; src/domain/export-dictionary.ts (`report`) says what each means.
 */
export const REPORT_COLUMNS = [
  'plan_id',
  'plan',
  'measure_id',
  'number',
  'area_id',
  'area',
  'title',
  'status_compare_to',
  'status_as_of',
  'status_changed',
  'overdue_as_of',
  'verified',
  'effective',
  'effective_precision',
  'counts_from',
  ...CHANGE_CELL_COLUMNS,
  'synthetic',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];
export type ReportRow = Record<ReportColumn, string | number | boolean>;

export type ReportExportContext = ChangeCellContext;

/** The change columns of a row without a change: empty. */
const NO_CHANGE = Object.fromEntries([...CHANGE_CELL_COLUMNS, 'effective', 'effective_precision', 'counts_from'].map((column) => [column, ''])) as Record<
  ChangeCellColumn | 'effective' | 'effective_precision' | 'counts_from',
  string
>;

function changeRow({ entry, countsFrom }: ReportChange, context: ReportExportContext) {
  return { ...changeCells(entry, context), effective: datePointText(entry.effective), effective_precision: entry.effective.precision, counts_from: countsFrom };
}

/** The CSV rows: per area in the report's order, per measure, one row per change between the dates (or one without). */
export function reportRows(model: ReportModel, context: ReportExportContext): ReportRow[] {
  const rows: ReportRow[] = [];
  for (const area of model.areas) {
    for (const entry of area.entries) {
      const { measure } = entry;
      const base = {
        plan_id: measure.planId,
        plan: entry.planReference,
        measure_id: measure.id,
        number: measure.number,
        area_id: area.areaId,
        area: area.name === null ? area.areaId : textIn(area.name, context.language),
        title: textIn(measure.title, context.language),
        status_compare_to: entry.before === null ? '' : context.statusLabel(entry.before.status),
        status_as_of: context.statusLabel(entry.now.status),
        status_changed: entry.statusChanged,
        overdue_as_of: entry.now.overdue,
        verified: measure.verified,
        synthetic: measure.synthetic,
      };
      if (entry.changes.length === 0) rows.push({ ...base, ...NO_CHANGE });
      for (const change of entry.changes) rows.push({ ...base, ...changeRow(change, context) });
    }
  }
  return rows;
}

const stateOf = (state: ReportState | null) => (state === null ? null : { status: state.status, overdue: state.overdue, uncertainDate: state.uncertain });

function measureItem(entry: ReportEntry) {
  const { measure } = entry;
  return {
    id: measure.id,
    planId: measure.planId,
    number: measure.number,
    areaId: measure.areaId,
    title: measure.title,
    deadline: measure.deadline,
    verified: measure.verified,
    compareTo: stateOf(entry.before),
    asOf: stateOf(entry.now),
    changes: entry.changes.map((change) => ({ countsFrom: change.countsFrom, ...change.entry })),
  };
}

/** The whole report as JSON: what the page and the .docx state, as data. */
export function reportDocument(model: ReportModel, link: string) {
  return {
    source: 'Tiltaksmonitor',
    view: 'report',
    madeAt: model.madeAt,
    link,
    plans: model.plans.map((plan) => ({ id: plan.id, reference: plan.reference })),
    allPlans: model.allPlans,
    asOf: model.asOf,
    compareTo: model.compareTo,
    synthetic: model.synthetic,
    figures: model.figures,
    targets: model.targets,
    statusMoves: model.statusMoves,
    changeCount: model.changeCount,
    progress: model.progress.map(({ name: _name, ...row }) => row),
    measures: model.areas.flatMap((area) => area.entries.map(measureItem)),
    dueSoon: model.dueSoon.map((entry) => entry.measure.id),
    uncertain: model.uncertain.map((fact) => ({ measureId: fact.entry.measure.id, verified: fact.verified, notes: fact.notes, uncertainOn: fact.uncertainOn })),
  };
}

/** "statusrapport-meld-st-26-2014-2015-2017-01-01-2020-12-31.docx"; synthetic data says so in the name too. */
export function reportFileName(format: ExportFormat | 'docx', model: Pick<ReportModel, 'plans' | 'allPlans' | 'asOf' | 'compareTo' | 'synthetic'>): string {
  const parts = ['statusrapport'];
  const [plan] = model.plans;
  if (!model.allPlans && plan !== undefined) parts.push(plan.id);
  if (model.synthetic) parts.push('syntetiske-testdata');
  if (format === 'csv-semicolon') parts.push('semikolon');
  parts.push(model.compareTo, model.asOf);
  const extension = format === 'docx' ? 'docx' : format === 'json' ? 'json' : 'csv';
  return `${parts.join('-')}.${extension}`;
}

