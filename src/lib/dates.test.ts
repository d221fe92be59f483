import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  daysBetween,
  isDateInRange,
  isoDateDigits,
  isoOfTime,
  isRealCalendarDate,
  spanOverlapsRange,
  timeOfIso,
  toIsoDate,
} from './dates';

describe('isRealCalendarDate', () => {
  it.each(['2011-03-15', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (d) => {
    expect(isRealCalendarDate(d)).toBe(true);
  });
  it.each([
    '2023-02-29',
    '1900-02-29',
    '2021-13-01',
    '2021-00-10',
    '2021-04-31',
    '2021-4-1',
    '20210401',
    '',
    'yesterday',
  ])('rejects %s', (d) => {
    expect(isRealCalendarDate(d)).toBe(false);
  });
  it('agrees with the calendar of Date on any string of the shape YYYY-MM-DD', () => {
    const byDate = (value: string) => {
      const [year, month, day] = value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(2000, month - 1, day));
      date.setUTCFullYear(year, month - 1, day);
      return (
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
      );
    };
    const digits = (n: number) =>
      fc
        .array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n })
        .map((d) => d.join(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
          fc
            .tuple(
              fc.integer({ min: 0, max: 9999 }),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 32 }),
            )
            .map(
              ([y, m, d]) =>
                `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            ),
          fc.string({ maxLength: 12 }),
        ),
        (value) => isRealCalendarDate(value) === byDate(value),
      ),
      { numRuns: 5000 },
    );
  });
});

describe('isoDateDigits', () => {
  it('reads the digits of the form, real day or not, and refuses any other string', () => {
    expect(isoDateDigits('2021-02-28')).toBe(20210228);
    expect(isoDateDigits('2021-02-30')).toBe(20210230);
    expect(isoDateDigits('0000-00-00')).toBe(0);
    for (const bad of ['2021-2-28', '2021/02/28', '2021-02-2x', ' 2021-02-28', '2021-02-280', ''])
      expect(isoDateDigits(bad)).toBe(-1);
  });
});

describe('date arithmetic', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
  it('moves by whole years, with 29 February falling back to the 28th', () => {
    expect(addYears('2024-12-08', -1)).toBe('2023-12-08');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });
  it('moves by whole months, a day the month lacks falling back to its last day', () => {
    expect(addMonths('2017-05-03', -12)).toBe('2016-05-03');
    expect(addMonths('2017-05-04', 6)).toBe('2017-11-04');
    expect(addMonths('2021-03-31', -1)).toBe('2021-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2020-11-30', 3)).toBe('2021-02-28');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2021-01-01', '2021-12-31')).toBe(364);
    expect(daysBetween('2021-03-10', '2021-03-01')).toBe(-9);
  });
  it('formats a local Date as its calendar day', () => {
    expect(toIsoDate(new Date(2015, 8, 30, 23, 59))).toBe('2015-09-30');
  });
});

describe('range tests', () => {
  const range = { from: '2021-01-01', to: '2021-12-31' };
  it('includes both ends of the range', () => {
    expect(isDateInRange('2021-01-01', range)).toBe(true);
    expect(isDateInRange('2021-12-31', range)).toBe(true);
    expect(isDateInRange('2020-12-31', range)).toBe(false);
    expect(isDateInRange('2022-01-01', range)).toBe(false);
  });
  it('counts a span that overlaps either end of the range', () => {
    expect(spanOverlapsRange('2020-12-30', '2021-01-02', range)).toBe(true);
    expect(spanOverlapsRange('2021-12-31', '2022-01-03', range)).toBe(true);
    expect(spanOverlapsRange('2020-12-01', '2020-12-31', range)).toBe(false);
    expect(spanOverlapsRange('2020-01-01', '2023-01-01', range)).toBe(true);
  });
});

describe('timeOfIso', () => {
  it('is the start of the day in UTC, and isoOfTime its inverse', () => {
    expect(timeOfIso('1970-01-02')).toBe(86_400_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (days) => {
        const iso = addDays('1990-01-01', days);
        expect(isoOfTime(timeOfIso(iso))).toBe(iso);
        expect(daysBetween('1990-01-01', iso)).toBe(days);
      }),
    );
  });
});
