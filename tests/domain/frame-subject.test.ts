import { describe, expect, it } from 'vitest';
import { measureIdentityFrom, municipalityFrom } from '@/domain/frame-subject';

const measure = {
  kind: 'measure',
  measure: { id: 'ms26-13', number: 13, planId: 'meld-st-26-2014-2015', planReference: 'Meld. St. 26 (2014–2015)', title: { nb: 'Tittel' } },
};
const bergen = { kind: 'municipality', municipality: { number: '4601', name: 'Bergen', county: { number: '46', name: 'Vestland' } } };

describe('what a frame knew about its page', () => {
  it('is the measure’s identity on that measure’s page', () => {
    expect(measureIdentityFrom(measure, 'ms26-13')).toEqual(measure.measure);
  });

  it.each([
    ['another measure’s page', measure, 'ms26-14'],
    ['a municipality', bergen, 'ms26-13'],
    ['nothing', null, 'ms26-13'],
    ['something malformed', { kind: 'measure', measure: { id: 'ms26-13', number: 'tretten' } }, 'ms26-13'],
  ])('is nothing for %s', (_case, subject, id) => {
    expect(measureIdentityFrom(subject, id)).toBeNull();
  });

  it('is the municipality on its own page only', () => {
    expect(municipalityFrom(bergen, '4601')).toEqual(bergen.municipality);
    expect(municipalityFrom(bergen, '0301')).toBeNull();
    expect(municipalityFrom(measure, '4601')).toBeNull();
  });
});
