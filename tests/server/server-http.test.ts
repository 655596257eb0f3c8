import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { createApp } from '../../server/app';
import { readConfig } from '../../server/config';
import { jsonLogger } from '../../server/log';
import { startTestServer, TEST_SECRET } from './support';

let server: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('the server', () => {
  it('says it is alive and ready once the migrations are applied', async () => {
    expect((await server.request('/healthz')).status).toBe(200);
    const ready = await server.request('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves the dataset: 28 measures of Meld. St. 26 among the plans, with request ids and security headers', async () => {
    const response = await server.request('/api/measures?plan=meld-st-26-2014-2015&pageSize=100');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { total: number }).total).toBe(28);
    expect(response.headers.get('X-Request-Id')).toMatch(/^[\w-]{36}$/);
    expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('answers unknown endpoints and bad parameters with problem documents', async () => {
    const unknown = await server.request('/api/nothing');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('Content-Type')).toContain('application/problem+json');
    const bad = await server.request('/api/measures?__proto__=x');
    expect(bad.status).toBe(400);
  });

  it('lets an editor change a measure on top of its version, once: 428 without If-Match, 409 when stale', async () => {
    const token = await server.tokenFor('kari');
    const body = JSON.stringify({ type: 'note', text: 'Fra serveren', effective: { date: '2026-12-01', precision: 'day' }, language: 'nb' });
    const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
    const current = await server.request('/api/measures/ms26-28');
    const version = current.headers.get('ETag') ?? '';
    expect((await server.request('/api/measures/ms26-28', { method: 'PATCH', headers, body })).status).toBe(428);
    const saved = await server.request('/api/measures/ms26-28', { method: 'PATCH', headers: { ...headers, 'If-Match': version }, body });
    expect(saved.status).toBe(200);
    const stale = await server.request('/api/measures/ms26-28', { method: 'PATCH', headers: { ...headers, 'If-Match': version }, body });
    expect(stale.status).toBe(409);
    const history = (await (await server.request('/api/measures/ms26-28/history')).json()) as { items: { type: string; text?: string }[] };
    expect(history.items.filter((entry) => entry.type === 'note' && entry.text === 'Fra serveren')).toHaveLength(1);
  });

  it('never trusts a role the client asserts: a token it did not sign is a 401, a reader’s is a 403', async () => {
    const body = JSON.stringify({ type: 'note', text: 'x', effective: { date: '2026-12-01', precision: 'day' }, language: 'nb' });
    const forged = await new SignJWT({ role: 'admin' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('kari')
      .setIssuer('tiltaksmonitor')
      .setAudience('tiltaksmonitor-api')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('another-secret-that-is-at-least-32-characters'));
    const asForged = await server.request('/api/measures/ms26-28', { method: 'PATCH', headers: { Authorization: `Bearer ${forged}`, 'If-Match': '"1"', 'Content-Type': 'application/json' }, body });
    expect(asForged.status).toBe(401);
    // A reader: a user of the users table with the viewer role (the demo has none; the app's readers are not signed in).
    await server.addUser({ id: 'leser', name: 'Test Leser', organisation: 'Test', role: 'viewer' });
    const reader = await server.tokenFor('leser');
    const asReader = await server.request('/api/measures/ms26-28', { method: 'PATCH', headers: { Authorization: `Bearer ${reader}`, 'If-Match': '"1"', 'Content-Type': 'application/json' }, body });
    expect(asReader.status).toBe(403);
    expect((await server.request('/api/admin/reset', { method: 'POST', headers: { Authorization: `Bearer ${await server.tokenFor('admin')}` } })).status).toBe(405);
  });

  it('lets any site frame an embed (/embed/<chart>), and no site any other page or answer', async () => {
    const frameAncestors = (response: Response) => /frame-ancestors ([^;]+)/.exec(response.headers.get('Content-Security-Policy') ?? '')?.[1];
    for (const path of ['/embed/omraader', '/embed/frister?plan=meld-st-26-2014-2015&asOf=2020-12-31&lang=en', '/embed/fullfort-over-tid/']) {
      const response = await server.request(path, { headers: { Accept: 'text/html' } });
      expect(frameAncestors(response), path).toBe('*');
      expect(response.headers.get('X-Frame-Options'), path).toBeNull();
      expect(response.headers.get('Set-Cookie'), path).toBeNull();
    }
    for (const path of ['/', '/tiltak', '/embed', '/embed/omraader/x', '/api/plans', '/api/embed/omraader']) {
      const response = await server.request(path, { headers: { Accept: 'text/html' } });
      expect(frameAncestors(response), path).toBe("'none'");
      expect(response.headers.get('X-Frame-Options'), path).toBe('DENY');
    }
  });

  it('frames embeds only in the sites EMBED_FRAME_ANCESTORS lists, and refuses a list that is not one', async () => {
    const app = createApp({
      config: readConfig({ AUTH_SECRET: TEST_SECRET, STATIC_DIR: 'no-such-folder', LOG_LEVEL: 'silent', EMBED_FRAME_ANCESTORS: "'self', https://avis.example https://*.kommune.example" }),
      api: () => Promise.resolve(new Response(null, { status: 204 })),
      health: { ready: () => Promise.resolve({ ok: true } as const) },
      log: jsonLogger('silent'),
    });
    const embed = await app.request('/embed/frister');
    expect(embed.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'self' https://avis.example https://*.kommune.example");
    expect((await app.request('/om')).headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    for (const bad of ['', "https://a.example; script-src *", 'javascript:alert(1)', "'none' x"]) {
      expect(() => readConfig({ AUTH_SECRET: TEST_SECRET, EMBED_FRAME_ANCESTORS: bad }), bad).toThrow(/EMBED_FRAME_ANCESTORS/);
    }
  });

  it('refuses bodies over the limit, and cross-origin calls from origins not configured', async () => {
    const large = await server.request('/api/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(70_000) });
    expect(large.status).toBe(413);
    // A plan's registration may carry up to 1 MiB of measures: 200 KiB is read (and judged: 400, not 413); 2 MiB is not.
    const token = await server.tokenFor('admin');
    const registration = (body: string) => server.request('/api/plans', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body });
    const judged = await registration(JSON.stringify({ plan: { id: 'x', note: 'x'.repeat(200_000) } }));
    expect(judged.status).toBe(400);
    expect((await registration('x'.repeat(2 * 1024 * 1024))).status).toBe(413);
    const cors = await server.request('/api/plans', { headers: { Origin: 'https://evil.example' } });
    expect(cors.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});
