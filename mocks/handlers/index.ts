import { http } from 'msw';
import { createApiHandler } from '../../server/api/handler';
import { mockApiContext } from '../api-context';
import { API, endpoint } from './http';

/**
 * The mock API: every request under /api goes to the same handler the server runs (server/api), with the
 * browser's store; msw adds the latency and the faults (./http.ts).
 */
const api = createApiHandler(mockApiContext);

export const handlers = [http.all(`${API}/*`, endpoint(api))];
