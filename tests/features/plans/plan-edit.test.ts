import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@mocks/fixtures';
import type { Plan } from '@/domain/plan';
import { parsePlanText } from '@/domain/plan-text-import';
import {
  editFieldOfPath,
  highestNumber,
  numberedAfter,
  planEditErrors,
  planEditValues,
  rebaseValues,
  toMeasureBatch,
  toPlanPatch,
  type PlanEditValues,
} from '@/features/plans/utils/plan-edit';

const TODAY = '2026-11-23';
const PLAN = FIXTURES.plans.find((plan) => plan.id === 'meld-st-26-2014-2015') as Plan;
const VALUES = planEditValues(PLAN);
const edited = (change: Partial<PlanEditValues>): PlanEditValues => ({ ...VALUES, ...change });

describe('toPlanPatch: only what changed, on the API’s rules', () => {
  it.each<[string, Partial<PlanEditValues>, unknown]>([
    ['nothing', {}, null],
    ['spaces only', { titleNb: ` ${VALUES.titleNb} ` }, null],
    ['the title in bokmål', { titleNb: 'Ny tittel' }, { title: { ...PLAN.title, nb: 'Ny tittel' } }],
    ['the English title removed', { titleEn: '' }, { title: { nb: PLAN.title.nb, nn: PLAN.title.nn } }],
    ['the note removed', { noteNb: '', noteNn: '', noteEn: '' }, { note: null }],
    ['a period', { periodFrom: '2015', periodTo: '2020' }, { period: { from: 2015, to: 2020 } }],
    ['the date to the month', { published: '2015-05' }, { published: { date: '2015-05-01', precision: 'month' } }],
    ['a source without an address', { sources: [{ title: 'Stortinget: Innst. 40 S (2015–2016)', url: '' }] }, { sources: [{ title: 'Stortinget: Innst. 40 S (2015–2016)', url: null }] }],
  ])('%s', (_name, change, patch) => {
    expect(toPlanPatch(edited(change), PLAN, TODAY)).toEqual({ ok: true, patch });
  });

  it.each<[string, Partial<PlanEditValues>, string[]]>([
    ['no title', { titleNb: ' ' }, ['titleNb:required']],
    ['no date for a plan that has one', { published: '' }, ['published:required']],
    ['a date after today', { published: '2027-01-01' }, ['published:future_date']],
    ['half a period', { periodFrom: '2020', periodTo: '' }, ['periodTo:period_incomplete']],
    ['a period that ends before it starts', { periodFrom: '2020', periodTo: '2019' }, ['periodTo:period_order']],
    ['no source', { sources: [] }, ['sources:required']],
    ['a source without a title, and a bad address', { sources: [{ title: '', url: 'ftp://x.example' }] }, ['sources.0.title:required', 'sources.0.url:invalid_url']],
    ['a note in nynorsk only', { noteNb: '', noteEn: '' }, ['noteNb:required']],
  ])('refuses %s', (_name, change, errors) => {
    const result = toPlanPatch(edited(change), PLAN, TODAY);
    expect(result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`)).toEqual(errors);
  });

  it('lets a plan without a date stay without one', () => {
    const undated: Plan = { ...PLAN, published: null };
    expect(planEditErrors(planEditValues(undated), undated, TODAY)).toEqual([]);
  });
});

describe('rebaseValues: the admin’s changes on top of someone else’s', () => {
  it('keeps what the admin changed and takes the rest from the newer version', () => {
    const theirs: Plan = { ...PLAN, note: { nb: 'Endret av en annen.' }, version: 2 };
    const mine = edited({ titleNb: 'Min tittel' });
    const rebased = rebaseValues(mine, PLAN, theirs);
    expect(rebased.titleNb).toBe('Min tittel');
    expect([rebased.noteNb, rebased.noteNn, rebased.noteEn]).toEqual(['Endret av en annen.', '', '']);
    expect(toPlanPatch(rebased, theirs, TODAY)).toEqual({ ok: true, patch: { title: { ...PLAN.title, nb: 'Min tittel' } } });
  });

  it('keeps the admin’s value where both changed the same field', () => {
    const theirs: Plan = { ...PLAN, reference: 'Meld. St. 26 (2014-2015)', version: 2 };
    expect(rebaseValues(edited({ reference: 'Meld. St. 26 (2014–15)' }), PLAN, theirs).reference).toBe('Meld. St. 26 (2014–15)');
  });
});

describe('editFieldOfPath: the field a refusal names', () => {
  it.each([
    ['body.title.nb', 'titleNb'],
    ['body.title.en', 'titleEn'],
    ['body.ministry', 'ministryNb'],
    ['body.sources.1.url', 'sources.1.url'],
    ['body.period.to', 'periodTo'],
    ['body.note', 'noteNb'],
    ['body', 'sources'],
  ])('%s → %s', (path, field) => {
    expect(editFieldOfPath(path)).toBe(field);
  });
});

describe('adding measures: numbered after the plan’s, sent without numbers', () => {
  const preview = parsePlanText(['Kompetanse', '', '• Utrede en ordning innen 2027', '• Videreføre arbeidet', ''].join('\n'), { areas: FIXTURES.areas });

  it.each([
    [[], 0, [1, 2]],
    [[{ number: 3 }, { number: 28 }, { number: 12 }], 28, [29, 30]],
  ])('after %j (highest %i): %j', (measures, highest, numbers) => {
    expect(highestNumber(measures)).toBe(highest);
    expect(numberedAfter(preview, highest).rows.map((row) => row.number)).toEqual(numbers);
  });

  it('makes a batch with the plan’s ministry in every language, from the chosen source', () => {
    const result = toMeasureBatch(numberedAfter(preview, 28).rows, { instrument: 'plan', responsible: null, ministry: PLAN.ministry, source: PLAN.sources[1] }, { reason: 'Lagt til fra planens tekst.', language: 'nb' });
    if (!result.ok) throw new Error('expected a batch');
    expect(result.batch.items.map((item) => ('number' in item ? item.number : 'none'))).toEqual(['none', 'none']);
    expect(result.batch.items[0]).toMatchObject({ areaId: 'kompetanse', responsible: PLAN.ministry, instrument: 'plan', deadline: { stated: { nb: 'innen 2027' } } });
    expect(result.batch.source).toEqual(PLAN.sources[1]);
  });

  it.each<[string, Parameters<typeof toMeasureBatch>[1], string[]]>([
    ['no instrument', { instrument: '', responsible: null, ministry: PLAN.ministry, source: PLAN.sources[0] }, ['instrument:required']],
    ['an empty responsible', { instrument: 'lov', responsible: ' ', ministry: PLAN.ministry, source: PLAN.sources[0] }, ['responsible:required']],
  ])('refuses %s', (_name, choice, errors) => {
    const result = toMeasureBatch(preview.rows, choice, { reason: 'x', language: 'nb' });
    expect(result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`)).toEqual(errors);
  });
});
