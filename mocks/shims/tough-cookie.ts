/**
 * Stands in for `tough-cookie` (with the Public Suffix List it needs, about 100 kB gzip; without it, 7 kB)
 * where the mock API is bundled for the browser: vite.config.ts points `tough-cookie` here (in the unit tests, msw
 * runs in Node with the real one; the e2e tests run the bundle with this one).
 *
 * msw keeps a cookie jar for cookies that mocked responses set, and adds them to later requests. The mock API
 * sets no cookies (it authenticates with bearer tokens, docs/api.md), so the jar is always empty. A response that
 * did set one is refused loudly (msw reports the error) rather than its cookie quietly dropped.
 * Only what msw's cookie store (msw/lib/core/utils/cookieStore.mjs) uses is here.
 */
export class Cookie {
  readonly key = '';
  readonly value = '';

  /** A cookie msw stored in localStorage earlier: none is taken (the jar stays empty). */
  static fromJSON(): Cookie | null {
    return null;
  }
}

export class MemoryCookieStore {
  idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

export class CookieJar {
  constructor(readonly store: MemoryCookieStore) {}

  getCookiesSync(): Cookie[] {
    return [];
  }

  setCookie(cookie: string, url: string): Promise<never> {
    return Promise.reject(new Error(`The mock API sets no cookies, but a response to ${url} set one (${cookie.split('=')[0] ?? ''}); see mocks/shims/tough-cookie.ts.`));
  }
}
