import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resetTarget } from '../support/api-target';
import { measureDetailSchema } from '@/domain/api-contract';
import { allowedNextStatuses, measureChangeSchema, type MeasureChange } from '@/domain/measure-change';
import { sameDeadline } from '@/domain/deadline';
import type { Measure } from '@/domain/measure';
import { call, TOKENS } from './api-helpers';

const MEASURE_IDS = ['ms26-01', 'ms26-13', 'ms26-18', 'ms26-22', 'ms26-28'];
const DAY = { date: '2026-11-01', precision: 'day' } as const;

/** An intent is turned into a change that is valid for the measure as it is when the intent runs. */
const intent = fc.record({
  kind: fc.constantFrom('status', 'deadline', 'note', 'source'),
  pick: fc.nat(),
  text: fc.string({ minLength: 1, maxLength: 60 }).filter((value) => value.trim().length > 0),
  year: fc.integer({ min: 2016, max: 2035 }),
});

type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function toChange(measure: Measure, { kind, pick, text, year }: Intent): MeasureChange {
  const base = { effective: DAY, language: 'nb' as const };
  switch (kind) {
    case 'status': {
      const options = allowedNextStatuses(measure.status).filter((status) => status !== 'replaced' || measure.id !== 'ms26-01');
      const to = options[pick % options.length] ?? 'in_progress';
      return {
        ...base,
        type: 'status',
        to,
        reason: text,
        ...(to === 'completed' ? { completedOn: DAY, source: { title: text, url: `https://example.no/${pick}` } } : {}),
        ...(to === 'replaced' ? { replacedBy: 'ms26-01' } : {}),
      };
    }
    case 'deadline':
      return { ...base, type: 'deadline', reason: text, to: { kind: 'by', point: { date: `${year}-01-01`, precision: 'year' }, stated: { nb: `innen ${year}` } } };
    case 'note':
      return { ...base, type: 'note', text };
    default:
      return { ...base, type: 'source', reason: text, source: { title: text, url: `https://kilde.example.no/${pick}` } };
  }
}

async function get(id: string): Promise<Measure> {
  return measureDetailSchema.parse((await call('GET', `/api/measures/${id}`)).body);
}

describe('editing, property-based', () => {
  it('keeps history and version consistent over any sequence of valid edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...MEASURE_IDS), fc.array(intent, { minLength: 1, maxLength: 12 }), async (id, intents) => {
        await resetTarget();
        const original = await get(id);
        let previous = original;
        for (const step of intents) {
          const change = toChange(previous, step);
          const response = await call('PATCH', `/api/measures/${id}`, { token: TOKENS.editor, ifMatch: `"${previous.version}"`, body: change });
          if (change.type === 'deadline' && sameDeadline(change.to, previous.deadline)) {
            expect(response.status).toBe(400);
            continue;
          }
          expect(response.status, JSON.stringify(response.body)).toBe(200);
          const next = measureDetailSchema.parse(response.body);
          // Append-only: what was there is still there, unchanged, and exactly one entry was added.
          expect(next.history.slice(0, previous.history.length)).toEqual(previous.history);
          expect(next.history).toHaveLength(previous.history.length + 1);
          expect(next.version).toBe(previous.version + 1);
          previous = next;
        }
        const final = await get(id);
        expect(final).toEqual(previous);
        const userEntries = final.history.filter((entry) => entry.by.kind === 'user');
        expect(final.version).toBe(original.version + userEntries.length);
        expect(new Set(final.history.map((entry) => entry.id)).size).toBe(final.history.length);
        const lastStatus = final.history.filter((entry) => entry.type === 'status' || entry.type === 'created').at(-1);
        expect(lastStatus?.type === 'status' ? lastStatus.to : lastStatus?.status).toBe(final.status);
        // Every fixture measure that is completed has a date, and edits keep it so.
        expect(final.completedOn !== null).toBe(final.status === 'completed');
        expect(final.originalDeadline).toEqual(original.originalDeadline);
      }),
      { numRuns: 40 },
    );
  });

  it('answers any junk body with 400 and never changes the record', async () => {
    const junk = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constantFrom('status', 'deadline', 'note', 'source', 'delete'), to: fc.anything(), reason: fc.anything(), text: fc.anything(), effective: fc.anything() }, { requiredKeys: [] }),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (body) => {
        fc.pre(!measureChangeSchema.safeParse(body).success);
        const before = await get('ms26-28');
        // JSON.stringify(undefined) is undefined (not a string, whatever its type says): send it as text then.
        const raw = JSON.stringify(body) as string | undefined;
        const response = await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: `"${before.version}"`, rawBody: raw ?? 'undefined' });
        expect(response.status).toBe(400);
        expect(await get('ms26-28')).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });

  it('answers any non-JSON body with 400', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (raw) => {
        fc.pre(!isJson(raw));
        const response = await call('PATCH', '/api/measures/ms26-28', { token: TOKENS.editor, ifMatch: '"1"', rawBody: raw });
        expect(response.status).toBe(400);
      }),
      { numRuns: 100 },
    );
  });
});

function isJson(raw: string): boolean {
  try {
    JSON.parse(raw);
    return true;
  } catch {
    return false;
  }
}
