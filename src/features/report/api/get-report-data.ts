import { useQuery } from '@tanstack/react-query';
import { summarySchema, type Summary } from '@/domain/api-contract';
import { changeLogPageSchema, type ChangeLogItem } from '@/domain/change-log';
import type { IsoDate } from '@/domain/date-point';
import { MAX_PAGE_SIZE } from '@/domain/measure-list-query';
import { apiRequest } from '@/lib/api-client';
import { now } from '@/lib/clock';
import { getMeasureScope, type MeasureSet } from '@/lib/measures/get-measure-scope';
import { measureKeys, measureScope } from '@/lib/measures/measure-keys';
import { readAllPages } from '@/lib/read-all-pages';

/** The plan (or every plan) and the two dates a report is made for. */
export interface ReportRange {
  plan: string | null;
  asOf: IsoDate;
  compareTo: IsoDate;
}

/** What the API answered for one date: the counts, and every measure as it stood then. */
export interface ReportDateAnswer {
  summary: Summary;
  measures: MeasureSet;
}

export interface ReportData {
  /** When it was read. */
  madeAt: string;
  now: ReportDateAnswer;
  before: ReportDateAnswer;
  /** Every change in the log of the plans, whenever it was recorded (the report picks those between the dates). */
  changes: ChangeLogItem[];
}

async function dateAnswer(plan: readonly string[], asOf: IsoDate, signal?: AbortSignal): Promise<ReportDateAnswer> {
  const [summary, measures] = await Promise.all([
    apiRequest('/api/summary', summarySchema, { params: { plan, asOf }, signal }),
    getMeasureScope(measureScope(plan, asOf), signal),
  ]);
  return { summary, measures };
}

/**
 * Everything a report needs, in a handful of requests and none per measure: `/api/summary` and every page of
 * `/api/measures` on each date, and every page of `/api/changes` for the plans (the change log is filtered by the
 * day a change was recorded, not the day it counts from, so the report reads it whole and picks the changes
 * between its dates itself: report-model.ts).
 */
export async function getReportData(range: ReportRange, signal?: AbortSignal): Promise<ReportData> {
  const plan = range.plan === null ? [] : [range.plan];
  const [after, before, log] = await Promise.all([
    dateAnswer(plan, range.asOf, signal),
    dateAnswer(plan, range.compareTo, signal),
    readAllPages((page) => apiRequest('/api/changes', changeLogPageSchema, { params: { plan, page, pageSize: MAX_PAGE_SIZE }, signal }), {
      pageSize: MAX_PAGE_SIZE,
      changedMessage: 'The log of changes changed while the report was read; try again.',
    }),
  ]);
  return { madeAt: now(), now: after, before, changes: log.items };
}

/** Under `measureKeys.all`, so that an edit (invalidate-measure-data.ts) refreshes an open report too. */
export const reportKeys = {
  all: () => [...measureKeys.all, 'report'] as const,
  range: (range: ReportRange) => [...reportKeys.all(), range] as const,
};

/** `null` while the address holds a date the report cannot be made for. */
export function useReportData(range: ReportRange | null) {
  const asked = range ?? { plan: null, asOf: '', compareTo: '' };
  return useQuery({
    queryKey: reportKeys.range(asked),
    queryFn: ({ signal }) => getReportData(asked, signal),
    enabled: range !== null,
  });
}
