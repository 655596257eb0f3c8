import { describe, expect, it } from 'vitest';
import { permanentAddress } from '@/domain/citation';

describe('permanentAddress', () => {
  it.each([
    ['http://x/tiltak', '2026-11-23', 'http://x/tiltak?asOf=2026-11-23'],
    ['http://x/tiltak?plan=p&status=completed', '2020-12-31', 'http://x/tiltak?plan=p&status=completed&asOf=2020-12-31'],
    // A view already on an earlier date keeps the date it shows (the caller passes it), in its place.
    ['http://x/tiltak?asOf=2019-01-01&plan=p', '2019-01-01', 'http://x/tiltak?asOf=2019-01-01&plan=p'],
    ['http://x/analyse?plan=a&plan=b', '2020-12-31', 'http://x/analyse?plan=a&plan=b&asOf=2020-12-31'],
    ['http://x/analyse#chart', '2020-12-31', 'http://x/analyse?asOf=2020-12-31'],
  ])('%s on %s → %s', (address, date, expected) => {
    expect(permanentAddress(address, date)).toBe(expected);
  });
});
