import type { IsoDate } from '@/domain/date-point';
import type { DeadlineKind } from '@/domain/deadline';
import { textIn, type Language } from '@/domain/localized-text';
import type { MeasureSummary } from '@/domain/measure';
import type { Plan } from '@/domain/plan';
import { isClosed, type Status } from '@/domain/status';
import { splitByDay, type CalendarEvent, type LeftOut } from '@/lib/calendar';

/** The words of the events, in the reader's language (the page gives them from its translations). */
export interface DeadlineCalendarTexts {
  /** The event's title by the kind of deadline: "Frist: …", "Fra: …", "Tidligst fra: …", "Fram til: …". */
  title: (kind: DeadlineKind, measure: string) => string;
  /** Before the plan's own words for the deadline: "Frist i planen". */
  stated: string;
  responsible: string;
  status: (status: Status) => string;
}

export interface DeadlineCalendarContext {
  language: Language;
  plans: ReadonlyMap<string, Pick<Plan, 'reference'>>;
  /** The address of a measure's page. */
  measureUrl: (id: string) => string;
  texts: DeadlineCalendarTexts;
}

/** A measure that is open and has a deadline: one the calendar is about. */
export type DatedMeasure = MeasureSummary & { deadline: NonNullable<MeasureSummary['deadline']> };

export interface DeadlineCalendar {
  events: CalendarEvent[];
  /** Open measures whose deadline is known only to a month or a year ("i 2016"): not in the file. */
  leftOut: LeftOut<DatedMeasure>[];
  /** Measures of the view not in it for other reasons: closed (completed, cancelled, replaced), or without a deadline. */
  closed: number;
  withoutDeadline: number;
}

/** Stable for a measure's deadline: importing a newer file moves the event rather than adding one. */
export function deadlineEventUid(measureId: string): string {
  return `frist-${measureId}@tiltaksmonitor`;
}

/** "Meld. St. 26 (2014–2015) #3". */
function measureName(measure: Pick<MeasureSummary, 'planId' | 'number'>, plans: DeadlineCalendarContext['plans']): string {
  return `${plans.get(measure.planId)?.reference ?? measure.planId} #${measure.number}`;
}

/**
 * The deadlines of the open measures of a view as all-day events, in the order of the view: the measure in the
 * title, the plan's own words for the deadline, who is responsible and the status in the description, a link to
 * its page. A deadline known only to a month or a year is left out (the day would be made up) and returned apart.
 */
export function deadlineCalendar(measures: readonly MeasureSummary[], context: DeadlineCalendarContext): DeadlineCalendar {
  const { language, plans, measureUrl, texts } = context;
  const open = measures.filter((measure) => !isClosed(measure.status));
  const dated = open.filter((measure): measure is DatedMeasure => measure.deadline !== null);
  const { days, leftOut } = splitByDay(dated, (measure) => measure.deadline.point);
  return {
    events: days.map(({ item: measure, date }) => {
      const url = measureUrl(measure.id);
      const lines = [
        textIn(measure.title, language),
        `${texts.stated}: «${textIn(measure.deadline.stated, language)}»`,
        `${texts.responsible}: ${textIn(measure.responsible, language)}`,
        texts.status(measure.status),
        url,
      ];
      return {
        uid: deadlineEventUid(measure.id),
        date,
        title: texts.title(measure.deadline.kind, `${measureName(measure, plans)} ${textIn(measure.title, language)}`),
        description: lines.join('\n'),
        url,
      };
    }),
    leftOut,
    closed: measures.length - open.length,
    withoutDeadline: open.length - dated.length,
  };
}

/** "frister-2026-12-03.ics", as the list's other files: synthetic data and an as-of view say so in the name too. */
export function deadlineCalendarFileName(meta: { exportedOn: IsoDate; asOf: IsoDate | null; synthetic: boolean }): string {
  const parts = ['frister'];
  if (meta.synthetic) parts.push('syntetiske-testdata');
  if (meta.asOf !== null) parts.push(`per-${meta.asOf}`);
  parts.push(meta.exportedOn);
  return `${parts.join('-')}.ics`;
}

/** The label of a measure left out, for the page's list of them. */
export function leftOutLabel(measure: Pick<MeasureSummary, 'planId' | 'number'>, plans: DeadlineCalendarContext['plans']): string {
  return measureName(measure, plans);
}
