import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { MELD_ST_26 } from '@mocks/fixtures';
import { server } from '@mocks/node';
import { measurePageSchema } from '@/domain/api-contract';
import { dayPoint, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import type { Measure } from '@/domain/measure';
import { toMeasureSummary } from '@/domain/measure-summary';
import type { Status } from '@/domain/status';
import { renderRoute } from '../../render';
import { parseCalendar } from '../../support/calendar';
import { captureDownloads } from '../../support/downloads';

/** Opens «Last ned eller del utvalget» and waits for its downloads. */
async function openShare(user: UserEvent) {
  await user.click(await screen.findByText('Last ned eller del utvalget', { selector: 'summary' }));
  await screen.findByRole('group', { name: 'Last ned utvalget' });
}

function fixture(number: number): Measure {
  const measure = MELD_ST_26.measures.find((candidate) => candidate.number === number);
  if (!measure) throw new Error(`fixture #${number} missing`);
  return measure;
}

/** A measure of the plan with its status and deadline changed (the plan's own words kept, or given). */
function withDeadline(number: number, status: Status, point: DatePoint | null, stated = 'innen 1. mars 2027'): Measure {
  const measure = fixture(number);
  return { ...measure, status, deadline: point === null ? null : { kind: 'by', point, stated: { nb: stated, nn: stated, en: stated } } };
}

/** The list answers with just these measures. */
function serve(measures: Measure[]) {
  server.use(
    http.get('/api/measures', () =>
      HttpResponse.json(measurePageSchema.parse({ items: measures.map((measure) => toMeasureSummary(measure)), total: measures.length, page: 1, pageSize: 1000, today: '2026-11-23' })),
    ),
  );
}

describe('/tiltak: «Legg til i kalender» beside the list’s downloads', () => {
  it('downloads the open measures’ deadlines known to the day; the others are named, with what is known', async () => {
    serve([
      withDeadline(1, 'in_progress', dayPoint('2027-03-01')),
      withDeadline(2, 'completed', dayPoint('2027-04-01')),
      withDeadline(3, 'planned', yearPoint(2016), 'i 2016'),
      withDeadline(4, 'at_risk', monthPoint(2027, 6), 'i juni 2027'),
      withDeadline(5, 'planned', null),
      withDeadline(6, 'planned', dayPoint('2026-12-15')),
    ]);
    const files = captureDownloads();
    const { user } = renderRoute('/tiltak');
    await openShare(user);
    const calendarGroup = screen.getByRole('group', { name: 'Kalender' });
    expect(calendarGroup).toHaveAccessibleDescription(/^En kalenderfil \(\.ics\) med fristene til de åpne tiltakene i utvalget/);
    await user.click(within(calendarGroup).getByRole('button', { name: 'Legg til i kalender' }));
    expect(await screen.findByText('Lastet ned frister-2026-11-23.ics.')).toBeInTheDocument();
    const [file] = files;
    if (!file) throw new Error('nothing downloaded');
    expect(file.blob.type).toBe('text/calendar;charset=utf-8');
    const calendar = parseCalendar(await file.blob.text());
    expect(calendar.prodId).toBe('-//Tiltaksmonitor//Tiltaksmonitor//NB');
    expect(calendar.events.map((event) => [event.uid, event.start, event.startType, event.url])).toEqual([
      ['frist-ms26-01@tiltaksmonitor', '2027-03-01', 'date', 'http://localhost:3000/tiltak/ms26-01'],
      ['frist-ms26-06@tiltaksmonitor', '2026-12-15', 'date', 'http://localhost:3000/tiltak/ms26-06'],
    ]);
    expect(calendar.events[0]?.summary).toBe(`Frist: Meld. St. 26 (2014–2015) #1 ${fixture(1).title.nb}`);
    expect(calendar.events[0]?.description).toContain('\nFristen i planen: «innen 1. mars 2027»\nAnsvarlig: ');
    expect(calendar.events[0]?.description).toContain('\nStatus: Pågår\n');

    const note = screen.getByText('2 frister er bare kjent til året eller måneden, ikke dagen, og er ikke med i kalenderfilen:');
    expect(within(note.nextElementSibling as HTMLElement).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Meld. St. 26 (2014–2015) #3: «i 2016» (bare året er kjent: 2016)',
      'Meld. St. 26 (2014–2015) #4: «i juni 2027» (bare måneden er kjent: juni 2027)',
    ]);
  });

  it('follows the filters in the address: only the measures of the view', async () => {
    serve([withDeadline(1, 'in_progress', dayPoint('2027-03-01')), withDeadline(6, 'planned', dayPoint('2026-12-15'))]);
    const files = captureDownloads();
    const { user } = renderRoute('/tiltak?status=planned');
    await openShare(user);
    await user.click(screen.getByRole('button', { name: 'Legg til i kalender' }));
    expect(await screen.findByText('Lastet ned frister-2026-11-23.ics.')).toBeInTheDocument();
    expect(parseCalendar((await files[0]?.blob.text()) ?? '').events.map((event) => event.uid)).toEqual(['frist-ms26-06@tiltaksmonitor']);
  });

  it('in the dataset every deadline is a year («i 2016»): none is put on a day, and the page says so', async () => {
    const { user } = renderRoute('/tiltak?asOf=2015-06-01');
    await openShare(user);
    expect(screen.getByText('Ingen av de åpne tiltakene i utvalget har en frist som er kjent på dagen, så det er ingen kalenderfil å lage.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Legg til i kalender' })).not.toBeInTheDocument();
    const note = screen.getByText(/^\d+ frister er bare kjent til året eller måneden, ikke dagen, og er ikke med i kalenderfilen:$/);
    const items = within(note.nextElementSibling as HTMLElement).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toContain('Meld. St. 26 (2014–2015) #11: «i 2016» (bare året er kjent: 2016)');
    for (const item of items) expect(item).toMatch(/ \(bare året er kjent: \d{4}\)$/);
  });

  it('names the first ten left out and counts the rest', async () => {
    serve(Array.from({ length: 13 }, (_, index) => withDeadline(index + 1, 'planned', yearPoint(2020), '2020')));
    const { user } = renderRoute('/tiltak');
    await openShare(user);
    const note = screen.getByText('13 frister er bare kjent til året eller måneden, ikke dagen, og er ikke med i kalenderfilen:');
    expect(within(note.nextElementSibling as HTMLElement).getAllByRole('listitem')).toHaveLength(10);
    expect(screen.getByText('… og 3 til.')).toBeInTheDocument();
  });
});
