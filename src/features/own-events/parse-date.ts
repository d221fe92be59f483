import { isRealCalendarDate } from '@/lib/dates';

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[ -]([A-Za-z]+)\.?[ -](\d{4}|\d{2})$/;

/**
 * A day as the event files write it, as YYYY-MM-DD, or null when it is not a day this reads.
 * The forms: `2021-03-15`, with a time after it (`2016-01-01 00:00:00.000`,
 * `2016-01-01T00:00:00`, as UCDP's releases write it; the time is dropped, the day kept as
 * written), `15 March 2021`, `15-March-2021` and `07-Feb-25` (ACLED's exports). A two-digit year
 * is 20YY up to 69 and 19YY from 70: event data on Syria starts in the 1980s at the earliest.
 * Numeric forms like `03/04/2021` are refused: day and month cannot be told apart.
 */
export function parseEventDate(text: string): string | null {
  const value = text.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = ISO.exec(value);
  if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    const dmy = DAY_MONTH_YEAR.exec(value);
    if (!dmy) return null;
    const named = MONTHS[dmy[2]!.toLowerCase()];
    if (named === undefined) return null;
    day = Number(dmy[1]);
    month = named;
    const y = Number(dmy[3]);
    year = dmy[3]!.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y;
  }
  const out = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealCalendarDate(out) ? out : null;
}
