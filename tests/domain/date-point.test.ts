import { describe, expect, it } from 'vitest';
import { addMonths, datePointSchema, endOf, isoDateInOslo, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';
import { datePointOf } from '@/domain/date-text';

describe('endOf', () => {
  it.each<[DatePoint, string]>([
    [{ date: '2017-01-01', precision: 'day' }, '2017-01-01'],
    [yearPoint(2016), '2016-12-31'],
    [monthPoint(2024, 6), '2024-06-30'],
    [monthPoint(2024, 2), '2024-02-29'],
    [monthPoint(2023, 2), '2023-02-28'],
    [monthPoint(2021, 12), '2021-12-31'],
  ])('%o ends on %s', (point, expected) => {
    expect(endOf(point)).toBe(expected);
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-11-23', 12, '2027-11-23'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-15', -3, '2025-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('datePointSchema', () => {
  it.each([
    [{ date: '2016-01-01', precision: 'year' }, true],
    [{ date: '2016-05-01', precision: 'year' }, false],
    [{ date: '2016-05-01', precision: 'month' }, true],
    [{ date: '2016-05-07', precision: 'month' }, false],
    [{ date: '2016-02-30', precision: 'day' }, false],
    [{ date: '2016-5-7', precision: 'day' }, false],
    [{ date: '2016-05-07', precision: 'week' }, false],
  ])('%o valid: %s', (value, valid) => {
    expect(datePointSchema.safeParse(value).success).toBe(valid);
  });
});

describe('isoDateInOslo', () => {
  it.each([
    // Winter (UTC+1): the date turns at 23:00 UTC.
    ['2026-01-15T22:59:59Z', '2026-01-15'],
    ['2026-01-15T23:00:00Z', '2026-01-16'],
    // Summer time starts on the last Sunday of March at 01:00 UTC (29 March 2026), ends on the last Sunday of October (25 October 2026).
    ['2026-03-29T00:59:59Z', '2026-03-29'],
    ['2026-03-28T22:59:59Z', '2026-03-28'],
    ['2026-03-28T23:00:00Z', '2026-03-29'],
    ['2026-06-30T21:59:59Z', '2026-06-30'],
    ['2026-06-30T22:00:00Z', '2026-07-01'],
    ['2026-10-24T21:59:59Z', '2026-10-24'],
    ['2026-10-24T22:00:00Z', '2026-10-25'],
    ['2026-10-25T22:59:59Z', '2026-10-25'],
    ['2026-10-25T23:00:00Z', '2026-10-26'],
    ['2026-12-31T23:00:00Z', '2027-01-01'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
  ])('%s is %s in Norway', (instant, expected) => {
    expect(isoDateInOslo(new Date(instant))).toBe(expected);
  });

  it("agrees with the time zone database every 20 minutes of 2025–2027, through every change of Norway's clocks", () => {
    const oslo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' });
    const disagreements: string[] = [];
    for (let time = Date.UTC(2025, 0, 1); time < Date.UTC(2028, 0, 1); time += 20 * 60_000) {
      const instant = new Date(time);
      if (isoDateInOslo(instant) !== oslo.format(instant)) disagreements.push(instant.toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});

describe('datePointOf: a date as precisely as it is written', () => {
  it.each([
    ['2015-05-07', { date: '2015-05-07', precision: 'day' }],
    [' 2015-05 ', { date: '2015-05-01', precision: 'month' }],
    ['2016', { date: '2016-01-01', precision: 'year' }],
    ['2015-13', null],
    ['2015-02-30', null],
    ['7. mai 2015', null],
  ])('%s → %j', (text, point) => {
    expect(datePointOf(text)).toEqual(point);
  });
});
