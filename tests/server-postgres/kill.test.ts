import { afterAll, describe, expect, it } from 'vitest';
import { emptyDatabase, note, patch, readMeasure, startServerProcess, tokenFor, type ServerProcess } from './processes';

const MEASURES = ['ms26-01', 'ms26-05', 'ms26-13', 'ms26-28'];

/**
 * A server killed with SIGKILL in the middle of a burst of writes (no shutdown, no flush): after a restart,
 * every change it answered 200 to is in the database, and every other entry there belongs to a request that got
 * no answer (committed just before the kill). Versions and histories agree: no half-written save.
 */
describe('a server killed during a burst of writes', () => {
  const running: ServerProcess[] = [];
  afterAll(async () => {
    await Promise.all(running.map((server) => server.stop()));
  });

  it('keeps every change it confirmed, and nothing it did not send or half-saved', async () => {
    const url = await emptyDatabase();
    const first = await startServerProcess(url);
    running.push(first);
    const token = await tokenFor(first, 'kari');
    const before = new Map(await Promise.all(MEASURES.map(async (id) => [id, await readMeasure(first, id)] as const)));
    const initial = (id: string) => {
      const measure = before.get(id);
      if (measure === undefined) throw new Error(`no ${id}`);
      return measure;
    };

    const confirmed = new Map<string, string>(); // note text → measure
    const unanswered = new Set<string>();
    const burst = { killed: false };
    const killedYet = () => burst.killed;
    // One writer per measure, each saving on top of the version its last save returned, until the kill.
    const writers = MEASURES.map(async (id) => {
      let version = initial(id).version;
      for (let count = 1; !killedYet(); count += 1) {
        const text = `Før stopp ${id} ${count}`;
        try {
          const response = await patch(first, id, token, version, note(text));
          if (response.status !== 200) throw new Error(`${id}: ${response.status}`);
          version = ((await response.json()) as { version: number }).version;
          confirmed.set(text, id);
        } catch (error) {
          if (!killedYet()) throw error;
          unanswered.add(text);
        }
      }
    });
    await waitUntil(() => confirmed.size >= 40);
    burst.killed = true;
    first.child.kill('SIGKILL');
    await Promise.allSettled(writers);
    await first.stop();
    expect(first.child.signalCode).toBe('SIGKILL');

    const restarted = await startServerProcess(url);
    running.push(restarted);
    const stored = new Map<string, string>();
    for (const id of MEASURES) {
      const measure = await readMeasure(restarted, id);
      const added = measure.history.slice(initial(id).history.length);
      for (const entry of added) stored.set(entry.text ?? '', id);
      // Each save moved the version by one and added one entry: nothing half-saved.
      expect(measure.version - initial(id).version, id).toBe(added.length);
    }
    for (const [text, id] of confirmed) expect(stored.get(text), `confirmed: ${text}`).toBe(id);
    const extra = [...stored.keys()].filter((text) => !confirmed.has(text));
    expect(extra.every((text) => unanswered.has(text)), `entries not confirmed: ${extra.join(', ')}`).toBe(true);
    expect(extra.length).toBeLessThanOrEqual(MEASURES.length);
    console.info(`kill test: ${confirmed.size} confirmed, all kept; ${unanswered.size} unanswered at the kill, ${extra.length} of them committed`);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
