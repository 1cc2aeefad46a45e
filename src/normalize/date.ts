/**
 * Dates as datelines write them, to ISO `YYYY-MM-DD` (or `--MM-DD` without a year).
 */

/** Month by the first three letters of its name ("Sept." → sep). */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Month number of a month name or abbreviation, or null. */
export function monthNumber(name: string): number | null {
  return MONTHS[name.slice(0, 3).toLowerCase()] ?? null;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * ISO form of a calendar date; `--MM-DD` when `year` is null. Null when the day does not
 * exist (Feb 30, month 13) — a two-digit year is read as 19xx/20xx around 1970.
 */
export function isoDate(year: number | null, month: number, day: number): string | null {
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const max = DAYS_IN_MONTH[month - 1] ?? 0;
  if (!Number.isInteger(day) || day < 1 || day > max) return null;
  if (year === null) return `--${pad(month)}-${pad(day)}`;
  let y = year;
  if (y < 100) y += y >= 70 ? 1900 : 2000;
  if (y < 1900 || y > 2999) return null;
  if (month === 2 && day === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return null;
  return `${y}-${pad(month)}-${pad(day)}`;
}
