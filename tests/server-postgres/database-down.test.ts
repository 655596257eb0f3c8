import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyDatabase, note, patch, readMeasure, startServerProcess, tokenFor, type ServerProcess } from './processes';

/**
 * The database gone: the server reaches PostgreSQL through a TCP relay of the test's own, which the test cuts
 * (every connection dropped, new ones refused) and opens again. While it is cut, reads and writes are 503
 * problem documents with Retry-After, /readyz says not ready and why, /healthz still says the process lives;
 * once it is back, the same server answers again without a restart.
 */
describe('the database down', () => {
  let server: ServerProcess | undefined;
  let relay: Relay | undefined;
  afterAll(async () => {
    await server?.stop();
    await relay?.close();
  });

  it('gives 503 with a problem document, /readyz says so, and the server recovers when it is back', async () => {
    const url = new URL(await emptyDatabase());
    relay = await startRelay(url.hostname, Number(url.port));
    const viaRelay = new URL(url);
    viaRelay.port = String(relay.port);
    server = await startServerProcess(viaRelay.toString(), { DB_CONNECT_TIMEOUT_MS: '1000' });
    const token = await tokenFor(server, 'kari');
    const measure = await readMeasure(server, 'ms26-28');
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);

    await relay.cut();
    for (const response of [
      await fetch(`${server.url}/api/measures?pageSize=5`),
      await fetch(`${server.url}/api/summary`),
      await patch(server, 'ms26-28', token, measure.version, note('Mens databasen er nede')),
    ]) {
      expect(response.status, response.url).toBe(503);
      expect(response.headers.get('Content-Type')).toBe('application/problem+json');
      expect(response.headers.get('Retry-After')).toBe('5');
      expect(await response.json()).toMatchObject({ status: 503, title: 'Service Unavailable' });
    }
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    const readiness = (await ready.json()) as { status: string; reason: string };
    expect(readiness.status).toBe('not ready');
    expect(readiness.reason).toContain('database unreachable');
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    relay.open();
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const after = await readMeasure(server, 'ms26-28');
    // The write sent while the database was down changed nothing.
    expect(after.version).toBe(measure.version);
    expect((await patch(server, 'ms26-28', token, measure.version, note('Etter at databasen er tilbake'))).status).toBe(200);
  });
});

interface Relay {
  port: number;
  cut(): Promise<void>;
  open(): void;
  close(): Promise<void>;
}

/** A TCP relay to PostgreSQL that can be cut: while cut, connections are refused at once (closed on accept). */
async function startRelay(host: string, port: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let cut = false;
  const relay: Server = createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = connect(port, host);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const address = relay.address();
  if (address === null || typeof address === 'string') throw new Error('no relay port');
  return {
    port: address.port,
    async cut() {
      cut = true;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
    open() {
      cut = false;
    },
    close: () => new Promise<void>((resolve) => relay.close(() => resolve())),
  };
}
