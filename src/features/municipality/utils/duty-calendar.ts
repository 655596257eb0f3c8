import { textIn, type Language } from '@/domain/localized-text';
import type { MunicipalDutyItem, MunicipalityDuties } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import type { Verification } from '@/domain/source';
import { splitByDay, type CalendarEvent, type LeftOut } from '@/lib/calendar';
import { dutyAnchor } from './duties-params';
import { dutyGroups, measureLabel } from './duty-rows';

/** The words of the events, in the reader's language (the page gives them from its translations). */
export interface DutyCalendarTexts {
  /** The event's title, from the duty in plain words: "Plikt trer i kraft: …" (the same for a past and a coming day). */
  title: (duty: string) => string;
  legalBasis: string;
  measures: string;
  note: string;
  /** Said of a duty whose sources are not all confirmed. */
  verification: (verified: Exclude<Verification, 'verified'>) => string;
  /** That the duties apply to every municipality alike. */
  appliesToAll: string;
}

export interface DutyCalendarContext {
  language: Language;
  plans: ReadonlyMap<string, Pick<Plan, 'reference'>>;
  /** The address of the duties' page (without a fragment): each event links to its duty's card there. */
  pageUrl: string;
  texts: DutyCalendarTexts;
}

export interface DutyCalendar {
  events: CalendarEvent[];
  /** Duties in force or coming whose in-force date is known only to a month or a year: not in the file. */
  leftOut: LeftOut<MunicipalDutyItem>[];
}

/** Stable for a duty: the same in every file, whichever municipality or date it was made for (duties apply alike). */
export function dutyEventUid(obligationId: string): string {
  return `plikt-${obligationId}@tiltaksmonitor`;
}

/**
 * Each duty in force and coming as an all-day event on the day it came or comes into force: the requirement, the
 * legal basis and the measures it comes from in the description, a link to its card on the page. A duty whose
 * in-force date is known only to a month or a year is left out (the day would be made up) and returned apart.
 */
export function dutyCalendar(duties: Pick<MunicipalityDuties, 'inForce' | 'coming'>, context: DutyCalendarContext): DutyCalendar {
  const { language, plans, pageUrl, texts } = context;
  const items = dutyGroups(duties).flatMap(({ items: inGroup }) => inGroup);
  const { days, leftOut } = splitByDay(items, (duty) => duty.obligation.inForce);
  return {
    events: days.map(({ item: duty, date }) => {
      const { obligation } = duty;
      const lines = [
        textIn(obligation.requires, language),
        `${texts.legalBasis}: ${obligation.legalReference}`,
        `${texts.measures}: ${duty.measures.map((measure) => `${measureLabel(measure, plans)} ${textIn(measure.title, language)}`).join('; ')}`,
        ...(obligation.note === undefined ? [] : [`${texts.note}: ${textIn(obligation.note, language)}`]),
        ...(obligation.verified === 'verified' ? [] : [texts.verification(obligation.verified)]),
        texts.appliesToAll,
      ];
      const url = `${pageUrl}#${dutyAnchor(obligation.id)}`;
      return {
        uid: dutyEventUid(obligation.id),
        date,
        title: texts.title(textIn(obligation.plainLanguage, language)),
        description: [...lines, url].join('\n'),
        url,
      };
    }),
    leftOut,
  };
}

/** "plikter-4601.ics". */
export function dutyCalendarFileName(number: string): string {
  return `plikter-${number}.ics`;
}
