/**
 * The years a date a person enters may fall in. The white papers tracked here date from 2010 on,
 * and their deadlines run to the 2030s: 1990–2100 leaves room for old plans and long horizons, and
 * keeps out typing errors (0202, 20277) and probes (0000, 9999). It is not the plan's period: a
 * deadline moved past the period's end is exactly what the monitor is for. Charts show only these
 * years, and count the measures outside them apart.
 */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export function isSaneYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}
