import { describe, expect, it } from 'vitest';
import { db } from '@mocks/db';
import { changeLogPageSchema } from '@/domain/change-log';
import { call } from './api-helpers';

async function log(query = '') {
  const response = await call('GET', `/api/changes${query}`);
  expect(response.status).toBe(200);
  return changeLogPageSchema.parse(response.body);
}

/** The embedded mock's synthetic dataset (the server is seeded with the real one only): not in the contract suite. */
describe('GET /api/changes on the mock’s synthetic dataset', () => {
  it('serves the log of the synthetic dataset of 10,000 measures a page at a time', async () => {
    db.useDataset({ kind: 'large', size: 10_000 });
    const first = await log('?pageSize=100');
    expect(first.items).toHaveLength(100);
    expect(first.total).toBeGreaterThan(1000);
    expect(first.items.every((item) => item.synthetic)).toBe(true);
    const last = await log(`?pageSize=100&page=${Math.ceil(first.total / 100)}`);
    expect(last.items.length).toBeGreaterThan(0);
  });
});
