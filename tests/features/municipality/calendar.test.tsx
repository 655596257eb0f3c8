import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { db } from '@mocks/db';
import { monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import { renderRoute } from '../../render';
import { parseCalendar } from '../../support/calendar';
import { DUTY_IDS_BY_DATE } from '../../support/duties';
import { captureDownloads } from '../../support/downloads';

/** The eight duties' in-force days (all known to the day in the dataset), in order. */
const DAYS = ['2016-07-01', '2017-01-01', '2017-03-01', '2017-07-01', '2017-10-01', '2018-01-01', '2019-01-01', '2020-01-01'];

/** Clicks «Legg til i kalender» (or its translation) and returns the file saved, as it was handed to the browser. */
async function downloadCalendar(files: ReturnType<typeof captureDownloads>, button: string, done: string) {
  const { user } = renderRoute('/kommune/4601?asOf=2017-06-30', { language: button === 'Add to calendar' ? 'en' : 'nb' });
  await user.click(await screen.findByRole('button', { name: button }));
  expect(await screen.findByText(done)).toBeInTheDocument();
  const [file] = files;
  if (!file) throw new Error('nothing downloaded');
  return { file, calendar: parseCalendar(await file.blob.text()) };
}

/** Gives the duty a date known only to a year or a month, in every measure that leads to it. */
function knownOnlyTo(obligationId: string, inForce: DatePoint) {
  for (const measure of db.allMeasures()) {
    if (!measure.obligations.some((obligation) => obligation.id === obligationId)) continue;
    db.saveMeasureNow({ ...measure, obligations: measure.obligations.map((obligation) => (obligation.id === obligationId ? { ...obligation, inForce } : obligation)) });
  }
}

describe('/kommune/:nr: «Legg til i kalender»', () => {
  it('downloads plikter-4601.ics: every duty, in force and coming, as an all-day event on its day', async () => {
    const files = captureDownloads();
    const { file, calendar } = await downloadCalendar(files, 'Legg til i kalender', 'Lastet ned plikter-4601.ics.');
    expect(file.name).toBe('plikter-4601.ics');
    expect(file.blob.type).toBe('text/calendar;charset=utf-8');
    expect(calendar.prodId).toBe('-//Tiltaksmonitor//Tiltaksmonitor//NB');
    expect(calendar.calName).toBe('Lovpålagte plikter for Bergen kommune');
    // Three in force on 30 June 2017 and five coming: all eight.
    expect(calendar.events.map((event) => [event.uid, event.start, event.startType, event.end])).toEqual(
      DUTY_IDS_BY_DATE.map((id, index) => [`plikt-${id}@tiltaksmonitor`, DAYS[index], 'date', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as unknown]),
    );
    expect(calendar.events[0]?.summary).toBe('Plikt trer i kraft: Kommunen må ha en lokal forskrift som sier hvem som får langtidsplass i sykehjem.');
    const psychologist = calendar.events[7];
    expect(psychologist?.summary).toBe('Plikt trer i kraft: Fra 2020 må kommunen også ha tilgang til ergoterapeut og psykolog.');
    expect(psychologist?.url).toBe('http://localhost:3000/kommune/4601#plikt-hol-3-2-kjernekompetanse-2020');
    expect(psychologist?.description).toContain('\nLovgrunnlag: helse- og omsorgstjenesteloven § 3-2\n');
    expect(psychologist?.description).toMatch(/\nKommer fra: Meld\. St\. 26 \(2014–2015\) #\d+ /);
    expect(psychologist?.description).toContain('\nPliktene gjelder alle kommuner likt.\n');
    // Nothing is left out, so nothing is said about it.
    expect(screen.queryByText(/er ikke med i kalenderfilen/)).not.toBeInTheDocument();
  });

  it('in English: the button, the titles and the language in PRODID', async () => {
    const files = captureDownloads();
    const { calendar } = await downloadCalendar(files, 'Add to calendar', 'Downloaded plikter-4601.ics.');
    expect(calendar.prodId).toBe('-//Tiltaksmonitor//Tiltaksmonitor//EN');
    expect(calendar.events[5]?.summary).toBe('Duty comes into force: The municipality must have these five professions available, employed or by agreement.');
    expect(calendar.events[5]?.description).toContain('\nLegal basis: helse- og omsorgstjenesteloven § 3-2\n');
  });

  it('leaves out a duty known only to a year or a month, and names it on the page with what is known', async () => {
    knownOnlyTo('hol-3-2-kjernekompetanse-2020', yearPoint(2020));
    knownOnlyTo('betaling-utskrivningsklare-psykisk-tsb-2019', monthPoint(2019, 1));
    const files = captureDownloads();
    const { calendar } = await downloadCalendar(files, 'Legg til i kalender', 'Lastet ned plikter-4601.ics.');
    expect(calendar.events.map((event) => event.uid)).toEqual(
      DUTY_IDS_BY_DATE.filter((id) => id !== 'hol-3-2-kjernekompetanse-2020' && id !== 'betaling-utskrivningsklare-psykisk-tsb-2019').map((id) => `plikt-${id}@tiltaksmonitor`),
    );
    expect(calendar.events.every((event) => event.startType === 'date')).toBe(true);
    const note = screen.getByText('2 plikter er ikke med i kalenderfilen, fordi bare året eller måneden de trer i kraft er kjent, ikke dagen:');
    const list = note.nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Kommunen må betale når en pasient som er klar for utskrivning, blir liggende fordi kommunen ikke tar imot. (bare måneden er kjent: januar 2019)',
      'Fra 2020 må kommunen også ha tilgang til ergoterapeut og psykolog. (bare året er kjent: 2020)',
    ]);
  });

  it('with every duty known only to a year, says there is no file to make instead of offering an empty one', async () => {
    for (const id of DUTY_IDS_BY_DATE) knownOnlyTo(id, yearPoint(Number(DAYS[DUTY_IDS_BY_DATE.indexOf(id)]?.slice(0, 4))));
    renderRoute('/kommune/4601');
    expect(await screen.findByText('Ingen av pliktene har en kjent dag for når de trer i kraft, så det er ingen kalenderfil å lage.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Legg til i kalender' })).not.toBeInTheDocument();
    expect(screen.getByText(/^8 plikter er ikke med i kalenderfilen/)).toBeInTheDocument();
  });
});

describe('/kommune/:nr: the feed, in the demo with the embedded mock API', () => {
  it('says that feeds need the real backend, with no dead link and nothing in the head', async () => {
    renderRoute('/kommune/4601');
    expect(
      await screen.findByText('Abonnement på endringene (Atom-feed) krever den ekte tjenesten. I denne demoen kjører API-et i nettleseren, og det finnes ingen feed.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Abonner/ })).not.toBeInTheDocument();
    expect(document.head.querySelector('link[rel="alternate"]')).toBeNull();
  });
});
