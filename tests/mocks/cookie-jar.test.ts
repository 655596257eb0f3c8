import { describe, expect, it } from 'vitest';
import { CookieJar, MemoryCookieStore } from '@mocks/shims/tough-cookie';
import { GET_ENDPOINTS } from './contract-endpoints';

/**
 * msw's cookie jar is an empty stand-in (mocks/shims/tough-cookie.ts: tough-cookie and the Public Suffix List
 * would be most of the mock's weight on a first visit). That holds only while the mock API sets no cookies.
 * (Here in Node, msw keeps the real tough-cookie: the stand-in is for the browser's bundle, which every e2e test
 * runs with.)
 */
describe('the mock API and cookies', () => {
  it.each(GET_ENDPOINTS.map((endpoint) => [endpoint.path, endpoint] as const))('GET %s sets no cookie', async (_path, endpoint) => {
    const response = await fetch(new URL(`${endpoint.path}${endpoint.base === '' ? '' : `?${endpoint.base}`}`, window.location.origin));
    expect(response.status).toBe(200);
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });

  it('a sign-in sets no cookie either (the session is a bearer token)', async () => {
    const response = await fetch(new URL('/api/session', window.location.origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ userId: 'ola' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });

  it('the stand-in jar refuses a cookie loudly instead of dropping it', async () => {
    const jar = new CookieJar(new MemoryCookieStore());
    await expect(jar.setCookie('theme=dark; Path=/', 'http://localhost/api/x')).rejects.toThrow(/sets no cookies.*theme/);
    expect(jar.getCookiesSync()).toEqual([]);
  });
});
