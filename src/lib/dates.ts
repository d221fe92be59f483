/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** An inclusive range of calendar days, both ends as YYYY-MM-DD. */
export interface DateRange {
  from: string;
  to: string;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The digits of a string of the form YYYY-MM-DD as one number, YYYYMMDD (2021-02-30 gives
 * 20210230: the form, not the calendar), or -1 for any other string. Read digit by digit: it
 * runs for every date of every record the app loads, and a regular expression per call cost
 * 50 ms of a 100,000-event load.
 */
export function isoDateDigits(value: string): number {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1;
  let n = 0;
  for (let i = 0; i < 10; i += 1) {
    if (i === 4 || i === 7) continue;
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Whether a YYYY-MM-DD string names a day that exists (no 2021-02-30). */
export function isRealCalendarDate(value: string): boolean {
  const n = isoDateDigits(value);
  if (n < 0) return false;
  const year = (n / 10_000) | 0;
  const month = ((n / 100) | 0) % 100;
  const day = n % 100;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** Today's date in the user's time zone, as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}

/** The local calendar date of a Date object, as YYYY-MM-DD. */
export function toIsoDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The UTC calendar day of a time in milliseconds since the epoch, as YYYY-MM-DD. */
export function isoOfTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The time (milliseconds, UTC) at the start of an ISO date: the inverse of isoOfTime. */
export function timeOfIso(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/** An ISO date as a whole number of days since 1970-01-01 (a column of days sorts as dates do). */
export function dayNumber(iso: string): number {
  return Math.round(timeOfIso(iso) / DAY_MS);
}

/** The ISO date of a day number: the inverse of dayNumber. */
export function isoOfDayNumber(day: number): string {
  return isoOfTime(day * DAY_MS);
}

/** Adds (or with a negative count, subtracts) whole calendar days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** The same calendar day `years` earlier or later; 29 Feb falls back to 28 Feb. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}

/**
 * The same calendar day `months` later (or earlier, with a negative count); a day the target
 * month lacks falls back to its last day (31 March - 1 month = 28 or 29 February).
 */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whether a day lies within an inclusive range. ISO dates compare correctly as strings. */
export function isDateInRange(iso: string, range: DateRange): boolean {
  return iso >= range.from && iso <= range.to;
}

/** Whether the span start..end (inclusive) shares at least one day with the range. */
export function spanOverlapsRange(start: string, end: string, range: DateRange): boolean {
  return start <= range.to && end >= range.from;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((timeOfIso(to) - timeOfIso(from)) / DAY_MS);
}
