import type { Language, LocalizedText } from './localized-text';

/**
 * The data dictionary of every file the app exports: what each column means, in bokmål, nynorsk and English,
 * and the Norwegian header the CSV for Norwegian Excel uses instead of the stable column name. Defined once,
 * here, so that the list, the measure, the duties, the analysis and the change log exports (and the open data
 * package) say the same thing about the same column. Text-heavy: the app loads it only when a file or the
 * dictionary is asked for.
 */
export interface ColumnDefinition {
  /** The column's header in each language (nb and nn are the Norwegian Excel headers). */
  header: Required<LocalizedText>;
  /** What the column holds. */
  meaning: Required<LocalizedText>;
}

type Row = [nbHeader: string, nnHeader: string, enHeader: string, nb: string, nn: string, en: string];

function define<Column extends string>(rows: Record<Column, Row>): Record<Column, ColumnDefinition> {
  const result = {} as Record<Column, ColumnDefinition>;
  for (const column of Object.keys(rows) as Column[]) {
    const [nbHeader, nnHeader, enHeader, nb, nn, en] = rows[column];
    result[column] = { header: { nb: nbHeader, nn: nnHeader, en: enHeader }, meaning: { nb, nn, en } };
  }
  return result;
}

const PRECISION: Row = [
  'Presisjon',
  'Presisjon',
  'Precision',
  'Hvor presist datoen i kolonnen foran er kjent: day (dag), month (måned) eller year (år). En dato er aldri mer presis enn dette.',
  'Kor presist datoen i kolonnen framfor er kjend: day (dag), month (månad) eller year (år). Ein dato er aldri meir presis enn dette.',
  'How precisely the date in the column before is known: day, month or year. A date is never more precise than this.',
];

/** Columns several exports share, defined once. */
const SHARED = define({
  id: ['Tiltak-ID', 'Tiltak-ID', 'Measure id', 'Tiltakets faste ID i Tiltaksmonitor.', 'Den faste ID-en til tiltaket i Tiltaksmonitor.', "The measure's permanent id in Tiltaksmonitor."],
  plan_id: ['Plan-ID', 'Plan-ID', 'Plan id', 'Planens faste ID.', 'Den faste ID-en til planen.', "The plan's permanent id."],
  plan: ['Plan', 'Plan', 'Plan', 'Planens referanse, for eksempel «Meld. St. 26 (2014–2015)».', 'Referansen til planen, til dømes «Meld. St. 26 (2014–2015)».', 'The plan\'s reference, e.g. "Meld. St. 26 (2014–2015)".'],
  number: ['Nr.', 'Nr.', 'No.', 'Tiltakets nummer i planens egen liste.', 'Nummeret til tiltaket i lista til planen.', "The measure's number in the plan's own list."],
  area_id: ['Område-ID', 'Område-ID', 'Area id', 'Områdets faste ID.', 'Den faste ID-en til området.', "The area's permanent id."],
  area: ['Område', 'Område', 'Area', 'Satsingsområdet eller tjenesteområdet tiltaket hører til.', 'Satsingsområdet eller tenesteområdet tiltaket høyrer til.', 'The focus area or service area the measure belongs to.'],
  title: ['Tiltak', 'Tiltak', 'Measure', 'Tiltakets tittel i språket filen ble lastet ned på (bokmål der det ikke finnes).', 'Tittelen på tiltaket i språket fila vart lasta ned på (bokmål der han ikkje finst).', "The measure's title in the language the file was downloaded in (bokmål where there is none)."],
  verified: ['Verifisering', 'Verifisering', 'Verification', 'Hvor godt opplysningene er belagt i kildene: verified (verifisert), partial (delvis bekreftet) eller unverified (ikke verifisert).', 'Kor godt opplysningane er belagde i kjeldene: verified (verifisert), partial (delvis stadfesta) eller unverified (ikkje verifisert).', 'How well the facts are backed by the sources: verified, partial (partly confirmed) or unverified.'],
  completed_on: ['Fullført', 'Fullført', 'Completed on', 'Når tiltaket ble fullført, så presist som det er kjent: «2017», «2017-09» eller «2017-09-13». Tomt når det ikke er fullført eller datoen ikke er kjent.', 'Når tiltaket vart fullført, så presist som det er kjent: «2017», «2017-09» eller «2017-09-13». Tomt når det ikkje er fullført eller datoen ikkje er kjend.', 'When the measure was completed, as precisely as known: "2017", "2017-09" or "2017-09-13". Empty when not completed or the date is not known.'],
  completed_on_precision: PRECISION,
  actual_year: ['Faktisk år', 'Faktisk år', 'Actual year', 'Året tiltaket ble fullført; tomt når det ikke er fullført eller året ikke er kjent.', 'Året tiltaket vart fullført; tomt når det ikkje er fullført eller året ikkje er kjent.', 'The year the measure was completed; empty when not completed or not known.'],
  median_slippage_years: ['Median forsinkelse (år)', 'Median forseinking (år)', 'Median slippage (years)', 'Medianen av antall år etter målåret tiltakene ble fullført (negativt: før). Tomt når ingen kan vurderes.', 'Medianen av talet på år etter målåret tiltaka vart fullførte (negativt: før). Tomt når ingen kan vurderast.', 'The median number of years after the target year the measures were completed (negative: before). Empty when none can be judged.'],
  with_target: ['Med målår', 'Med målår', 'With target year', 'Tiltak der planen oppga et år de skulle være ferdige.', 'Tiltak der planen gav opp eit år dei skulle vere ferdige.', 'Measures for which the plan stated a year to be done by.'],
  judged: ['Kan vurderes', 'Kan vurderast', 'Judged', 'Tiltak med målår som er fullført med kjent år, eller som er åpne etter målåret.', 'Tiltak med målår som er fullførte med kjent år, eller som er opne etter målåret.', 'Measures with a target year that were completed in a known year, or are open past it.'],
  on_time: ['I tide', 'I tide', 'On time', 'Fullført senest i målåret.', 'Fullført seinast i målåret.', 'Completed in the target year or earlier.'],
  on_time_share: ['Andel i tide', 'Del i tide', 'Share on time', 'I tide delt på de som kan vurderes (0–1). Tomt når ingen kan vurderes.', 'I tide delt på dei som kan vurderast (0–1). Tomt når ingen kan vurderast.', 'On time divided by judged (0–1). Empty when none can be judged.'],
  not_judged: ['Kan ikke vurderes', 'Kan ikkje vurderast', 'Not judged', 'Tiltak med målår som ikke kan vurderes ennå: åpne og ikke forfalt, avlyst eller erstattet, eller fullført uten kjent tidspunkt.', 'Tiltak med målår som ikkje kan vurderast enno: opne og ikkje forfalne, avlyste eller erstatta, eller fullførte utan kjend tidspunkt.', 'Measures with a target year that cannot be judged yet: open and not yet due, cancelled or replaced, or completed at an unknown time.'],
});

/** The measure list's export (CSV and JSON of the measures shown), one row per measure. */
export const MEASURE_EXPORT_DICTIONARY = {
  id: SHARED.id,
  plan_id: SHARED.plan_id,
  plan: SHARED.plan,
  number: SHARED.number,
  area_id: SHARED.area_id,
  area: SHARED.area,
  ...define({
    topic: ['Tema', 'Tema', 'Topic', 'Underoverskrift i området, for eksempel «Fysioterapi».', 'Underoverskrift i området, til dømes «Fysioterapi».', 'A sub-heading within the area, e.g. "Fysioterapi".'],
  }),
  title: SHARED.title,
  ...define({
    title_nb: ['Tittel (bokmål)', 'Tittel (bokmål)', 'Title (bokmål)', 'Tittelen på bokmål, med planens egne ord.', 'Tittelen på bokmål, med orda til planen.', "The title in bokmål, in the plan's own words."],
    title_nn: ['Tittel (nynorsk)', 'Tittel (nynorsk)', 'Title (nynorsk)', 'Tittelen på nynorsk; tomt der den ikke er skrevet.', 'Tittelen på nynorsk; tomt der han ikkje er skriven.', 'The title in nynorsk; empty where not written.'],
    title_en: ['Tittel (engelsk)', 'Tittel (engelsk)', 'Title (English)', 'Tittelen på engelsk; tomt der den ikke er skrevet.', 'Tittelen på engelsk; tomt der han ikkje er skriven.', 'The title in English; empty where not written.'],
    description_nb: ['Beskrivelse (bokmål)', 'Skildring (bokmål)', 'Description (bokmål)', 'Beskrivelsen på bokmål.', 'Skildringa på bokmål.', 'The description in bokmål.'],
    description_nn: ['Beskrivelse (nynorsk)', 'Skildring (nynorsk)', 'Description (nynorsk)', 'Beskrivelsen på nynorsk; tomt der den ikke er skrevet.', 'Skildringa på nynorsk; tomt der ho ikkje er skriven.', 'The description in nynorsk; empty where not written.'],
    description_en: ['Beskrivelse (engelsk)', 'Skildring (engelsk)', 'Description (English)', 'Beskrivelsen på engelsk; tomt der den ikke er skrevet.', 'Skildringa på engelsk; tomt der ho ikkje er skriven.', 'The description in English; empty where not written.'],
    responsible: ['Ansvarlig', 'Ansvarleg', 'Responsible', 'Departementet eller direktoratet planen gir ansvaret.', 'Departementet eller direktoratet planen gir ansvaret.', 'The ministry or directorate the plan makes responsible.'],
    instrument: ['Virkemiddel (kode)', 'Verkemiddel (kode)', 'Instrument (code)', 'Virkemiddelet som kode: lov, forskrift, strategi, plan, tilskudd, utredning, retningslinje, program eller avtale.', 'Verkemiddelet som kode: lov, forskrift, strategi, plan, tilskudd, utredning, retningslinje, program eller avtale.', 'The instrument as a code: lov (act), forskrift (regulation), strategi, plan, tilskudd (grant), utredning (study), retningslinje (guideline), program or avtale (agreement).'],
    instrument_label: ['Virkemiddel', 'Verkemiddel', 'Instrument', 'Virkemiddelet i språket filen ble lastet ned på.', 'Verkemiddelet i språket fila vart lasta ned på.', 'The instrument in the language the file was downloaded in.'],
    original_deadline: ['Frist i planen', 'Frist i planen', 'Deadline in the plan', 'Fristen slik planen formulerte den, for eksempel «tidligst fra 2017».', 'Fristen slik planen formulerte han, til dømes «tidlegast frå 2017».', 'The deadline as the plan worded it, e.g. "tidligst fra 2017" (not before 2017).'],
    original_deadline_date: ['Frist i planen (dato)', 'Frist i planen (dato)', 'Deadline in the plan (date)', 'Datoen fristen i planen viser til, så presist som den er kjent («2017», «2017-09»).', 'Datoen fristen i planen viser til, så presist som han er kjend («2017», «2017-09»).', 'The date the plan\'s deadline names, as precisely as known ("2017", "2017-09").'],
    original_deadline_kind: ['Frist i planen (type)', 'Frist i planen (type)', 'Deadline in the plan (kind)', 'by (innen), from (fra), earliest (tidligst fra: ikke et løfte) eller until (fram til: hvor lenge noe varer).', 'by (innan), from (frå), earliest (tidlegast frå: ikkje ein lovnad) eller until (fram til: kor lenge noko varer).', 'by, from, earliest (not before: no promise) or until (how long something runs).'],
    deadline: ['Gjeldende frist', 'Gjeldande frist', 'Current deadline', 'Fristen som gjelder nå (etter eventuelle flyttinger), med ordene den ble gitt med.', 'Fristen som gjeld no (etter eventuelle flyttingar), med orda han vart gitt med.', 'The deadline that applies now (after any moves), in the words it was given.'],
    deadline_date: ['Gjeldende frist (dato)', 'Gjeldande frist (dato)', 'Current deadline (date)', 'Datoen den gjeldende fristen viser til, så presist som den er kjent.', 'Datoen den gjeldande fristen viser til, så presist som han er kjend.', 'The date the current deadline names, as precisely as known.'],
    deadline_kind: ['Gjeldende frist (type)', 'Gjeldande frist (type)', 'Current deadline (kind)', 'Typen for den gjeldende fristen: by, from, earliest eller until (se «Frist i planen (type)»).', 'Typen for den gjeldande fristen: by, from, earliest eller until (sjå «Frist i planen (type)»).', 'The kind of the current deadline: by, from, earliest or until (see the deadline in the plan).'],
    deadline_moves: ['Fristen flyttet (antall)', 'Fristen flytt (tal)', 'Deadline moves', 'Hvor mange ganger fristen er flyttet siden planen satte den.', 'Kor mange gonger fristen er flytt sidan planen sette han.', 'How many times the deadline has been moved since the plan set it.'],
    status: ['Status (kode)', 'Status (kode)', 'Status (code)', 'Status som kode: planned, in_progress, at_risk, completed, cancelled eller replaced.', 'Status som kode: planned, in_progress, at_risk, completed, cancelled eller replaced.', 'The status as a code: planned, in_progress, at_risk, completed, cancelled or replaced.'],
    status_label: ['Status', 'Status', 'Status', 'Status i språket filen ble lastet ned på.', 'Status i språket fila vart lasta ned på.', 'The status in the language the file was downloaded in.'],
    status_since: ['Status siden', 'Status sidan', 'Status since', 'Når tiltaket fikk statusen det har nå, så presist som det er kjent.', 'Når tiltaket fekk statusen det har no, så presist som det er kjent.', 'When the measure reached its current status, as precisely as known.'],
  }),
  completed_on: SHARED.completed_on,
  completed_on_precision: SHARED.completed_on_precision,
  ...define({
    replaced_by: ['Erstattet av', 'Erstatta av', 'Replaced by', 'ID-en til tiltaket som erstattet dette; tomt ellers.', 'ID-en til tiltaket som erstatta dette; tomt elles.', 'The id of the measure that replaced this one; empty otherwise.'],
    overdue: ['Forsinket', 'Forseinka', 'Overdue', 'true når tiltaket er åpent og fristen er passert på datoen i «Vurdert per».', 'true når tiltaket er ope og fristen er passert på datoen i «Vurdert per».', 'true when the measure is open and its deadline has passed on the date in "judged on".'],
    overdue_judged_on: ['Vurdert per', 'Vurdert per', 'Judged on', 'Datoen forsinkelse er vurdert på: nedlastingsdagen, eller datoen utvalget viser.', 'Datoen forseinking er vurdert på: nedlastingsdagen, eller datoen utvalet viser.', 'The date overdue is judged on: the day of the download, or the date the selection shows.'],
    planned_year: ['Planlagt år', 'Planlagt år', 'Planned year', 'Året planen satte (fra fristen i planen); tomt når planen ikke oppga noe år.', 'Året planen sette (frå fristen i planen); tomt når planen ikkje gav opp noko år.', "The year the plan set (from the plan's deadline); empty when the plan stated none."],
  }),
  actual_year: SHARED.actual_year,
  ...define({
    slippage_years: ['Forsinkelse (år)', 'Forseinking (år)', 'Slippage (years)', 'Faktisk år minus planlagt år (negativt: før planen). For et åpent tiltak etter målåret: år så langt (minst). Tomt når det ikke kan regnes ut.', 'Faktisk år minus planlagt år (negativt: før planen). For eit ope tiltak etter målåret: år så langt (minst). Tomt når det ikkje kan reknast ut.', 'Actual year minus planned year (negative: early). For an open measure past its target: years so far (at least). Empty when it cannot be worked out.'],
    outcome: ['Resultat', 'Resultat', 'Outcome', 'Hva som ble gjort, kort.', 'Kva som vart gjort, kort.', 'What was done, in short.'],
    implemented_through: ['Gjennomført gjennom', 'Gjennomført gjennom', 'Implemented through', 'Dokumentet som gjennomførte tiltaket, for eksempel «Prop. 71 L (2016–2017)».', 'Dokumentet som gjennomførte tiltaket, til dømes «Prop. 71 L (2016–2017)».', 'The document that carried the measure out, e.g. "Prop. 71 L (2016–2017)".'],
    outcome_verified: ['Resultat verifisert', 'Resultat verifisert', 'Outcome verified', 'Hvor godt resultatet er belagt: verified, partial eller unverified.', 'Kor godt resultatet er belagt: verified, partial eller unverified.', 'How well the outcome is backed: verified, partial or unverified.'],
    outcome_note: ['Merknad til resultat', 'Merknad til resultat', 'Outcome note', 'Hva som ikke er kjent eller bare delvis bekreftet om resultatet.', 'Kva som ikkje er kjent eller berre delvis stadfesta om resultatet.', 'What is not known or only partly confirmed about the outcome.'],
  }),
  verified: SHARED.verified,
  ...define({
    sources: ['Kilder', 'Kjelder', 'Sources', 'Kildene, med tittel, skilt med « | ».', 'Kjeldene, med tittel, skilde med « | ».', 'The sources, by title, separated by " | ".'],
    source_urls: ['Kildeadresser', 'Kjeldeadresser', 'Source addresses', 'Adressene til kildene, i samme rekkefølge; tomt der adressen mangler.', 'Adressene til kjeldene, i same rekkjefølgje; tomt der adressa manglar.', 'The addresses of the sources, in the same order; empty where there is none.'],
    obligations: ['Plikter for kommunene', 'Plikter for kommunane', 'Duties for municipalities', 'Pliktene tiltaket legger på kommunene, i klarspråk, skilt med « | ».', 'Pliktene tiltaket legg på kommunane, i klarspråk, skilde med « | ».', 'The duties the measure puts on municipalities, in plain words, separated by " | ".'],
    obligation_legal_basis: ['Lovgrunnlag', 'Lovgrunnlag', 'Legal basis', 'Lovgrunnlaget for hver plikt, i samme rekkefølge.', 'Lovgrunnlaget for kvar plikt, i same rekkjefølgje.', 'The legal basis of each duty, in the same order.'],
    obligation_in_force: ['Plikt gjelder fra', 'Plikt gjeld frå', 'Duty in force from', 'Når hver plikt trådte i kraft, så presist som det er kjent, i samme rekkefølge.', 'Når kvar plikt tok til å gjelde, så presist som det er kjent, i same rekkjefølgje.', 'When each duty came into force, as precisely as known, in the same order.'],
    followed_up_by: ['Fulgt opp i', 'Følgt opp i', 'Followed up by', 'ID-ene til senere tiltak som følger opp dette, skilt med « | ».', 'ID-ane til seinare tiltak som følgjer opp dette, skilde med « | ».', 'The ids of later measures that follow this one up, separated by " | ".'],
    history_entries: ['Historikk (antall)', 'Historikk (tal)', 'History entries', 'Hvor mange oppføringer tiltakets historikk har.', 'Kor mange oppføringar historikken til tiltaket har.', "How many entries the measure's history has."],
    last_change: ['Sist endret', 'Sist endra', 'Last changed', 'Når den siste endringen i historikken skjedde (status, frist, merknad eller kilde), så presist som det er kjent; ikke når posten ble skrevet.', 'Når den siste endringa i historikken skjedde (status, frist, merknad eller kjelde), så presist som det er kjent; ikkje når posten vart skriven.', 'When the last change in the history happened (status, deadline, note or source), as precisely as known; not when the record was written.'],
    last_change_precision: PRECISION,
    synthetic: ['Syntetiske testdata', 'Syntetiske testdata', 'Synthetic', 'true for genererte testdata, aldri for ekte tiltak.', 'true for genererte testdata, aldri for ekte tiltak.', 'true for generated test data, never for real measures.'],
    version: ['Versjon', 'Versjon', 'Version', 'Postens versjonsnummer; øker ved hver lagret endring.', 'Versjonsnummeret til posten; aukar ved kvar lagra endring.', "The record's version number; goes up with every saved change."],
    updated_at: ['Posten skrevet', 'Posten skriven', 'Record written', 'Når posten sist ble skrevet i Tiltaksmonitor (for eksempel ved import); ikke når noe skjedde med tiltaket.', 'Når posten sist vart skriven i Tiltaksmonitor (til dømes ved import); ikkje når noko skjedde med tiltaket.', 'When the record was last written in Tiltaksmonitor (at import, say); not when anything happened to the measure.'],
  }),
} satisfies Record<string, ColumnDefinition>;

/** The duties export of a municipality, one row per duty. */
export const DUTY_EXPORT_DICTIONARY = {
  verified: SHARED.verified,
  ...define({
  municipality_number: ['Kommunenummer', 'Kommunenummer', 'Municipality number', 'Kommunenummeret (SSB).', 'Kommunenummeret (SSB).', 'The municipality number (Statistics Norway).'],
  municipality: ['Kommune', 'Kommune', 'Municipality', 'Kommunens navn.', 'Namnet på kommunen.', "The municipality's name."],
  county: ['Fylke', 'Fylke', 'County', 'Fylket kommunen ligger i.', 'Fylket kommunen ligg i.', 'The county the municipality is in.'],
  as_of: ['Per dato', 'Per dato', 'As of', 'Datoen pliktene er vist for.', 'Datoen pliktene er viste for.', 'The date the duties are shown for.'],
  group: ['Gruppe', 'Gruppe', 'Group', 'in_force (gjelder) eller coming (kommer).', 'in_force (gjeld) eller coming (kjem).', 'in_force or coming.'],
  duty_id: ['Plikt-ID', 'Plikt-ID', 'Duty id', 'Pliktens faste ID; den samme på alle tiltak som gir samme plikt.', 'Den faste ID-en til plikta; den same på alle tiltak som gir same plikt.', "The duty's permanent id; the same on every measure that leads to it."],
  requires: ['Krav', 'Krav', 'Requires', 'Hva plikten krever.', 'Kva plikta krev.', 'What the duty requires.'],
  plain_language: ['I klarspråk', 'I klarspråk', 'In plain words', 'Plikten i én setning en kommuneleder kan handle på.', 'Plikta i éi setning ein kommuneleiar kan handle på.', 'The duty in one sentence a municipal leader can act on.'],
  legal_basis: ['Lovgrunnlag', 'Lovgrunnlag', 'Legal basis', 'Lovhjemmelen, for eksempel «helse- og omsorgstjenesteloven § 3-2».', 'Lovheimelen, til dømes «helse- og omsorgstenestelova § 3-2».', 'The legal basis, e.g. "helse- og omsorgstjenesteloven § 3-2".'],
  in_force: ['Gjelder fra', 'Gjeld frå', 'In force from', 'Når plikten trådte i kraft, så presist som det er kjent.', 'Når plikta tok til å gjelde, så presist som det er kjent.', 'When the duty came into force, as precisely as known.'],
  in_force_precision: PRECISION,
  in_force_uncertain: ['Usikker dato', 'Uviss dato', 'Date uncertain', 'true når det ikke er sikkert at plikten gjaldt på datoen (datoen er bare kjent til år eller måned).', 'true når det ikkje er sikkert at plikta galdt på datoen (datoen er berre kjend til år eller månad).', 'true when it is not certain the duty applied on the date (its date is known only to the year or month).'],
  note: ['Merknad', 'Merknad', 'Note', 'Hva som ikke er kjent eller bare delvis bekreftet om plikten.', 'Kva som ikkje er kjent eller berre delvis stadfesta om plikta.', 'What is not known or only partly confirmed about the duty.'],
  measures: ['Tiltak', 'Tiltak', 'Measures', 'Tiltakene som fører til plikten (plan, nummer og tittel), skilt med « | ».', 'Tiltaka som fører til plikta (plan, nummer og tittel), skilde med « | ».', 'The measures that lead to the duty (plan, number and title), separated by " | ".'],
  measure_statuses: ['Status for tiltakene', 'Status for tiltaka', 'Measure statuses', 'Status for hvert tiltak, i samme rekkefølge.', 'Status for kvart tiltak, i same rekkjefølgje.', 'The status of each measure, in the same order.'],
  measure_urls: ['Tiltakenes adresser', 'Adressene til tiltaka', 'Measure addresses', 'Adressen til hvert tiltak i Tiltaksmonitor, i samme rekkefølge.', 'Adressa til kvart tiltak i Tiltaksmonitor, i same rekkjefølgje.', "Each measure's address in Tiltaksmonitor, in the same order."],
  source_urls: ['Kildeadresser', 'Kjeldeadresser', 'Source addresses', 'Adressene til kildene bak tiltakene, hver én gang.', 'Adressene til kjeldene bak tiltaka, kvar éin gong.', 'The addresses of the sources behind the measures, each once.'],
  applies_to_all_municipalities: ['Gjelder alle kommuner', 'Gjeld alle kommunar', 'Applies to all municipalities', 'true: plikten gjelder alle kommuner likt.', 'true: plikta gjeld alle kommunar likt.', 'true: the duty applies to every municipality alike.'],
  }),
} satisfies Record<string, ColumnDefinition>;

/** The analysis's chart «Planlagt år mot faktisk år», one row per measure with a target year. */
export const TARGET_ACTUAL_EXPORT_DICTIONARY = {
  id: SHARED.id,
  plan_id: SHARED.plan_id,
  plan: SHARED.plan,
  number: SHARED.number,
  title: SHARED.title,
  area_id: SHARED.area_id,
  area: SHARED.area,
  ...define({
    deadline_stated: ['Frist i planen', 'Frist i planen', 'Deadline in the plan', 'Fristen slik planen formulerte den.', 'Fristen slik planen formulerte han.', 'The deadline as the plan worded it.'],
    deadline_kind: ['Type frist', 'Type frist', 'Deadline kind', 'by (innen), from (fra) eller earliest (tidligst fra: ikke et løfte om når).', 'by (innan), from (frå) eller earliest (tidlegast frå: ikkje ein lovnad om når).', 'by, from or earliest (not before: no promise of when).'],
    target_year: ['Målår', 'Målår', 'Target year', 'Året planen satte.', 'Året planen sette.', 'The year the plan set.'],
  }),
  actual_year: SHARED.actual_year,
  completed_on: SHARED.completed_on,
  completed_on_precision: SHARED.completed_on_precision,
  ...define({
    state: ['Utfall', 'Utfall', 'Outcome', 'Hvordan det gikk mot målåret: fullført, fullført (år ukjent), avlyst eller erstattet, åpent etter målåret, eller åpent.', 'Korleis det gjekk mot målåret: fullført, fullført (år ukjent), avlyst eller erstatta, ope etter målåret, eller ope.', 'How it went against the target year: completed, completed (year unknown), cancelled or replaced, open past the target, or open.'],
    slippage_years: ['Forsinkelse (år)', 'Forseinking (år)', 'Slippage (years)', 'Faktisk år minus målår (negativt: før). For et åpent tiltak etter målåret: år så langt (minst).', 'Faktisk år minus målår (negativt: før). For eit ope tiltak etter målåret: år så langt (minst).', 'Actual year minus target year (negative: early). For an open measure past its target: years so far (at least).'],
  }),
  verified: SHARED.verified,
  ...define({
    uncertain: ['Usikker', 'Uviss', 'Uncertain', 'true når raden bygger på usikre opplysninger (se «Usikkerhet»).', 'true når rada byggjer på uvisse opplysningar (sjå «Uvisse»).', 'true when the row rests on uncertain facts (see the notes).'],
    notes: ['Usikkerhet', 'Uvisse', 'Notes', 'Hva som gjør raden usikker, i klartekst, skilt med « | »: kildene bekrefter bare delvis, ikke bekreftet i kildene, bare året for fullføring er kjent, eller «tidligst» (ikke et løfte om når).', 'Kva som gjer rada uviss, i klartekst, skilt med « | »: kjeldene stadfestar berre delvis, ikkje stadfesta i kjeldene, berre året for fullføring er kjent, eller «tidlegast» (ikkje ein lovnad om når).', 'What makes the row uncertain, in words, separated by " | ": partly confirmed, not confirmed in the sources, only the year of completion known, or "earliest" (no promise of when).'],
  }),
} satisfies Record<string, ColumnDefinition>;

const late = (years: string, nn: string, en: string): Row => [
  years,
  nn,
  en,
  `Tiltak med målår i området som ble fullført ${years.toLowerCase()}.`,
  `Tiltak med målår i området som vart fullførte ${nn.toLowerCase()}.`,
  `Measures with a target year in the area completed ${en.toLowerCase()}.`,
];

/** The analysis's chart «Forsinkelse per område», one row per area. */
export const AREA_SLIPPAGE_EXPORT_DICTIONARY = {
  area_id: SHARED.area_id,
  area: SHARED.area,
  with_target: SHARED.with_target,
  on_time: SHARED.on_time,
  ...define({
    late_1: late('1 år for sent', '1 år for seint', '1 year late'),
    late_2: late('2 år for sent', '2 år for seint', '2 years late'),
    late_3: late('3 år for sent', '3 år for seint', '3 years late'),
    late_4_plus: late('4 år eller mer for sent', '4 år eller meir for seint', '4 or more years late'),
    open_late: ['Åpent etter målåret', 'Ope etter målåret', 'Open past target', 'Tiltak som fortsatt er åpne etter målåret.', 'Tiltak som framleis er opne etter målåret.', 'Measures still open after their target year.'],
  }),
  not_judged: SHARED.not_judged,
  median_slippage_years: SHARED.median_slippage_years,
} satisfies Record<string, ColumnDefinition>;

/** The analysis's chart «Andel fullført i tide per område», one row per area. */
export const ON_TIME_EXPORT_DICTIONARY = {
  area_id: SHARED.area_id,
  area: SHARED.area,
  judged: SHARED.judged,
  on_time: SHARED.on_time,
  on_time_share: SHARED.on_time_share,
  with_target: SHARED.with_target,
  not_judged: SHARED.not_judged,
} satisfies Record<string, ColumnDefinition>;

/** The analysis's chart «Planene side om side», one row per plan. */
export const PLAN_COMPARISON_EXPORT_DICTIONARY = {
  plan_id: SHARED.plan_id,
  plan: SHARED.plan,
  ...define({
    measures: ['Tiltak', 'Tiltak', 'Measures', 'Tiltak i planen med kilder i datagrunnlaget.', 'Tiltak i planen med kjelder i datagrunnlaget.', 'Measures of the plan with sources in the data.'],
    completed: ['Fullført', 'Fullført', 'Completed', 'Tiltak som er fullført.', 'Tiltak som er fullførte.', 'Measures completed.'],
    completed_share: ['Andel fullført', 'Del fullført', 'Share completed', 'Fullført delt på tiltak (0–1). Tomt uten tiltak.', 'Fullført delt på tiltak (0–1). Tomt utan tiltak.', 'Completed divided by measures (0–1). Empty without measures.'],
  }),
  with_target: SHARED.with_target,
  judged: SHARED.judged,
  on_time: SHARED.on_time,
  on_time_share: SHARED.on_time_share,
  median_slippage_years: SHARED.median_slippage_years,
  ...define({
    gap: ['Merknad', 'Merknad', 'Note', 'Hvorfor et tall mangler, i klartekst: planen har ingen tiltak med kilder i datagrunnlaget, tiltakene har ikke målår, eller ingen med målår er fullført eller forfalt ennå. Tomt når alt kan regnes ut.', 'Kvifor eit tal manglar, i klartekst: planen har ingen tiltak med kjelder i datagrunnlaget, tiltaka har ikkje målår, eller ingen med målår er fullførte eller forfalne enno. Tomt når alt kan reknast ut.', 'Why a figure is missing, in words: the plan has no measures with sources in the data, its measures have no target year, or none with a target year is completed or due yet. Empty when everything can be worked out.'],
  }),
} satisfies Record<string, ColumnDefinition>;

/** The log of changes (/endringer), one row per change, the newest recorded first. */
export const CHANGE_LOG_EXPORT_DICTIONARY = {
  ...define({
    recorded_at: ['Registrert', 'Registrert', 'Recorded', 'Når endringen ble registrert i Tiltaksmonitor: dato og klokkeslett med tidssone (ISO 8601).', 'Når endringa vart registrert i Tiltaksmonitor: dato og klokkeslett med tidssone (ISO 8601).', 'When the change was recorded in Tiltaksmonitor: date and time with the time zone offset (ISO 8601).'],
    effective: ['Skjedde', 'Skjedde', 'Happened', 'Når endringen skjedde, så presist som det er kjent: «2017», «2017-09» eller «2017-09-13»; ikke når den ble registrert.', 'Når endringa skjedde, så presist som det er kjent: «2017», «2017-09» eller «2017-09-13»; ikkje når ho vart registrert.', 'When the change happened, as precisely as known: "2017", "2017-09" or "2017-09-13"; not when it was recorded.'],
    effective_precision: PRECISION,
  }),
  plan_id: SHARED.plan_id,
  plan: SHARED.plan,
  measure_id: SHARED.id,
  number: SHARED.number,
  title: SHARED.title,
  ...define({
    change: ['Endring', 'Endring', 'Change', 'Hva som ble endret: status, deadline (frist), note (merknad) eller source (kilde lagt til).', 'Kva som vart endra: status, deadline (frist), note (merknad) eller source (kjelde lagd til).', 'What was changed: status, deadline, note or source (a source added).'],
    status_from: ['Status før', 'Status før', 'Status before', 'Statusen før endringen, i språket filen ble lastet ned på; tomt når endringen ikke gjelder status.', 'Statusen før endringa, i språket fila vart lasta ned på; tomt når endringa ikkje gjeld status.', 'The status before the change, in the language the file was downloaded in; empty when the change is not of status.'],
    status_to: ['Status etter', 'Status etter', 'Status after', 'Statusen etter endringen, i språket filen ble lastet ned på; tomt når endringen ikke gjelder status.', 'Statusen etter endringa, i språket fila vart lasta ned på; tomt når endringa ikkje gjeld status.', 'The status after the change, in the language the file was downloaded in; empty when the change is not of status.'],
    completed_on: ['Fullført', 'Fullført', 'Completed on', 'Når tiltaket ble fullført, så presist som det er kjent, for en endring til fullført; tomt ellers.', 'Når tiltaket vart fullført, så presist som det er kjent, for ei endring til fullført; tomt elles.', 'When the measure was completed, as precisely as known, for a change to completed; empty otherwise.'],
    replaced_by: ['Erstattet av', 'Erstatta av', 'Replaced by', 'ID-en til tiltaket som erstattet dette, for en endring til erstattet; tomt ellers.', 'ID-en til tiltaket som erstatta dette, for ei endring til erstatta; tomt elles.', 'The id of the measure that replaced this one, for a change to replaced; empty otherwise.'],
    deadline_from: ['Frist før', 'Frist før', 'Deadline before', 'Fristen før endringen: planens ord i språket filen ble lastet ned på (bokmål der de ikke finnes), så typen og datoen i parentes, for eksempel «i 2016 (by 2016)». Tomt når endringen ikke gjelder frist, eller tiltaket ikke hadde noen frist.', 'Fristen før endringa: orda til planen i språket fila vart lasta ned på (bokmål der dei ikkje finst), så typen og datoen i parentes, til dømes «i 2016 (by 2016)». Tomt når endringa ikkje gjeld frist, eller tiltaket ikkje hadde nokon frist.', 'The deadline before the change: the plan\'s words in the language the file was downloaded in (bokmål where there are none), then the kind and the date in brackets, e.g. "i 2016 (by 2016)". Empty when the change is not of deadline, or the measure had none.'],
    deadline_to: ['Frist etter', 'Frist etter', 'Deadline after', 'Fristen etter endringen, skrevet på samme måte; tomt når endringen ikke gjelder frist.', 'Fristen etter endringa, skriven på same måte; tomt når endringa ikkje gjeld frist.', 'The deadline after the change, written the same way; empty when the change is not of deadline.'],
    reason: ['Begrunnelse', 'Grunngiving', 'Reason', 'Hvorfor endringen ble gjort, med ordene til den som gjorde den, i språket i «Tekstens språk»; kan være tomt for en merknad.', 'Kvifor endringa vart gjord, med orda til den som gjorde ho, i språket i «Språket i teksten»; kan vere tomt for ein merknad.', 'Why the change was made, in the words of whoever made it, in the language of "Text language"; may be empty for a note.'],
    note: ['Merknad', 'Merknad', 'Note', 'Teksten i en merknad; tomt for andre endringer.', 'Teksten i ein merknad; tomt for andre endringar.', 'The text of a note; empty for other changes.'],
    source_title: ['Kilde', 'Kjelde', 'Source', 'Tittelen på kilden endringen bygger på, eller på kilden som ble lagt til; tomt uten kilde.', 'Tittelen på kjelda endringa byggjer på, eller på kjelda som vart lagd til; tomt utan kjelde.', 'The title of the source the change rests on, or of the source added; empty without one.'],
    source_url: ['Kildeadresse', 'Kjeldeadresse', 'Source address', 'Adressen til den samme kilden; tomt uten kilde.', 'Adressa til den same kjelda; tomt utan kjelde.', 'The address of the same source; empty without one.'],
    by: ['Av', 'Av', 'By', 'Hvem som gjorde endringen: navnet på brukeren eller datasettet.', 'Kven som gjorde endringa: namnet på brukaren eller datasettet.', 'Who made the change: the name of the user or the dataset.'],
    by_kind: ['Type forfatter', 'Type forfattar', 'Author kind', 'user (en bruker av Tiltaksmonitor) eller dataset (datasettet, ved import).', 'user (ein brukar av Tiltaksmonitor) eller dataset (datasettet, ved import).', 'user (a user of Tiltaksmonitor) or dataset (the dataset, at import).'],
    text_language: ['Tekstens språk', 'Språket i teksten', 'Text language', 'Språket begrunnelsen og merknaden er skrevet på: nb (bokmål), nn (nynorsk) eller en (engelsk). En historikk oversettes ikke.', 'Språket grunngivinga og merknaden er skrivne på: nb (bokmål), nn (nynorsk) eller en (engelsk). Ein historikk blir ikkje omsett.', 'The language the reason and the note are written in: nb (bokmål), nn (nynorsk) or en (English). A history is not translated.'],
  }),
  synthetic: MEASURE_EXPORT_DICTIONARY.synthetic,
} satisfies Record<string, ColumnDefinition>;

/** Some columns of another export, described as there. */
function pick<Column extends string, Picked extends Column>(dictionary: Record<Column, ColumnDefinition>, columns: readonly Picked[]): Record<Picked, ColumnDefinition> {
  return Object.fromEntries(columns.map((column) => [column, dictionary[column]])) as Record<Picked, ColumnDefinition>;
}

/** The status report (/rapport): one row per measure and change between the two reporting dates. */
export const REPORT_EXPORT_DICTIONARY = {
  ...pick(SHARED, ['plan_id', 'plan']),
  measure_id: SHARED.id,
  ...pick(SHARED, ['number', 'area_id', 'area', 'title']),
  ...define({
    status_compare_to: ['Status forrige rapporteringsdato', 'Status førre rapporteringsdato', 'Status on the previous reporting date', 'Statusen på forrige rapporteringsdato (compareTo), i språket filen ble lastet ned på; tomt når tiltaket ikke fantes ennå.', 'Statusen på førre rapporteringsdato (compareTo), i språket fila vart lasta ned på; tomt når tiltaket ikkje fanst enno.', 'The status on the previous reporting date (compareTo), in the language the file was downloaded in; empty when the measure did not exist yet.'],
    status_as_of: ['Status rapporteringsdato', 'Status rapporteringsdato', 'Status on the reporting date', 'Statusen på rapporteringsdatoen (asOf), i språket filen ble lastet ned på.', 'Statusen på rapporteringsdatoen (asOf), i språket fila vart lasta ned på.', 'The status on the reporting date (asOf), in the language the file was downloaded in.'],
    status_changed: ['Status endret', 'Status endra', 'Status changed', 'true når statusen på rapporteringsdatoen er en annen enn på forrige rapporteringsdato (eller tiltaket ikke fantes da).', 'true når statusen på rapporteringsdatoen er ein annan enn på førre rapporteringsdato (eller tiltaket ikkje fanst då).', 'true when the status on the reporting date differs from that on the previous reporting date (or the measure did not exist then).'],
    overdue_as_of: ['Forsinket på rapporteringsdatoen', 'Forseinka på rapporteringsdatoen', 'Overdue on the reporting date', 'true når tiltaket er åpent og fristen som gjaldt, er passert på rapporteringsdatoen.', 'true når tiltaket er ope og fristen som galdt, er passert på rapporteringsdatoen.', 'true when the measure is open and the deadline that applied has passed on the reporting date.'],
  }),
  verified: SHARED.verified,
  ...pick(CHANGE_LOG_EXPORT_DICTIONARY, ['effective', 'effective_precision']),
  ...define({
    counts_from: ['Teller fra', 'Tel frå', 'Counts from', 'Dagen endringen teller fra når status spilles av: den siste dagen den kan ha skjedd (slutten av året eller måneden datoen er kjent med), eller dagen den ble registrert hvis det er tidligere. Tomt for en rad uten endring.', 'Dagen endringa tel frå når status blir spela av: den siste dagen ho kan ha skjedd (slutten av året eller månaden datoen er kjend med), eller dagen ho vart registrert viss det er tidlegare. Tomt for ei rad utan endring.', 'The day the change counts from when the status is replayed: the last day it can have happened (the end of the year or month its date is known to), or the day it was recorded if that is earlier. Empty for a row without a change.'],
  }),
  ...pick(CHANGE_LOG_EXPORT_DICTIONARY, ['change', 'status_from', 'status_to', 'completed_on', 'replaced_by', 'deadline_from', 'deadline_to', 'reason', 'note', 'source_title', 'source_url', 'by', 'by_kind', 'text_language', 'synthetic']),
} satisfies Record<string, ColumnDefinition>;

/** Every dictionary, by the export it describes. */
export const EXPORT_DICTIONARIES = {
  measures: MEASURE_EXPORT_DICTIONARY,
  duties: DUTY_EXPORT_DICTIONARY,
  'target-actual': TARGET_ACTUAL_EXPORT_DICTIONARY,
  'slippage-by-area': AREA_SLIPPAGE_EXPORT_DICTIONARY,
  'on-time-by-area': ON_TIME_EXPORT_DICTIONARY,
  'plan-comparison': PLAN_COMPARISON_EXPORT_DICTIONARY,
  changes: CHANGE_LOG_EXPORT_DICTIONARY,
  report: REPORT_EXPORT_DICTIONARY,
} as const;
export type ExportKind = keyof typeof EXPORT_DICTIONARIES;

/** An export's dictionary, for code that holds the export's columns as strings (the page's «Om kolonnene», the files). */
export function dictionaryOf(kind: ExportKind): Record<string, ColumnDefinition> {
  return EXPORT_DICTIONARIES[kind];
}

/** The headers for a CSV in the given language: the Norwegian Excel file's, in nynorsk for a nynorsk reader. */
export function headersIn<Column extends string>(dictionary: Record<Column, ColumnDefinition>, columns: readonly Column[], language: Language): string[] {
  return columns.map((column) => dictionary[column].header[language]);
}

/** The headers of the CSV for Norwegian Excel: Norwegian (nynorsk on a nynorsk page, bokmål otherwise). */
export function norwegianHeaders<Column extends string>(dictionary: Record<Column, ColumnDefinition>, columns: readonly Column[], language: Language): string[] {
  return headersIn(dictionary, columns, language === 'nn' ? 'nn' : 'nb');
}

export interface DictionaryRow {
  column: string;
  header: string;
  norwegianHeader: string;
  meaning: string;
}

/** The dictionary of an export as rows, in the order of its columns, in one language (for the page and the file). */
export function dictionaryRows<Column extends string>(dictionary: Record<Column, ColumnDefinition>, columns: readonly Column[], language: Language): DictionaryRow[] {
  return columns.map((column) => ({
    column,
    header: dictionary[column].header[language],
    norwegianHeader: dictionary[column].header[language === 'nn' ? 'nn' : 'nb'],
    meaning: dictionary[column].meaning[language],
  }));
}
