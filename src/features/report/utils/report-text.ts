import type { TFunction } from 'i18next';
import { recordedDay } from '@/domain/as-of';
import { entrySource } from '@/domain/change-cells';
import { addMonths, type IsoDate } from '@/domain/date-point';
import type { Deadline } from '@/domain/deadline';
import { pickText, textIn, type Language, type LocalizedText } from '@/domain/localized-text';
import type { Source } from '@/domain/source';
import type { Status } from '@/domain/status';
import { DUE_WITHIN_YEAR_MONTHS } from '@/domain/overdue';
import { formatDate, formatDateTime, formatNumber, formatPercent } from '@/lib/format';
import type { FigureKey, ReportChange, ReportEntry, ReportModel } from './report-model';

/**
 * The report's words, shared by the page (and its printout) and the .docx, so that both say the same thing:
 * every sentence is made here from the model and the reader's texts (namespaces report, common and targets).
 */
export type ReportT = TFunction<readonly ['report', 'common', 'targets']>;

export interface ReportWords {
  t: ReportT;
  language: Language;
}

export const date = ({ language }: ReportWords, value: IsoDate) => formatDate(value, language);
export const number = ({ language }: ReportWords, value: number) => formatNumber(value, language);

export function statusName({ t }: ReportWords, status: Status): string {
  return t(`common:status.${status}`);
}

/** The plan or plans reported on: "Meld. St. 26 (2014–2015) Fremtidens primærhelsetjeneste …", or "Alle planer (15 planer)". */
export function planLabel(words: ReportWords, model: Pick<ReportModel, 'plans' | 'allPlans'>): string {
  const [plan] = model.plans;
  if (model.allPlans || plan === undefined) return words.t('cover.allPlans', { count: model.plans.length });
  return `${plan.reference} ${textIn(plan.title, words.language)}`;
}

/** The plan's reference alone (for the running header and the file name): "Meld. St. 26 (2014–2015)", or "Alle planer". */
export function planShortLabel(words: ReportWords, model: Pick<ReportModel, 'plans' | 'allPlans'>): string {
  const [plan] = model.plans;
  return model.allPlans || plan === undefined ? words.t('controls.allPlans') : plan.reference;
}

/** The line at the top of every printed page. */
export function runningHeader(words: ReportWords, model: ReportModel): string {
  return words.t('running', { plan: planShortLabel(words, model), asOf: date(words, model.asOf) });
}

export interface CoverLine {
  label: string;
  value: string;
}

/** The cover's facts: the plan, both dates, when and from what the report was made. */
export function coverLines(words: ReportWords, model: ReportModel, api: string): CoverLine[] {
  const { t } = words;
  return [
    { label: t('cover.plan'), value: planLabel(words, model) },
    { label: t('cover.asOf'), value: date(words, model.asOf) },
    { label: t('cover.compareTo'), value: date(words, model.compareTo) },
    { label: t('cover.made'), value: t('cover.madeValue', { date: formatDateTime(model.madeAt, words.language) }) },
    { label: t('cover.data'), value: t('cover.dataValue', { api }) },
  ];
}

/** "Status per 31. desember 2020, sammenlignet med 1. januar 2017". */
export function datesLine(words: ReportWords, model: ReportModel): string {
  return words.t('cover.dates', { asOf: date(words, model.asOf), compareTo: date(words, model.compareTo) });
}

/** A figure's name in the key figures' table. */
export function figureName(words: ReportWords, key: FigureKey): string {
  if (key === 'total' || key === 'overdue' || key === 'dueWithinYear' || key === 'uncertain') return words.t(`summary.figures.${key}`);
  return statusName(words, key);
}

/** A difference with its sign: "+14", "−1" (a minus sign), "0". */
export function signed(words: ReportWords, value: number): string {
  if (value === 0) return number(words, 0);
  return `${value > 0 ? '+' : '−'}${number(words, Math.abs(value))}`;
}

/** The summary's sentences: completed on both dates, how many moved, how many changes. */
export function summarySentences(words: ReportWords, model: ReportModel): string[] {
  const { t } = words;
  const total = model.figures.find((row) => row.key === 'total');
  const completed = model.figures.find((row) => row.key === 'completed');
  return [
    t('summary.completed', {
      completed: number(words, completed?.after ?? 0),
      total: number(words, total?.after ?? 0),
      completedBefore: number(words, completed?.before ?? 0),
      totalBefore: number(words, total?.before ?? 0),
      asOf: date(words, model.asOf),
      compareTo: date(words, model.compareTo),
    }),
    t('summary.moves', { count: model.statusMoves }),
    t('summary.changes', { count: model.changeCount }),
  ];
}

/** The target-year sentence, in the words every page uses for it (the `targets` namespace). */
export function targetsSentence(words: ReportWords, model: ReportModel): string {
  const { t } = words;
  const counts = model.targets;
  if (counts.withTarget === 0) return t('targets:none', { count: counts.total, total: number(words, counts.total) });
  const parts = [
    t('targets:sentence', {
      count: counts.openLate,
      withTarget: number(words, counts.withTarget),
      total: number(words, counts.total),
      onTime: number(words, counts.onTime),
      late: number(words, counts.late),
      openLate: number(words, counts.openLate),
    }),
  ];
  if (counts.open > 0) parts.push(t('targets:open', { count: counts.open }));
  if (counts.closed + counts.doneDateUnknown > 0) parts.push(t('targets:notJudged', { count: counts.closed + counts.doneDateUnknown }));
  return parts.join(' ');
}

export const share = ({ language }: ReportWords, value: number) => formatPercent(value, language);

/** An area's name in the reader's language, or its id when the catalogue does not know it. */
export function areaName(words: ReportWords, area: { areaId: string; name: LocalizedText | null }): string {
  return area.name === null ? words.t('areas.unknownArea', { id: area.areaId }) : textIn(area.name, words.language);
}

/** "Nr. 13", or "Meld. St. 26 (2014–2015) nr. 13" in a report of every plan. */
export function entryLabel(words: ReportWords, model: Pick<ReportModel, 'allPlans'>, entry: ReportEntry): string {
  const { number: measureNumber } = entry.measure;
  return model.allPlans ? words.t('entry.headingPlan', { plan: entry.planReference, number: measureNumber }) : words.t('entry.heading', { number: measureNumber });
}

/** The measure's title in the reader's language, and the language it is written in. */
export function titleOf(words: ReportWords, entry: ReportEntry) {
  return pickText(entry.measure.title, words.language);
}

/** A deadline in the plan's words, or that there is none. */
export function deadlineWords(words: ReportWords, deadline: Deadline | null): string {
  return deadline === null ? words.t('common:deadline.none') : textIn(deadline.stated, words.language);
}

/** A state on one date: "Fullført", "Planlagt (forsinket)", "Fantes ikke ennå". */
export function stateWords(words: ReportWords, state: ReportEntry['now'] | null): string {
  if (state === null) return words.t('entry.notYet');
  const extras = [state.overdue ? words.t('common:deadline.overdue').toLowerCase() : null, state.uncertain ? words.t('entry.uncertainDate') : null].filter((extra) => extra !== null);
  return extras.length === 0 ? statusName(words, state.status) : `${statusName(words, state.status)} (${extras.join(', ')})`;
}

/** What a change did: "Status: Planlagt → Pågår", "Frist: «i 2016» → «i 2017»", "Merknad", "Kilde lagt til". */
export function changeHeadline(words: ReportWords, { entry }: ReportChange): string {
  const { t } = words;
  switch (entry.type) {
    case 'status':
      return t('change.status', { from: statusName(words, entry.from), to: statusName(words, entry.to) });
    case 'deadline':
      return t('change.deadline', { from: deadlineWords(words, entry.from), to: deadlineWords(words, entry.to) });
    case 'note':
      return t('change.note');
    case 'source':
      return t('change.source');
  }
}

/** Who recorded a change, and when: "Registrert av: Tiltaksmonitor (registrert 23. november 2026)". */
export function recordedLine(words: ReportWords, { entry }: ReportChange): string {
  return `${words.t('change.by')}: ${entry.by.name} (${words.t('change.recorded', { date: date(words, recordedDay(entry)) })})`;
}

/** The source a change rests on: its own, or the one a source entry added. */
export function changeSource({ entry }: ReportChange): Source | null {
  return entrySource(entry);
}

/** The last day of the window of deadlines due soon: 12 months after the reporting date. */
export function dueUntil(model: Pick<ReportModel, 'asOf'>): IsoDate {
  return addMonths(model.asOf, DUE_WITHIN_YEAR_MONTHS);
}

/** «Slik er rapporten laget»: the rules, from docs/overview.md and docs/analysis.md, one item each. */
export function methodItems({ t }: ReportWords): string[] {
  return [t('method.status'), t('method.changes'), t('method.overdue'), t('method.due'), t('method.target'), t('method.earliest'), t('method.uncertain'), t('method.verified')];
}

/** The report's sections, in order, with the ids the table of contents links to. */
export const SECTION_IDS = {
  summary: 'rapport-sammendrag',
  progress: 'rapport-fremdrift',
  areas: 'rapport-omrader',
  due: 'rapport-frister',
  uncertain: 'rapport-usikkert',
  method: 'rapport-metode',
} as const;

export const areaSectionId = (areaId: string) => `rapport-omrade-${areaId}`;
