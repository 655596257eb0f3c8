/** The eight duties on municipalities in the plans, in order of when they came into force (all day-precise). */
export const DUTY_IDS_BY_DATE = [
  'sykehjem-kriterieforskrift-2016', // 1 July 2016
  'hol-3-5-ohjelp-psykisk-rus-2017', // 1 January 2017
  'kompetansekrav-leger-2017', // 1 March 2017
  'sykehjem-venteliste-2017', // 1 July 2017
  'hol-3-6-parorendestotte-2017', // 1 October 2017
  'hol-3-2-kjernekompetanse-2018', // 1 January 2018
  'betaling-utskrivningsklare-psykisk-tsb-2019', // 1 January 2019
  'hol-3-2-kjernekompetanse-2020', // 1 January 2020
] as const;
