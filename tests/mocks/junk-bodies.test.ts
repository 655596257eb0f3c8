import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { measureDetailSchema } from '@/domain/api-contract';
import { call, TOKENS } from './api-helpers';

/**
 * Junk, as a careless client or an attacker sends it, from an editor with the right version: 1,200 generated
 * bodies (any JSON value, objects with the change's keys holding anything, and text that is not JSON at all).
 * None is a change: each is answered 4xx with a problem document, never 2xx and never 5xx, and the measure and its
 * history are as before. Part of the contract suite: the same bodies go to the mock and to the server.
 */
const CHANGE_KEYS = ['type', 'to', 'reason', 'text', 'effective', 'language', 'source', 'completed', 'replacedBy', 'date', 'precision'];

const changeShaped = fc.dictionary(fc.constantFrom(...CHANGE_KEYS), fc.anything({ maxDepth: 2 }), { maxKeys: 6 });
/** Objects with a `type` that is a change's, but the other fields anything (a valid one is vanishingly rare and is filtered out). */
const nearChange = fc.record({ type: fc.constantFrom('status', 'deadline', 'note', 'source'), to: fc.anything({ maxDepth: 1 }), text: fc.anything({ maxDepth: 1 }), effective: fc.anything({ maxDepth: 2 }) }, { requiredKeys: ['type'] });
const junkJson = fc.oneof(fc.anything({ maxDepth: 3 }), changeShaped, nearChange).map((value) => JSON.stringify(value === undefined ? null : value));
const notJson = fc.string({ maxLength: 200 }).filter((text) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
});

describe('PATCH /api/measures/:id with junk bodies', () => {
  it('answers every one of 1,200 generated bodies with a 4xx problem, and changes nothing', { timeout: 240_000 }, async () => {
    const before = measureDetailSchema.parse((await call('GET', '/api/measures/ms26-28')).body);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.oneof({ arbitrary: junkJson, weight: 3 }, { arbitrary: notJson, weight: 1 }), async (rawBody) => {
        const response = await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: `"${before.version}"`, rawBody });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        expect(response.status, rawBody).toBeGreaterThanOrEqual(400);
        expect(response.status, rawBody).toBeLessThan(500);
        expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      }),
      { numRuns: 1_200 },
    );
    expect([...statuses.values()].reduce((sum, count) => sum + count, 0)).toBe(1_200);
    expect(measureDetailSchema.parse((await call('GET', '/api/measures/ms26-28')).body)).toEqual(before);
  });
});
