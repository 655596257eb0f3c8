import type { Language, LocalizedText } from './localized-text';

/**
 * The values of coded columns as a reader reads them, for the analysis's files: "åpent etter målåret", not
 * `open_late`; "bare året for fullføring er kjent", not `completedYearOnly`. Small, so that the analysis can
 * make its rows with it; the columns themselves are described in export-dictionary.ts.
 */
type Labels<Code extends string> = Record<Code, Required<LocalizedText>>;

const label = (nb: string, nn: string, en: string) => ({ nb, nn, en });

export const OUTCOME_STATE_LABELS = {
  done: label('fullført', 'fullført', 'completed'),
  done_date_unknown: label('fullført, år ukjent', 'fullført, år ukjent', 'completed, year unknown'),
  closed: label('avlyst eller erstattet', 'avlyst eller erstatta', 'cancelled or replaced'),
  open_late: label('åpent etter målåret', 'ope etter målåret', 'open past the target year'),
  open: label('åpent', 'ope', 'open'),
  no_target: label('uten målår', 'utan målår', 'no target year'),
  not_a_deadline: label('ikke en frist', 'ikkje ein frist', 'not a deadline'),
} satisfies Labels<string>;

export const ROW_NOTE_LABELS = {
  partial: label('kildene bekrefter bare delvis', 'kjeldene stadfestar berre delvis', 'the sources confirm it only in part'),
  unverified: label('ikke bekreftet i kildene', 'ikkje stadfesta i kjeldene', 'not confirmed in the sources'),
  completedYearOnly: label('bare året for fullføring er kjent', 'berre året for fullføring er kjent', 'only the year of completion is known'),
  earliest: label('«tidligst»: ikke et løfte om når', '«tidlegast»: ikkje ein lovnad om når', '"earliest": no promise of when'),
} satisfies Labels<string>;

export const PLAN_GAP_LABELS = {
  noMeasures: label('Ingen tiltak med kilder i datagrunnlaget', 'Ingen tiltak med kjelder i datagrunnlaget', 'No measures with sources in the data'),
  noTargets: label('Tiltakene har ikke målår', 'Tiltaka har ikkje målår', 'The measures have no target year'),
  nothingJudged: label('Ingen med målår er fullført eller forfalt ennå', 'Ingen med målår er fullførte eller forfalne enno', 'None with a target year is completed or due yet'),
} satisfies Labels<string>;

/** A coded value in a language. */
export function valueIn<Code extends string>(labels: Labels<Code>, code: Code, language: Language): string {
  return labels[code][language];
}
