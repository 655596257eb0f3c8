import { datePointText, type IsoDate } from '@/domain/date-point';
import { textIn, type Language } from '@/domain/localized-text';
import type { MunicipalDutyItem, MunicipalityDuties } from '@/domain/municipality';
import type { Plan } from '@/domain/plan';
import type { Source } from '@/domain/source';
import type { Status } from '@/domain/status';

export type DutyGroup = 'in_force' | 'coming';

/** The duties as the page shows them: in force, then coming, each with its group. */
export function dutyGroups(duties: Pick<MunicipalityDuties, 'inForce' | 'coming'>): { group: DutyGroup; items: MunicipalDutyItem[] }[] {
  return [
    { group: 'in_force', items: duties.inForce },
    { group: 'coming', items: duties.coming },
  ];
}

/** Column names are stable identifiers (not translated), so that a script reads every export alike. */
export const DUTY_CSV_COLUMNS = [
  'municipality_number',
  'municipality',
  'county',
  'as_of',
  'group',
  'duty_id',
  'requires',
  'plain_language',
  'legal_basis',
  'in_force',
  'in_force_precision',
  'in_force_uncertain',
  'verified',
  'note',
  'measures',
  'measure_statuses',
  'measure_urls',
  'source_urls',
  'applies_to_all_municipalities',
] as const;
export type DutyCsvColumn = (typeof DUTY_CSV_COLUMNS)[number];
export type DutyCsvRow = Record<DutyCsvColumn, string | number | boolean>;

/** Multiple values in one cell are separated by this, as in the measures export. */
const SEPARATOR = ' | ';

export interface DutyExportContext {
  language: Language;
  plans: ReadonlyMap<string, Pick<Plan, 'reference'>>;
  statusLabel: (status: Status) => string;
  /** The app's address, so that a file links back to each measure: "https://…/tiltak/ms26-01". */
  origin: string;
}

/** "Meld. St. 26 (2014–2015) #1": a measure by its plan and number. */
export function measureLabel(measure: { planId: string; number: number }, plans: DutyExportContext['plans']): string {
  return `${plans.get(measure.planId)?.reference ?? measure.planId} #${measure.number}`;
}

/** The sources behind a duty's measures, once each (by address, or by title where it has none), in order. */
export function dutySources(duty: MunicipalDutyItem): Source[] {
  const sources = duty.measures.flatMap((measure) => measure.sources);
  return [...new Map(sources.map((source) => [source.url ?? source.title, source])).values()];
}

/** Every source address behind a duty's measures, once each, in order. */
export function dutySourceUrls(duty: MunicipalDutyItem): string[] {
  return [...new Set(duty.measures.flatMap((measure) => measure.sources.flatMap((source) => (source.url === null ? [] : [source.url]))))];
}

/** One CSV row per duty, in force first. */
export function toDutyRows(duties: MunicipalityDuties, context: DutyExportContext): DutyCsvRow[] {
  const { language, plans, statusLabel, origin } = context;
  return dutyGroups(duties).flatMap(({ group, items }) =>
    items.map((duty) => ({
      municipality_number: duties.municipality.number,
      municipality: duties.municipality.name,
      county: duties.municipality.county.name,
      as_of: duties.asOf,
      group,
      duty_id: duty.obligation.id,
      requires: textIn(duty.obligation.requires, language),
      plain_language: textIn(duty.obligation.plainLanguage, language),
      legal_basis: duty.obligation.legalReference,
      in_force: datePointText(duty.obligation.inForce),
      in_force_precision: duty.obligation.inForce.precision,
      in_force_uncertain: duty.uncertain,
      verified: duty.obligation.verified,
      note: textIn(duty.obligation.note, language),
      measures: duty.measures.map((measure) => `${measureLabel(measure, plans)}: ${textIn(measure.title, language)}`).join(SEPARATOR),
      measure_statuses: duty.measures.map((measure) => statusLabel(measure.status)).join(SEPARATOR),
      measure_urls: duty.measures.map((measure) => `${origin}/tiltak/${measure.id}`).join(SEPARATOR),
      source_urls: dutySourceUrls(duty).join(SEPARATOR),
      applies_to_all_municipalities: true,
    })),
  );
}

/** "plikter-kommune-4601-2026-11-23.csv"; the semicolon variant says so. */
export function dutiesFileName(number: string, asOf: IsoDate, delimiter: ',' | ';'): string {
  return `plikter-kommune-${number}-${asOf}${delimiter === ';' ? '-semikolon' : ''}.csv`;
}
