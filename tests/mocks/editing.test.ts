import { describe, expect, it } from 'vitest';
import { conflictSchema, measureDetailSchema, sessionSchema, signInResponseSchema, userListSchema } from '@/domain/api-contract';
import { call, expectProblem, TOKENS } from './api-helpers';

const atRisk = { type: 'status', to: 'at_risk', effective: { date: '2026-11-20', precision: 'day' }, reason: 'Budsjettet er usikkert', language: 'nb' };

async function current(id: string) {
  return measureDetailSchema.parse((await call('GET', `/api/measures/${id}`)).body);
}

describe('sign-in (demo users)', () => {
  it('lists the demo users and signs in as one', async () => {
    const users = userListSchema.parse((await call('GET', '/api/users')).body);
    // Reading needs no sign-in: the one way to be a reader is not to sign in, so no demo user is a viewer.
    expect(users.items.map((user) => `${user.name}: ${user.role}`)).toEqual(['Kari Nordmann: editor', 'Ola Nordmann: editor', 'Ada Admin: admin']);
    const signedIn = signInResponseSchema.parse((await call('POST', '/api/session', { body: { userId: 'kari' } })).body);
    expect(signedIn.user).toMatchObject({ id: 'kari', role: 'editor' });
    const session = sessionSchema.parse((await call('GET', '/api/session', { token: signedIn.token })).body);
    expect(session).toMatchObject({ signedIn: true, user: { id: 'kari', role: 'editor' } });
  });

  it('treats a request without a token as an anonymous reader, and a bad token as 401', async () => {
    expect(sessionSchema.parse((await call('GET', '/api/session')).body)).toMatchObject({ signedIn: false, user: { role: 'viewer' } });
    expectProblem(await call('GET', '/api/session', { token: 'forged' }), 401);
    expectProblem(await call('POST', '/api/session', { body: { userId: 'nobody' } }), 404);
    expectProblem(await call('POST', '/api/session', { body: { user: 'kari' } }), 400);
  });
});

describe('PATCH /api/measures/:id', () => {
  it('lets an editor change a status: history appended, version raised, ETag returned', async () => {
    const before = await current('ms26-28');
    const response = await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: `"${before.version}"`, body: atRisk });
    expect(response.status).toBe(200);
    const after = measureDetailSchema.parse(response.body);
    expect(after).toMatchObject({ status: 'at_risk', version: before.version + 1 });
    expect(response.headers.get('ETag')).toBe(`"${before.version + 1}"`);
    expect(after.history.slice(0, -1)).toEqual(before.history);
    expect(after.history.at(-1)).toMatchObject({ type: 'status', from: 'in_progress', to: 'at_risk', by: { kind: 'user', name: 'Kari Nordmann (Helse- og omsorgsdepartementet (demo))' } });
    expect(await current('ms26-28')).toEqual(after);
  });

  it('refuses an anonymous (reader) or forged request with 401, even when crafted by hand, and changes nothing', async () => {
    const before = await current('ms26-28');
    expectProblem(await call('PATCH', '/api/measures/ms26-28', { ifMatch: '"1"', body: atRisk }), 401);
    expectProblem(await call('PATCH', '/api/measures/ms26-28', { token: 'demo-editor-kari2', ifMatch: '"1"', body: atRisk }), 401);
    // The token of the signed-in reader there used to be is not a token any more.
    expectProblem(await call('PATCH', '/api/measures/ms26-28', { token: 'demo-viewer-lena', ifMatch: '"1"', body: atRisk }), 401);
    expect(await current('ms26-28')).toEqual(before);
  });

  it('answers 404 for an unknown measure and 400 for a malformed id', async () => {
    expectProblem(await call('PATCH', '/api/measures/ms26-99', { token: TOKENS.editor, ifMatch: '"1"', body: atRisk }), 404);
    expectProblem(await call('PATCH', '/api/measures/NOPE!', { token: TOKENS.editor, ifMatch: '"1"', body: atRisk }), 400);
  });

  it('requires If-Match (428) and a version in it (400)', async () => {
    expectProblem(await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, body: atRisk }), 428);
    expectProblem(await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: 'latest', body: atRisk }), 400);
  });

  it('answers a stale version with 409 and the current state, and changes nothing', async () => {
    await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.otherEditor, ifMatch: '"1"', body: atRisk });
    const mine = { ...atRisk, to: 'completed', completedOn: { date: '2026-10-01', precision: 'day' }, source: { title: 'Helfo', url: 'https://helfo.no/x' } };
    const response = await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: '"1"', body: mine });
    expect(response.status).toBe(409);
    const conflict = conflictSchema.parse(response.body);
    expect(conflict.current).toMatchObject({ version: 2, status: 'at_risk' });
    expect(conflict.current.history.at(-1)).toMatchObject({ by: { name: expect.stringContaining('Ola Nordmann') as string } });
    expect((await current('ms26-28')).version).toBe(2);
  });

  it.each([
    ['malformed JSON', { rawBody: '{"type": "status",' }, []],
    ['an unknown change type', { body: { ...atRisk, type: 'delete' } }, ['body.type']],
    ['a missing reason', { body: { ...atRisk, reason: undefined } }, ['body.reason']],
    ['a javascript: source', { body: { type: 'source', source: { title: 'x', url: 'javascript:alert(1)' }, effective: { date: '2026-11-01', precision: 'day' }, reason: 'r', language: 'nb' } }, ['body.source.url']],
    ['completed without a date or a source', { body: { ...atRisk, to: 'completed' } }, ['body.completedOn', 'body.source']],
    ['a transition the rules do not allow', { body: { ...atRisk, to: 'in_progress' } }, ['body.to']],
    ['a date in the future', { body: { ...atRisk, effective: { date: '2027-01-01', precision: 'day' } } }, ['body.effective']],
  ])('answers 400 for %s and changes nothing', async (_name, request, fields) => {
    const before = await current('ms26-28');
    const problem = expectProblem(await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: `"${before.version}"`, ...request }), 400);
    expect((problem.errors ?? []).map((error) => error.field).sort()).toEqual([...fields].sort());
    expect(await current('ms26-28')).toEqual(before);
  });

});

describe('the history is append-only', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('%s on the history is 405', async (method) => {
    expectProblem(await call(method, '/api/measures/ms26-01/history', { token: TOKENS.admin, body: {} }), 405);
  });

  it.each(['PUT', 'DELETE'])('%s on a measure is 405', async (method) => {
    expectProblem(await call(method, '/api/measures/ms26-01', { token: TOKENS.admin }), 405);
  });
});

describe('a status change or a deadline move with its source', () => {
  const moved = {
    type: 'deadline',
    to: { stated: { nb: 'innen 2028' }, point: { date: '2028-01-01', precision: 'year' }, kind: 'by' },
    effective: { date: '2026-11-20', precision: 'day' },
    reason: 'Flyttet i budsjettet',
    language: 'nb',
  };
  const source = { title: 'Prop. 1 S (2026–2027)', url: 'https://www.regjeringen.no/prop-1-s' };

  it.each([
    ['a status change', atRisk],
    ['a deadline move', moved],
  ])('keeps the source of %s on its history entry and lists it among the measure’s sources', async (_name, change) => {
    const response = await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: '"1"', body: { ...change, source } });
    expect(response.status).toBe(200);
    const after = measureDetailSchema.parse(response.body);
    expect(after.history.at(-1)).toMatchObject({ type: change.type, source });
    expect(after.sources).toContainEqual(source);
    expect(await current('ms26-28')).toEqual(after);
  });

  it.each([
    ['a user name and password in the address', { ...source, url: 'https://ola:hemmelig@www.regjeringen.no/x' }, 'body.source.url', 'url_has_credentials'],
    ['an address that is not http(s)', { ...source, url: 'javascript:alert(1)' }, 'body.source.url', 'invalid_format'],
    ['an address over 2,000 characters', { ...source, url: `https://www.regjeringen.no/${'a'.repeat(2000)}` }, 'body.source.url', 'too_big'],
    ['a title over 300 characters', { ...source, title: 'a'.repeat(301) }, 'body.source.title', 'too_big'],
    ['a title of only invisible characters', { ...source, title: '\u200B\u200B' }, 'body.source.title', 'no_visible_text'],
    ['a title with a line break', { ...source, title: 'Prop.\n1 S' }, 'body.source.title', 'invalid_characters'],
    ['no address', { title: source.title }, 'body.source.url', 'invalid_type'],
  ])('refuses a source with %s, for a status change and a deadline move alike, and changes nothing', async (_name, bad, field, code) => {
    const before = await current('ms26-28');
    for (const change of [atRisk, moved]) {
      const problem = expectProblem(await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: '"1"', body: { ...change, source: bad } }), 400);
      expect(problem.errors).toContainEqual(expect.objectContaining({ field, code }));
    }
    expect(await current('ms26-28')).toEqual(before);
  });
});
