import { delay, HttpResponse, type HttpResponseResolver } from 'msw';
import { problem } from '../../server/api/http';
import { mockConfig } from '../config';
import { db } from '../db';

export const API = '/api';

/**
 * Wraps a resolver with what the mock adds to the API: simulated latency, the fault mode, and the store's data
 * files (which load with the first request that needs them). The API itself (server/api) answers the rest.
 */
export function endpoint(resolver: (request: Request) => Promise<Response>): HttpResponseResolver {
  return async ({ request }) => {
    const config = mockConfig();
    if (config.latencyMs > 0) await delay(config.latencyMs);
    const fault = injectedFault(config.fault, config.timeoutMs);
    if (fault) return fault;
    try {
      await db.ready();
    } catch (error) {
      console.error('Mock API: the data files did not load', error);
      return problem(500, 'Internal Server Error', 'The mock API could not load its data.');
    }
    return resolver(request);
  };
}

function injectedFault(fault: ReturnType<typeof mockConfig>['fault'], timeoutMs: number): Response | Promise<Response> | null {
  switch (fault) {
    case 'none':
      return null;
    case 'error500':
      return problem(500, 'Internal Server Error', 'Fault injected by the mock (error500).');
    case 'random500':
      return Math.random() < 1 / 3 ? problem(500, 'Internal Server Error', 'Fault injected by the mock (random500).') : null;
    case 'malformed':
      return new HttpResponse('{"items": [', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'offline':
      return HttpResponse.error();
    case 'timeout':
      return delay(timeoutMs).then(() => problem(504, 'Gateway Timeout', 'Fault injected by the mock (timeout).'));
  }
}
