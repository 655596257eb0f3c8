import { describe, expect, it } from 'vitest';
import { addMonths, datePointSchema, endOf, monthPoint, yearPoint, type DatePoint } from '@/domain/date-point';

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
