import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import { planCreationSchema } from '@/domain/plan-registration';
import { parsePlanText } from '@/domain/plan-text-import';
import { fileKindOf, looksBinary } from '@/features/plans/utils/import-file';
import { EMPTY_PLAN_FORM, errorsFromProblem, fieldOfPath, measureDrafts, planFormErrors, planIdOf, responsibleOf, toPlanCreation, type PlanFormValues } from '@/features/plans/utils/plan-form';

const TODAY = '2026-11-23';
const FILLED: PlanFormValues = {
  ...EMPTY_PLAN_FORM,
  reference: 'Meld. St. 99 (2025–2026)',
  titleNb: 'En prøveplan',
  published: '2026-03-01',
  sourceTitle: 'Regjeringen.no: Meld. St. 99 (2025–2026)',
  sourceUrl: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-99-20252026/id1/',
  instrument: 'plan',
};
const TEXT = ['Kompetanse', '', '• Utvikle en handlingsplan for rekruttering i 2016', '', 'Psykisk helse og rus', '', '• Innføre døgnplikt fra 2017'].join('\n');
const rows = parsePlanText(TEXT, { areas: FIXTURES.areas }).rows;

describe('measureDrafts: the preview rows as the API takes them', () => {
  it('gives each row its number, area, own words, deadline, and the instrument and responsible chosen for all', () => {
    expect(measureDrafts(rows, { instrument: 'strategi', responsible: ' Helsedirektoratet ' })).toEqual([
      {
        number: 1,
        areaId: 'kompetanse',
        title: { nb: 'Utvikle en handlingsplan for rekruttering i 2016' },
        description: { nb: 'Utvikle en handlingsplan for rekruttering i 2016' },
        responsible: { nb: 'Helsedirektoratet' },
        instrument: 'strategi',
        deadline: { stated: { nb: 'i 2016' }, point: { date: '2016-01-01', precision: 'year' }, kind: 'by' },
      },
      expect.objectContaining({ number: 2, areaId: 'psykisk-helse-og-rus', deadline: { stated: { nb: 'fra 2017' }, point: { date: '2017-01-01', precision: 'year' }, kind: 'from' } }),
    ]);
  });
});

describe('planIdOf and responsibleOf follow the reference and the ministry until they are typed', () => {
  it.each<[Partial<PlanFormValues>, string, string]>([
    [{}, 'meld-st-99-2025-2026', 'Helse- og omsorgsdepartementet'],
    [{ id: 'min-plan' }, 'min-plan', 'Helse- og omsorgsdepartementet'],
    [{ ministry: 'Kunnskapsdepartementet' }, 'meld-st-99-2025-2026', 'Kunnskapsdepartementet'],
    [{ responsible: 'Helsedirektoratet' }, 'meld-st-99-2025-2026', 'Helsedirektoratet'],
    [{ id: '' }, '', 'Helse- og omsorgsdepartementet'],
  ])('%j → %s, %s', (change, id, responsible) => {
    const values = { ...FILLED, ...change };
    expect([planIdOf(values), responsibleOf(values)]).toEqual([id, responsible]);
  });
});

describe('planFormErrors: what the form says before anything is sent', () => {
  it('finds nothing wrong in a filled form', () => {
    expect(planFormErrors(FILLED, TODAY)).toEqual([]);
  });

  it.each<[string, Partial<PlanFormValues>, { field: string; code: string }[]]>([
    ['an empty form', { ...EMPTY_PLAN_FORM }, [
      { field: 'reference', code: 'required' },
      { field: 'id', code: 'required' },
      { field: 'titleNb', code: 'required' },
      { field: 'published', code: 'required' },
      { field: 'sourceTitle', code: 'required' },
      { field: 'sourceUrl', code: 'required' },
      { field: 'instrument', code: 'required' },
    ]],
    ['an id that is not one', { id: 'Meld St 99' }, [{ field: 'id', code: 'invalid_id' }]],
    ['an id over 60 characters', { id: 'a'.repeat(61) }, [{ field: 'id', code: 'invalid_id' }]],
    ['a date after today', { published: '2026-11-24' }, [{ field: 'published', code: 'future_date' }]],
    ['a date that is none', { published: '2026-02-30' }, [{ field: 'published', code: 'invalid_date' }]],
    ['half a period', { periodFrom: '2026' }, [{ field: 'periodTo', code: 'period_incomplete' }]],
    ['a period that ends before it starts', { periodFrom: '2030', periodTo: '2026' }, [{ field: 'periodTo', code: 'period_order' }]],
    ['a year that is none', { periodFrom: '20x6', periodTo: '2030' }, [{ field: 'periodFrom', code: 'invalid_year' }]],
    ['an address that is not the web', { sourceUrl: 'javascript:alert(1)' }, [{ field: 'sourceUrl', code: 'invalid_url' }]],
    ['a ministry removed', { ministry: '  ', responsible: 'HOD' }, [{ field: 'ministry', code: 'required' }]],
    ['a reference over 200 characters', { reference: 'x'.repeat(201), id: 'x' }, [{ field: 'reference', code: 'too_long' }]],
  ])('%s', (_name, change, expected) => {
    expect(planFormErrors({ ...FILLED, ...change }, TODAY).map(({ field, code }) => ({ field, code }))).toEqual(expected);
  });
});

describe('toPlanCreation: one request with the plan and its measures', () => {
  it('builds the body the API takes, with the plan’s source for the batch', () => {
    const result = toPlanCreation({ ...FILLED, titleEn: ' A trial plan ', periodFrom: '2026', periodTo: '2030' }, rows, { today: TODAY, reason: 'Registrert fra planens tekst.', language: 'nb' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(planCreationSchema.safeParse(result.body).success).toBe(true);
    expect(result.body.plan).toEqual({
      id: 'meld-st-99-2025-2026',
      reference: 'Meld. St. 99 (2025–2026)',
      title: { nb: 'En prøveplan', en: 'A trial plan' },
      kind: 'stortingsmelding',
      ministry: { nb: 'Helse- og omsorgsdepartementet' },
      published: { date: '2026-03-01', precision: 'day' },
      period: { from: 2026, to: 2030 },
      sources: [{ title: 'Regjeringen.no: Meld. St. 99 (2025–2026)', url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-99-20252026/id1/' }],
    });
    expect(result.body.measures).toMatchObject({ source: result.body.plan.sources[0], reason: 'Registrert fra planens tekst.', language: 'nb' });
    expect(result.body.measures?.items).toHaveLength(2);
  });

  it('sends nothing while the form has errors', () => {
    expect(toPlanCreation({ ...FILLED, instrument: '' }, rows, { today: TODAY, reason: 'r', language: 'nb' })).toEqual({ ok: false, errors: [{ field: 'instrument', code: 'required' }] });
  });
});

describe('errorsFromProblem: the API’s 400, where the form shows it', () => {
  it.each<[string, string | null]>([
    ['body.plan.id', 'id'],
    ['body.plan.title.nb', 'titleNb'],
    ['body.plan.title.en', 'titleEn'],
    ['body.plan.published', 'published'],
    ['body.plan.period.to', 'periodTo'],
    ['body.plan.period', 'periodFrom'],
    ['body.plan.sources.0.url', 'sourceUrl'],
    ['body.plan.sources', 'sourceTitle'],
    ['body.measures.source.url', 'sourceUrl'],
    ['body.measures.items.3.instrument', 'instrument'],
    ['body.measures.items.3.areaId', null],
    ['body.plan.identity', null],
  ])('%s → %s', (path, field) => {
    expect(fieldOfPath(path)).toBe(field);
  });

  it('puts a rule a measure broke at its number, and keeps what belongs nowhere', () => {
    const problem = {
      type: 'about:blank',
      title: 'The registration breaks a rule',
      status: 400,
      errors: [
        { field: 'body.measures.items.1.areaId', code: 'unknown_area', message: 'No area has this id' },
        { field: 'body.plan.published', code: 'published_in_future', message: 'future' },
        { field: 'body.measures.items', code: 'plan_not_published', message: 'The plan needs the date' },
      ],
    };
    expect(errorsFromProblem(problem, rows)).toEqual({ fields: [{ field: 'published', code: 'future_date' }], rows: [{ number: 2, code: 'unknown_area' }], other: ['The plan needs the date'] });
    expect(errorsFromProblem({ type: 'about:blank', title: 'Malformed JSON', status: 400, detail: 'The request body is not valid JSON.' }, rows).other).toEqual(['The request body is not valid JSON.']);
  });
});

describe('files: which kind, and whether it is text', () => {
  it.each([
    ['melding.txt', 'text'],
    ['Tiltak.CSV', 'csv'],
    ['tiltak.xlsx', 'xlsx'],
    ['tiltak.xls', 'xlsx'],
    ['melding.pdf', 'other'],
    ['melding', 'other'],
  ])('%s is %s', (name, kind) => {
    expect(fileKindOf(name)).toBe(kind);
  });

  it.each([
    ['Kompetanse\n\n• Et tiltak', false],
    ['PK\u0003\u0004\u0000\u0000', true],
    ['\uFFFD'.repeat(20) + 'x'.repeat(100), true],
    ['Ett \uFFFD i en lang tekst', false],
  ])('%j looks binary: %s', (text, binary) => {
    expect(looksBinary(text)).toBe(binary);
  });
});

describe('toPlanCreation: the list of measures as a whole', () => {
  it.each<[string, number, { field: string; code: string; max?: number }[]]>([
    ['no measures', 0, [{ field: 'measures', code: 'required' }]],
    ['more than one request takes', 301, [{ field: 'measures', code: 'too_many', max: 300 }]],
  ])('refuses %s before sending', (_name, count, errors) => {
    const many = Array.from({ length: count }, (_, index) => ({ ...(rows[0] as (typeof rows)[number]), number: index + 1 }));
    expect(toPlanCreation(FILLED, many, { today: TODAY, reason: 'r', language: 'nb' })).toEqual({ ok: false, errors });
  });

  it('sends 300', () => {
    const many = Array.from({ length: 300 }, (_, index) => ({ ...(rows[0] as (typeof rows)[number]), number: index + 1 }));
    expect(toPlanCreation(FILLED, many, { today: TODAY, reason: 'r', language: 'nb' }).ok).toBe(true);
  });
});
