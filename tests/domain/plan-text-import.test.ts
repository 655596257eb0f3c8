import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, MELD_ST_26 } from '@mocks/fixtures';
import type { DeadlineKind } from '@/domain/deadline';
import type { Precision } from '@/domain/date-point';
import {
  IMPORT_MEASURE_MAX_CHARS,
  IMPORT_TEXT_MAX_BYTES,
  parsePlanText,
  recogniseDeadlines,
  type ImportProblemCode,
  type Season,
} from '@/domain/plan-text-import';

/**
 * Seed 003 is regjeringen.no's page of Meld. St. 26 (2014–2015). docs/sources/ keeps a copy of it, so that the
 * test runs where ../shared is absent; where ../shared is present the copy must be the same text.
 */
const SEED_COPY = resolve(process.cwd(), 'docs/sources/seed-003-meld-st-26-regjeringen.txt');
const SEED_SHARED = resolve(process.cwd(), '../shared/seeds/003_6c6a42c42452a36e.txt');
const seed = readFileSync(SEED_COPY, 'utf8');

const areas = FIXTURES.areas;
const parse = (text: string) => parsePlanText(text, { areas });
const codes = (text: string) => parse(text).problems.map((problem) => problem.code);

describe('the seed text of Meld. St. 26 round-trips to the dataset', () => {
  it('reads the copy in docs/sources, the same text as ../shared/seeds when it is there', () => {
    if (existsSync(SEED_SHARED)) expect(seed).toBe(readFileSync(SEED_SHARED, 'utf8'));
    expect(seed).toContain('Psykisk helse og rus');
  });

  const preview = parse(seed);
  const measures = MELD_ST_26.measures;

  it('gives the 28 measures of the dataset, in its order, with no problems', () => {
    expect(preview.problems).toEqual([]);
    expect(preview.rows.map((row) => row.number)).toEqual(measures.map((measure) => measure.number));
    expect(preview.rows).toHaveLength(28);
  });

  it('in the same areas', () => {
    expect(preview.rows.map((row) => row.area.id)).toEqual(measures.map((measure) => measure.areaId));
    expect(preview.rows.find((row) => row.number === 20)?.area.heading).toBe('Omsorgstjenestene');
  });

  it('with the bullets’ own words, which are the dataset’s bokmål titles', () => {
    const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(preview.rows.map((row) => row.text)).toEqual(measures.map((measure) => normalize(measure.title.nb)));
  });

  it('with the same deadlines as the plan stated them: words, kind, date and precision', () => {
    const asRead = preview.rows.map((row) => row.deadline?.deadline ?? null);
    expect(asRead).toEqual(measures.map((measure) => measure.originalDeadline && { ...measure.originalDeadline, stated: { nb: measure.originalDeadline.stated.nb } }));
  });

  it('says that the psychologist bullet is two measures, and that #15’s deadline is read from #16', () => {
    const [fifteen, sixteen] = preview.rows.filter((row) => row.split !== null);
    expect(fifteen?.number).toBe(15);
    expect(sixteen?.number).toBe(16);
    expect(fifteen?.lines).toEqual(sixteen?.lines);
    expect(fifteen?.notes.map((note) => note.code)).toEqual(['split_bullet', 'deadline_inferred']);
    expect(fifteen?.deadline?.inferred).toBe(true);
    expect(sixteen?.notes.map((note) => note.code)).toEqual(['split_bullet']);
    expect(preview.rows.filter((row) => row.notes.length > 0).map((row) => row.number)).toEqual([15, 16]);
  });

  it('gives each row its line and the prose that leads into its bullets', () => {
    const lines = seed.split('\n');
    for (const row of preview.rows) expect(lines[row.lines.first - 1]).toContain(row.text.slice(0, 30));
    expect(preview.rows.find((row) => row.number === 26)?.lead).toMatch(/^Fysioterapeuter er en sentral ressurs/);
  });
});

describe('recogniseDeadlines: the deadline words and what they mean', () => {
  it.each<[string, string, DeadlineKind, string, Precision, Season | null]>([
    ['Legge frem en strategi i 2016', 'i 2016', 'by', '2016-01-01', 'year', null],
    ['Ferdig innen 2020.', 'innen 2020', 'by', '2020-01-01', 'year', null],
    ['Ferdig innen utgangen av 2020', 'innen utgangen av 2020', 'by', '2020-01-01', 'year', null],
    ['Ferdig innan utgangen av 2020', 'innan utgangen av 2020', 'by', '2020-01-01', 'year', null],
    ['Evaluere ordningen i løpet av 2017', 'i løpet av 2017', 'by', '2017-01-01', 'year', null],
    ['Senest i 2018 skal det skje', 'Senest i 2018', 'by', '2018-01-01', 'year', null],
    ['Legge frem en plan høsten 2016', 'høsten 2016', 'by', '2016-01-01', 'year', 'autumn'],
    ['Legge fram ein plan hausten 2016', 'hausten 2016', 'by', '2016-01-01', 'year', 'autumn'],
    ['Sende på høring våren 2017', 'våren 2017', 'by', '2017-01-01', 'year', 'spring'],
    ['Ferdig i løpet av sommeren 2018', 'i løpet av sommeren 2018', 'by', '2018-01-01', 'year', 'summer'],
    ['Legge frem en melding i juni 2017', 'i juni 2017', 'by', '2017-06-01', 'month', null],
    ['Retningslinje (Hdir) – 2015', '2015', 'by', '2015-01-01', 'year', null],
    ['Innføre døgnplikt fra 2017', 'fra 2017', 'from', '2017-01-01', 'year', null],
    ['Innføre døgnplikt frå 2017', 'frå 2017', 'from', '2017-01-01', 'year', null],
    ['Plikten gjelder fra 1. januar 2017', 'fra 1. januar 2017', 'from', '2017-01-01', 'day', null],
    ['Plikten gjelder fra 1.7.2018', 'fra 1.7.2018', 'from', '2018-07-01', 'day', null],
    ['Plikten trer i kraft i 2020', 'trer i kraft i 2020', 'from', '2020-01-01', 'year', null],
    ['Innføre betalingsplikt, tidligst fra 2017.', 'tidligst fra 2017', 'earliest', '2017-01-01', 'year', null],
    ['Innføre betalingsplikt, tidlegast frå 2017.', 'tidlegast frå 2017', 'earliest', '2017-01-01', 'year', null],
    ['Tilskudd frem til 2020', 'frem til 2020', 'until', '2020-01-01', 'year', null],
    ['Tilskot fram til 2020', 'fram til 2020', 'until', '2020-01-01', 'year', null],
    ['Tilskudd frem til utgangen av 2020', 'frem til utgangen av 2020', 'until', '2020-01-01', 'year', null],
    ['Tilskudd frem til plikten trer i kraft i 2020', 'frem til plikten trer i kraft i 2020', 'until', '2020-01-01', 'year', null],
  ])('«%s» → «%s», %s %s (%s)', (text, stated, kind, date, precision, season) => {
    const [found, ...more] = recogniseDeadlines(text);
    expect(more).toEqual([]);
    expect(found?.deadline).toEqual({ stated: { nb: stated }, kind, point: { date, precision } });
    expect(found?.season).toBe(season);
    expect(found?.inferred).toBe(false);
    expect(text.slice(found?.at?.start, found?.at?.end)).toBe(stated);
  });

  it.each([
    ['Samarbeid om utsatte barn og unge mellom 0-24 år'],
    ['Revisjon av forskrift om helsestasjons- og skolehelsetjenesten'],
    ['Kompetanseløft 2020 videreføres'],
    ['Tiltak i 0202'],
    ['Ferdig i 2999'],
    ['Gjelder fra 31.2.2017'],
    ['Frister i frifelt2016'],
  ])('finds no deadline in «%s» (no year, a name with a year, or no sane date)', (text) => {
    expect(recogniseDeadlines(text)).toEqual([]);
  });

  it('never makes a date more precise than the words: no day without a day, no month without a month', () => {
    for (const text of ['i 2016', 'høsten 2016', 'våren 2017', 'innen utgangen av 2016']) {
      expect(recogniseDeadlines(text)[0]?.deadline.point.precision).toBe('year');
    }
  });

  it('finds each of several deadlines, in order, and the row says there are several', () => {
    const text = 'Utrede ordningen i 2016 og innføre den fra 2018';
    expect(recogniseDeadlines(text).map((found) => found.deadline.stated.nb)).toEqual(['i 2016', 'fra 2018']);
    const [row] = parse(`Kompetanse\n\n• ${text}`).rows;
    expect(row?.deadline?.deadline.stated.nb).toBe('i 2016');
    expect(row?.notes.map((note) => note.code)).toEqual(['several_deadlines']);
  });
});

describe('parsePlanText: headings and bullets', () => {
  it.each([['• '], ['•'], ['- '], ['* '], ['– '], ['— '], ['1. '], ['12) '], [' • ']])('reads «%s» as a bullet', (marker) => {
    const { rows, problems } = parse(`Ledelse\n\n${marker}Videreføre arbeidet med ledelse`);
    expect(problems).toEqual([]);
    expect(rows.map((row) => [row.area.id, row.text])).toEqual([['ledelse', 'Videreføre arbeidet med ledelse']]);
  });

  it.each([['LEDELSE'], ['ledelse:'], ['Leiing'], ['Leadership'], ['  Ledelse  ']])(
    'matches the heading «%s» to an area, by any of its names, whatever the case',
    (heading) => {
      expect(parse(`${heading}\n\n• Videreføre arbeidet`).rows[0]?.area).toEqual({ id: 'ledelse', heading: heading.trim(), line: 1 });
    },
  );

  it('matches headings without regard to accents and Norwegian letters, and by alias', () => {
    expect(parse('Born og unge\n\n• Tiltak').rows[0]?.area.id).toBe('barn-og-unge');
    expect(parse('Omsorgstjenestene\n\n• Tiltak').rows[0]?.area.id).toBe('omsorg');
    expect(parse('Omsorgstjenéstene\n\n• Tiltak').rows[0]?.area.id).toBe('omsorg');
    const withAlias = parsePlanText('Omsorg\n\n• Tiltak', { areas, aliases: { omsorg: ['Omsorg'] } });
    expect(withAlias.rows[0]?.area.id).toBe('omsorg');
    expect(parse('Omsorg\n\n• Tiltak').rows).toEqual([]);
  });

  it('joins a bullet continued on the next line, and keeps its lines', () => {
    const { rows } = parse('Kompetanse\n\n• Lovfeste en liste over profesjoner som\n  kommunene må ha\n• Utvikle en handlingsplan for\nrekruttering i 2016\n\nProsa etterpå.');
    expect(rows.map((row) => [row.text, row.lines])).toEqual([
      ['Lovfeste en liste over profesjoner som kommunene må ha', { first: 3, last: 4 }],
      ['Utvikle en handlingsplan for rekruttering i 2016', { first: 5, last: 6 }],
    ]);
    expect(rows[1]?.deadline?.deadline.stated.nb).toBe('i 2016');
  });

  it.each([['• Utvikle en handlingsplan.\nRegjeringen vil også se på dette.'], ['• Utvikle en handlingsplan\nTil toppen']])(
    'does not join a line in capitals at the margin right after a bullet: «%s»',
    (text) => {
      expect(parse(`Kompetanse\n\n${text}`).rows.map((row) => row.text)).toEqual([text.split('\n')[0]?.slice(2)]);
    },
  );

  it('takes an area heading right after a bullet as a heading, not as the bullet’s next line', () => {
    const { rows } = parse('Kompetanse\n• Utvikle en plan\nLedelse\n• Videreføre arbeidet');
    expect(rows.map((row) => [row.area.id, row.text])).toEqual([
      ['kompetanse', 'Utvikle en plan'],
      ['ledelse', 'Videreføre arbeidet'],
    ]);
  });

  it('keeps one bullet one measure when its second sentence does not begin with a verb of action', () => {
    const { rows } = parse('Teamorganisering\n\n• Legge til rette for primærhelseteam. Endringer skal utredes først.');
    expect(rows.map((row) => row.text)).toEqual(['Legge til rette for primærhelseteam. Endringer skal utredes først.']);
    expect(rows[0]?.split).toBeNull();
  });

  it('does not place bullets under an unknown heading, and says under which', () => {
    const { rows, problems } = parse('Kompetanse\n\n• Utvikle en plan\n\nDigitalisering\n\n• Innføre en app\n• Utrede mer\n\nLedelse\n\n• Gi oppdrag');
    expect(rows.map((row) => row.text)).toEqual(['Utvikle en plan', 'Gi oppdrag']);
    expect(problems.map((problem) => [problem.code, problem.line, problem.heading, problem.excerpt])).toEqual([
      ['bullet_under_unknown_heading', 7, 'Digitalisering', '• Innføre en app'],
      ['bullet_under_unknown_heading', 8, 'Digitalisering', '• Utrede mer'],
    ]);
  });

  it('lets a paragraph of prose under an area heading lead into its bullets without ending the area', () => {
    const { rows } = parse('Rehabilitering\n\nFysioterapeuter er en ressurs. Regjeringen vil:\n\n• Endre vilkår for fastlønnstilskudd');
    expect(rows[0]?.area.id).toBe('rehabilitering');
    expect(rows[0]?.lead).toBe('Fysioterapeuter er en ressurs. Regjeringen vil:');
  });

  it('reads Windows and old Mac line ends and a byte-order mark', () => {
    expect(parse('\uFEFFLedelse\r\n\r\n• Gi oppdrag\r• Videreføre arbeidet').rows.map((row) => row.lines.first)).toEqual([3, 4]);
  });
});

describe('parsePlanText: junk gives clear problems and no rows', () => {
  const whole = (code: ImportProblemCode) => [{ code, messageKey: `planImport.problem.${code}`, line: null, excerpt: null, heading: null }];

  it.each<[string, string, ImportProblemCode]>([
    ['empty text', '', 'empty'],
    ['white space only', ' \n\t\r\n \u00a0 \n', 'empty'],
    ['a NUL byte', 'Kompetanse\n\n• Utvikle\u0000 en plan', 'binary'],
    ['binary bytes read as text', `Kompetanse\n\n• ${'\uFFFD\u0001\u0002PK\u0003\u0004'.repeat(50)}`, 'binary'],
    ['only prose', 'Det er mange utfordringer.\n\nKompetanse\n\nDe kommunale tjenestene står overfor utfordringer.', 'no_measures'],
  ])('%s', (_name, text, code) => {
    expect(parse(text)).toEqual({ rows: [], problems: whole(code) });
  });

  it('more than 1 MiB of text', () => {
    const big = `Kompetanse\n\n${'• Utvikle en plan\n'.repeat(Math.ceil(IMPORT_TEXT_MAX_BYTES / 18) + 1)}`;
    expect(parse(big)).toEqual({ rows: [], problems: whole('too_large') });
    // Counted in UTF-8 bytes: 524,288 «ø» are 1 MiB of bytes in half as many characters.
    const norwegian = `Kompetanse\n\n• ${'ø'.repeat(IMPORT_TEXT_MAX_BYTES / 2)}`;
    expect(parse(norwegian).problems.map((problem) => problem.code)).toEqual(['too_large']);
    const justUnder = `Kompetanse\n\n• Utvikle en plan\n${' '.repeat(IMPORT_TEXT_MAX_BYTES - 40)}`;
    expect(parse(justUnder).rows).toHaveLength(1);
  });

  it('bullets with no heading before them', () => {
    const { rows, problems } = parse('• Utvikle en plan\n• Utrede mer');
    expect(rows).toEqual([]);
    expect(problems.map((problem) => [problem.code, problem.line, problem.messageKey])).toEqual([
      ['bullet_before_heading', 1, 'planImport.problem.bullet_before_heading'],
      ['bullet_before_heading', 2, 'planImport.problem.bullet_before_heading'],
    ]);
  });

  it('bullets under headings that name no area of the plan', () => {
    expect(codes('Innledning\n\n• Utvikle en plan')).toEqual(['bullet_under_unknown_heading']);
    expect(parse('Innledning\n\n• Utvikle en plan').rows).toEqual([]);
  });

  it('an empty bullet, among good ones', () => {
    const { rows, problems } = parse('Ledelse\n\n• Gi oppdrag\n•\n-  \n• Videreføre arbeidet');
    expect(rows.map((row) => [row.number, row.text])).toEqual([
      [1, 'Gi oppdrag'],
      [2, 'Videreføre arbeidet'],
    ]);
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([
      ['empty_bullet', 4],
      ['empty_bullet', 5],
    ]);
  });

  it('a bullet longer than a measure can be', () => {
    const long = `Utvikle ${'en plan '.repeat(IMPORT_MEASURE_MAX_CHARS / 8)}`;
    const { rows, problems } = parse(`Ledelse\n\n• ${long}\n• Gi oppdrag`);
    expect(rows.map((row) => row.text)).toEqual(['Gi oppdrag']);
    expect(problems.map((problem) => [problem.code, problem.line])).toEqual([['measure_too_long', 3]]);
    expect(problems[0]?.excerpt?.length).toBeLessThanOrEqual(120);
  });

  it('a line with control characters, shown without them', () => {
    const { rows, problems } = parse('Ledelse\n\n• Gi \u001b[31moppdrag\n• Videreføre arbeidet');
    expect(rows.map((row) => row.text)).toEqual(['Videreføre arbeidet']);
    expect(problems.map((problem) => [problem.code, problem.line, problem.excerpt])).toEqual([['invalid_characters', 3, '• Gi \uFFFD[31moppdrag']]);
  });
});
