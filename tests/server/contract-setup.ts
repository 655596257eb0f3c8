import { afterAll, beforeAll, beforeEach } from 'vitest';
import { fixToday } from '@/lib/clock';
import { resetTarget, useTargetServer } from '../support/api-target';
import { TEST_TODAY } from '../test-date';
import { startTestServer } from './support';

/**
 * The server project runs the API tests of tests/mocks against the real backend (tests/support/api-target.ts):
 * one server per test file, on a fresh database; after a test that wrote, the database starts afresh.
 */
let server: Awaited<ReturnType<typeof startTestServer>> | null = null;

beforeAll(async () => {
  if (process.env.CONTRACT_TARGET !== 'server') return;
  server = await startTestServer();
  useTargetServer(server);
});

beforeEach(async () => {
  fixToday(TEST_TODAY);
  await resetTarget();
});

afterAll(async () => {
  useTargetServer(null);
  await server?.close();
});
