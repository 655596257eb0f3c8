import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDatabase, note, patch, readMeasure, startServerProcess, tokenFor, withClient, type ServerProcess } from './processes';

/**
 * Two server processes on one PostgreSQL, as two instances behind a load balancer: 50 saves on top of the same
 * version, sent at once, half to each. The version check in the UPDATE (server/store/sql-store.ts) lets exactly
 * one win, whichever process it reaches; the other 49 are conflicts, and the history gains one entry.
 */
describe('two server processes, one database', () => {
  let url: string;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    url = await emptyDatabase();
    // Started together: the migrations and the seed run once (an advisory lock), not twice.
    servers = await Promise.all([startServerProcess(url), startServerProcess(url)]);
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
  });

  it('both started on the empty database: it was migrated and seeded once', async () => {
    const seeded = servers.flatMap((server) => server.logs.filter((entry) => entry.message === 'seeded an empty database'));
    expect(seeded).toHaveLength(1);
    const counts = await withClient(url, async (client) => (await client.query<{ count: string }>('select count(*) from measures')).rows[0]?.count);
    expect(Number(counts)).toBeGreaterThan(30);
  });

  it('of 50 parallel PATCHes with the same If-Match, exactly one is a 200, 49 are 409s, and the history gains one entry', async () => {
    const [first, second] = servers as [ServerProcess, ServerProcess];
    const token = await tokenFor(first, 'kari');
    const before = await readMeasure(second, 'ms26-28');
    const rowsBefore = await historyRows(url, 'ms26-28');

    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => patch(index % 2 === 0 ? first : second, 'ms26-28', token, before.version, note(`Samtidig merknad ${index + 1}`))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    // Each conflict carries the measure as it now stands: the winner's version.
    const conflict = (await responses.find((response) => response.status === 409)?.json()) as { current?: { version: number } } | undefined;
    expect(conflict?.current?.version).toBe(before.version + 1);

    const after = await readMeasure(first, 'ms26-28');
    expect(after.version).toBe(before.version + 1);
    expect(after.history).toHaveLength(before.history.length + 1);
    expect(await historyRows(url, 'ms26-28')).toBe(rowsBefore + 1);
    // Both processes serve the same measure at once: no process keeps a copy of its own.
    expect((await readMeasure(second, 'ms26-28')).version).toBe(after.version);
  });

  it('reads and writes without a warning from the database driver (no query sent on a client that is still busy)', async () => {
    // After a write every process reads the whole dataset again in one transaction (SqlStore.snapshot).
    await Promise.all(servers.map((server) => readMeasure(server, 'ms26-28')));
    expect(servers.map((server) => server.stderr())).toEqual(['', '']);
  });
});

async function historyRows(url: string, measureId: string): Promise<number> {
  return withClient(url, async (client) => Number((await client.query<{ count: string }>('select count(*) from measure_history where measure_id = $1', [measureId])).rows[0]?.count));
}
