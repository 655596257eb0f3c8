import { describe, expect, it } from 'vitest';
import { measureDetailSchema } from '@/domain/api-contract';
import { call, expectProblem, TOKENS } from './api-helpers';

// The limits on what a person writes (docs/api.md, "Limits on what a person writes"), through the API:
// each is a 400 naming the field and the rule, and the measure is left as it was.

const ID = 'ms26-28';
const ZERO_WIDTH = '\u200B\u200C\u200D\u2060\uFEFF';
const effective = { date: '2026-11-20', precision: 'day' };
const reasonOf = (reason: string) => ({ type: 'status', to: 'at_risk', effective, reason, language: 'nb' });
const noteOf = (text: string) => ({ type: 'note', text, effective, language: 'nb' });
const sourceOf = (title: string, url = 'https://lovdata.no/x') => ({ type: 'source', source: { title, url }, effective, reason: 'Ny kilde', language: 'nb' });
const deadlineOf = (stated: string, point: { date: string; precision: string } = { date: '2028-01-01', precision: 'year' }) => ({
  type: 'deadline',
  to: { stated: { nb: stated }, point, kind: 'by' },
  effective,
  reason: 'Utsatt',
  language: 'nb',
});

async function current() {
  return measureDetailSchema.parse((await call('GET', `/api/measures/${ID}`)).body);
}

async function patch(body: unknown, ifMatch?: string) {
  const before = await current();
  const response = await call('PATCH', `/api/measures/${ID}`, { token: TOKENS.editor, ifMatch: ifMatch ?? `"${before.version}"`, body });
  return { before, response };
}

describe('PATCH refuses what breaks a limit, and changes nothing', () => {
  it('a body over 64 KiB (a stated deadline of 3,000,000 characters) is a 413, unread', async () => {
    const { before, response } = await patch(deadlineOf('x'.repeat(3_000_000)));
    expect(expectProblem(response, 413).title).toBe('Content Too Large');
    expect(await current()).toEqual(before);
  });

  it.each<[string, unknown, string, string]>([
    ['a stated deadline of 201 characters', deadlineOf('x'.repeat(201)), 'body.to.stated.nb', 'too_big'],
    ['a stated deadline with a line break', deadlineOf('=HYPERLINK("https://evil.example","x")\nx'), 'body.to.stated.nb', 'invalid_characters'],
    ['a deadline in year 0000', deadlineOf('i år 0', { date: '0000-01-01', precision: 'year' }), 'body.to.point', 'year_out_of_range'],
    ['a deadline in 1800', deadlineOf('i 1800', { date: '1800-01-01', precision: 'year' }), 'body.to.point', 'year_out_of_range'],
    ['a deadline in 9999', deadlineOf('i 9999', { date: '9999-01-01', precision: 'year' }), 'body.to.point', 'year_out_of_range'],
    ['a deadline on 9999-12-31', deadlineOf('nyttårsaften 9999', { date: '9999-12-31', precision: 'day' }), 'body.to.point', 'year_out_of_range'],
    ['a reason of zero-width characters', reasonOf(ZERO_WIDTH), 'body.reason', 'no_visible_text'],
    ['a reason of 1001 characters', reasonOf('x'.repeat(1001)), 'body.reason', 'too_big'],
    ['a note of zero-width characters and spaces', noteOf(` ${ZERO_WIDTH} `), 'body.text', 'no_visible_text'],
    ['a note with a NUL', noteOf('viktig\u0000'), 'body.text', 'invalid_characters'],
    ['a note of 2001 characters', noteOf('x'.repeat(2001)), 'body.text', 'too_big'],
    ['a source title of zero-width characters', sourceOf(ZERO_WIDTH), 'body.source.title', 'no_visible_text'],
    ['a source title of 301 characters', sourceOf('x'.repeat(301)), 'body.source.title', 'too_big'],
    ['a source address with a user name and password', sourceOf('Kilde', 'https://user:pass@lovdata.no/x'), 'body.source.url', 'url_has_credentials'],
    ['a source address of 2001 characters', sourceOf('Kilde', `https://lovdata.no/${'a'.repeat(1983)}`), 'body.source.url', 'too_big'],
  ])('%s', async (_name, body, field, code) => {
    const { before, response } = await patch(body);
    const problem = expectProblem(response, 400);
    expect(problem.errors?.map((error) => `${error.field}:${error.code}`)).toEqual([`${field}:${code}`]);
    expect(await current()).toEqual(before);
  });

  it.each<[string, unknown]>([
    ['a deadline in 1990', deadlineOf('i 1990', { date: '1990-01-01', precision: 'year' })],
    ['a deadline in 2100', deadlineOf('innen 2100', { date: '2100-01-01', precision: 'year' })],
    ['a stated deadline of 200 characters', deadlineOf('x'.repeat(200))],
    ['a note on several lines with a visible character among zero-width ones', noteOf(`${ZERO_WIDTH}\n!\n${ZERO_WIDTH}`)],
    ['an address with an @ in its path', sourceOf('Kilde', 'https://example.no/people/@kari')],
  ])('accepts %s', async (_name, body) => {
    const { before, response } = await patch(body);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(measureDetailSchema.parse(response.body).version).toBe(before.version + 1);
  });
});

describe('If-Match', () => {
  it.each(['"1', '1"', 'W/"1', '"1""', '""1', 'W/ "1"', '"1",', '"-1"', '"1.0"', '*', '', 'W/'])('refuses %j as malformed (400), and changes nothing', async (ifMatch) => {
    const { before, response } = await patch(noteOf('Merknad'), ifMatch);
    const problem = expectProblem(response, 400);
    expect(problem.errors?.map((error) => error.field)).toEqual(['If-Match']);
    expect(await current()).toEqual(before);
  });

  it.each(['"V"', 'V', 'W/"V"', ' "V" '])('takes %s as the version', async (pattern) => {
    const before = await current();
    const { response } = await patch(noteOf('Merknad'), pattern.replace('V', String(before.version)));
    expect(response.status).toBe(200);
  });
});
