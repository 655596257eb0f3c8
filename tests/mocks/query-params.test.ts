import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from '../../server/api/handler';
import { CONTRACT_TARGET } from '../support/api-target';
import { searchParamsToRecord } from '@/domain/measure-list-query';
import { expectProblem as expectGetProblem, get } from '../support/api';
import { call, expectProblem, TOKENS, type ApiResponse } from './api-helpers';
import { GET_ENDPOINTS, PROTOTYPE_NAMES, withQuery } from './contract-endpoints';

const atRisk = { type: 'status', to: 'at_risk', effective: { date: '2026-11-20', precision: 'day' }, reason: 'Budsjettet er usikkert', language: 'nb' };

describe('searchParamsToRecord', () => {
  it.each(PROTOTYPE_NAMES)('keeps %s as a parameter of its own', (name: string) => {
    const record = searchParamsToRecord(new URLSearchParams(`${name}=x&q=y`));
    expect(Object.keys(record).sort()).toEqual([name, 'q'].sort());
    expect(Object.hasOwn(record, name)).toBe(true);
    expect(record[name]).toBe('x');
    // Nothing is set on any object's prototype.
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('unknown query parameters, whatever their name', () => {
  it('the table of endpoints answers 200 without them', async () => {
    for (const endpoint of GET_ENDPOINTS) {
      expect((await get(withQuery(endpoint, ''))).status, endpoint.route).toBe(200);
    }
  });

  describe.each(GET_ENDPOINTS.map((endpoint) => [endpoint.route, endpoint] as const))('GET %s', (_route, endpoint) => {
    it.each([...PROTOTYPE_NAMES, 'foo', '__proto__[polluted]', '__proto__.polluted', 'constructor[prototype][polluted]', '%5F%5Fproto%5F%5F', '__PROTO__', ''])(
      'refuses ?%s=x with a 400 naming it',
      async (name) => {
        const problem = await expectGetProblem(withQuery(endpoint, `${name}=x`), 400, ['(root)']);
        expect(problem.title).toBe('Invalid query parameters');
      },
    );

    it('refuses __proto__ given twice and beside the known parameters', async () => {
      const known = endpoint.known.includes('asOf') ? 'asOf=2020-01-01&' : '';
      await expectGetProblem(withQuery(endpoint, `${known}__proto__=a&__proto__=b`), 400, ['(root)']);
    });
  });

  const writes: [string, (query: string) => Promise<ApiResponse>][] = [
    ['PATCH /api/measures/:id', async (query: string) => call('PATCH', `/api/measures/ms26-28${query}`, { token: TOKENS.editor, ifMatch: '"1"', body: atRisk })],
    ['POST /api/session', async (query: string) => call('POST', `/api/session${query}`, { body: { userId: 'kari' } })],
  ];
  // The demo's reset: a server's database is never reset (405 without a bad parameter too).
  if (CONTRACT_TARGET === 'mock') writes.push(['POST /api/admin/reset', async (query: string) => call('POST', `/api/admin/reset${query}`, { token: TOKENS.admin })]);

  it.each(writes)('%s refuses ?__proto__=x and ?constructor=x, and changes nothing', async (_name, send) => {
    const before = (await get('/api/measures/ms26-28')).body;
    for (const name of ['__proto__', 'constructor', 'foo']) {
      expectProblem(await send(`?${name}=x`), 400);
    }
    expect((await get('/api/measures/ms26-28')).body).toEqual(before);
    // Without the parameter the same request goes through.
    expect((await send('')).status).toBeLessThan(300);
  });

  it('the table has every GET endpoint of the API', () => {
    const routes = ENDPOINTS.flatMap((endpoint) => (endpoint.method === 'GET' ? [endpoint.path] : []));
    expect(routes.length).toBeGreaterThan(0);
    expect([...routes].sort()).toEqual(GET_ENDPOINTS.map((endpoint) => endpoint.route).sort());
  });
});
