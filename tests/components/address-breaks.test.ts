import { describe, expect, it } from 'vitest';
import { addressBreaks } from '@/components/ui/address-breaks';

describe('addressBreaks', () => {
  it.each([
    ['http://localhost:3000/analyse?plan=ms26&asOf=2020-12-31', ['http://localhost:3000', '/analyse', '?plan=', 'ms26', '&asOf=', '2020-12-31']],
    ['https://example.no/tiltak/ms26-17', ['https://example.no', '/tiltak', '/ms26-17']],
    ['https://example.no/', ['https://example.no', '/']],
    ['/tiltak?status=completed#top', ['/tiltak', '?status=', 'completed', '#top']],
    ['localhost', ['localhost']],
  ])('%s', (address, pieces) => {
    expect(addressBreaks(address)).toEqual(pieces);
    expect(addressBreaks(address).join('')).toBe(address);
  });
});
