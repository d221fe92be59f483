import { addDays, addMonths, isDateInRange, type DateRange } from '@/lib/dates';
import type { ChartLine, ChartPoint } from './series';

// The before/after comparison around a round: its two windows and each line's figures in them.

/** The two windows of a before/after comparison around a round (or any dated span). */
export interface ComparisonWindows {
  /** The N months before the round's first day, that day excluded. */
  before: DateRange;
  /** The N months after the round's last day, that day excluded. */
  after: DateRange;
  /** For annual totals: the calendar year before the round's first day's year. */
  yearBefore: number;
  /** For annual totals: the calendar year after the round's last day's year. */
  yearAfter: number;
}

/** The windows of `months` months before a round's first day and after its last day. */
export function comparisonWindows(
  round: { start: string; end: string },
  months: number,
): ComparisonWindows {
  return {
    before: { from: addMonths(round.start, -months), to: addDays(round.start, -1) },
    after: { from: addDays(round.end, 1), to: addMonths(round.end, months) },
    yearBefore: Number(round.start.slice(0, 4)) - 1,
    yearAfter: Number(round.end.slice(0, 4)) + 1,
  };
}

export interface BeforeAfter {
  line: ChartLine;
  /** What was compared: the last figures in each window, or the years either side. */
  basis: 'windows' | 'years';
  before?: ChartPoint;
  after?: ChartPoint;
  change?: number;
  /** Change as a share of the before value. */
  relative?: number;
}

/**
 * For each line, the figures either side of a round, from figures dated inside the windows
 * only: for figures as of a date, the last one in the window before against the last one in
 * the window after; for annual totals, the year before the round's year against the year
 * after it (a year that holds the round mixes before and after). Totals over a period are
 * left out: they cannot say before or after. A line without a figure on both sides has no
 * change.
 */
export function beforeAfter(
  lines: readonly ChartLine[],
  windows: ComparisonWindows,
): BeforeAfter[] {
  return lines
    .filter((line) => line.shape !== 'period')
    .map((line) => {
      const known = line.allPoints.filter((p) => p.value !== null);
      const years = line.shape === 'levels';
      const inWindow = (range: DateRange) => (p: ChartPoint) =>
        p.start === undefined && isDateInRange(p.date, range);
      const inYear = (year: number) => (p: ChartPoint) =>
        p.start === `${year}-01-01` && p.end === `${year}-12-31`;
      const before = known.findLast(years ? inYear(windows.yearBefore) : inWindow(windows.before));
      const after = known.findLast(years ? inYear(windows.yearAfter) : inWindow(windows.after));
      const basis = years ? 'years' : 'windows';
      if (!before || !after || before.value === null || after.value === null)
        return { line, basis, before, after };
      const change = after.value - before.value;
      return {
        line,
        basis,
        before,
        after,
        change,
        relative: before.value === 0 ? undefined : change / before.value,
      };
    });
}
