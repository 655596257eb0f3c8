import type { Area } from '@/domain/area';
import type { IsoDate } from '@/domain/date-point';
import type { MeasureSummary } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import type { AnalysisExportMeta } from './analysis-export';

/** What the analysis reads of a measure (a list item from the API has it all). */
export type AnalysisMeasure = Pick<MeasureSummary, 'id' | 'planId' | 'areaId' | 'number' | 'title' | 'originalDeadline' | 'status' | 'completedOn' | 'verified'>;

/** What every analysis section gets from the page. */
export interface AnalysisData {
  measures: readonly MeasureSummary[];
  /** The plans in view: those chosen, or all. */
  plans: readonly Plan[];
  areas: readonly Area[];
  /** The date late and open are judged on. */
  today: IsoDate;
  meta: AnalysisExportMeta;
  synthetic: boolean;
}
