import type { StatisticPoint, StatisticSeries } from '@/data/schemas/statistics';
import { addDays, isDateInRange, spanOverlapsRange, type DateRange } from '@/lib/dates';
import { categoricalColor } from '@/lib/palette';

/** One point of a chart line. `value: null` is a gap: the line breaks there. */
export interface ChartPoint {
  /** Milliseconds since the epoch, for the time axis. */
  t: number;
  /** The day the point stands for: the as-of date, or the middle of the period for a total. */
  date: string;
  /** For totals: the period the value covers. */
  start?: string;
  end?: string;
  value: number | null;
  sources: readonly string[];
}

export interface ChartLine {
  id: string;
  label: string;
  /** What the line counts and who counted, for the legend and tooltip. */
  definition: string;
  publisher: string;
  /** The points in the date range: what the legend, tooltip, table and CSV show. */
  points: ChartPoint[];
  /**
   * Every point of the series, in the range or not: what the chart draws, its plot clipping
   * the line to the range. The same array whatever the range, so that a change of range hands
   * the charting library the same data and only a new axis domain.
   */
  allPoints: readonly ChartPoint[];
  /** Drawn dashed: derived by the dashboard (e.g. summed from annual totals), not published. */
  derived?: boolean;
}

/** A chart line with its colour, given per series so that it keeps it whatever the range. */
export type ColoredLine = ChartLine & { color: string };

/** Colours a chart's whole set of lines, before they are cut to a range. */
export function withColors(lines: readonly ChartLine[]): ColoredLine[] {
  return lines.map((line, i) => ({ ...line, color: categoricalColor(i) }));
}

export const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function midpoint(start: string, end: string): string {
  const days = Math.round((toTime(end) - toTime(start)) / 86_400_000);
  return addDays(start, Math.floor(days / 2));
}

function pointOf(
  series: StatisticSeries,
  p: StatisticPoint,
  value: number | null = p.value,
): ChartPoint {
  const sources = p.sources ?? series.sources;
  if (p.start === undefined) return { t: toTime(p.date), date: p.date, value, sources };
  const mid = midpoint(p.start, p.date);
  return { t: toTime(mid), date: mid, start: p.start, end: p.date, value, sources };
}

/**
 * An annual-total series as chart points, one per calendar year from its first to its last
 * year, a missing year as a gap (null), never a zero or an interpolation.
 */
export function annualPoints(series: StatisticSeries): ChartPoint[] {
  const byYear = new Map(series.points.map((p) => [Number(p.date.slice(0, 4)), p]));
  const years = [...byYear.keys()];
  if (years.length === 0) return [];
  const points: ChartPoint[] = [];
  for (let year = Math.min(...years); year <= Math.max(...years); year += 1) {
    const point = byYear.get(year);
    if (point) points.push(pointOf(series, point));
    else {
      const mid = `${year}-07-02`;
      points.push({
        t: toTime(mid),
        date: mid,
        start: `${year}-01-01`,
        end: `${year}-12-31`,
        value: null,
        sources: [],
      });
    }
  }
  return points;
}

/**
 * Running totals of an annual series from its first year. After a missing year the sum is
 * unknown, so the line stops there (nulls) rather than undercount.
 */
export function cumulativeFromAnnual(series: StatisticSeries): ChartPoint[] {
  let sum: number | null = 0;
  return annualPoints(series).map((point) => {
    sum = sum === null || point.value === null ? null : sum + point.value;
    return {
      ...point,
      t: toTime(point.end ?? point.date),
      date: point.end ?? point.date,
      value: sum,
    };
  });
}

/** The points of a snapshot series ("as of" figures). */
export function snapshotPoints(series: StatisticSeries): ChartPoint[] {
  return series.points.map((p) => pointOf(series, p));
}

/** The points that belong to the range: snapshots by date, totals by their period. */
export function clipToRange(points: readonly ChartPoint[], range: DateRange): ChartPoint[] {
  return points.filter((p) =>
    p.start !== undefined && p.end !== undefined
      ? spanOverlapsRange(p.start, p.end, range)
      : isDateInRange(p.date, range),
  );
}

export type DeathsMode = 'annual' | 'cumulative';

/** A whole series as a chart line (all its points), before it is cut to a range. */
function wholeLine(
  s: StatisticSeries,
  points: ChartPoint[],
  overrides: Partial<Pick<ChartLine, 'id' | 'label' | 'derived'>> = {},
): ChartLine {
  return {
    id: s.id,
    label: s.title,
    definition: s.definition,
    publisher: s.publisher,
    points,
    allPoints: points,
    ...overrides,
  };
}

/**
 * The lines with a figure in the range, each with its points cut to the range (`allPoints`
 * stays whole). A line whose points in the range are all gaps has nothing to show: left out.
 */
export function linesInRange<L extends ChartLine>(lines: readonly L[], range: DateRange): L[] {
  return lines
    .map((line) => ({ ...line, points: clipToRange(line.allPoints, range) }))
    .filter((line) => line.points.some((p) => p.value !== null));
}

/** The series with a point on at least one day of the range (points over a period count by their period). */
export function seriesInRange(
  series: readonly StatisticSeries[],
  range: DateRange,
): StatisticSeries[] {
  return series.filter((s) =>
    s.points.some((p) => spanOverlapsRange(p.start ?? p.date, p.date, range)),
  );
}

/**
 * The deaths chart: in annual mode each source's annual totals; in cumulative mode the
 * published cumulative tolls, plus running sums of annual totals (marked as derived). Totals
 * over a multi-year period (OHCHR) are never spread over years: they are returned apart.
 * Whole series: cut them to a range with `linesInRange` and `seriesInRange`.
 */
export function deathsLines(
  all: readonly StatisticSeries[],
  mode: DeathsMode,
): { lines: ChartLine[]; periodTotals: StatisticSeries[] } {
  const deaths = all.filter((s) => s.measure === 'deaths');
  const line = (s: StatisticSeries, points: ChartPoint[], derived = false): ChartLine =>
    wholeLine(
      s,
      points,
      derived ? { id: `${s.id}-summed`, label: `${s.title} (summed by year)`, derived } : {},
    );
  const annual = deaths.filter((s) => s.kind === 'annual-total');
  const lines =
    mode === 'annual'
      ? annual.map((s) => line(s, annualPoints(s)))
      : [
          ...deaths.filter((s) => s.kind === 'snapshot').map((s) => line(s, snapshotPoints(s))),
          ...annual.map((s) => line(s, cumulativeFromAnnual(s), true)),
        ];
  const periodTotals = deaths.filter((s) => s.kind === 'period-total');
  return { lines, periodTotals };
}

/**
 * Totals over a period since the war began, as lines of the cumulative view: each total is a
 * cumulative count as of its period's end, drawn as a point there and labelled for what it is.
 */
export function periodTotalLines(periodTotals: readonly StatisticSeries[]): ChartLine[] {
  return periodTotals.map((s) =>
    wholeLine(
      s,
      s.points.map((p) => ({
        t: toTime(p.date),
        date: p.date,
        start: p.start,
        end: p.date,
        value: p.value,
        sources: p.sources ?? s.sources,
      })),
      { label: `${s.title} (total over the period)` },
    ),
  );
}

/** Whole lines for snapshot series of the given measures (refugees by host, displaced, returns). */
export function snapshotLines(
  all: readonly StatisticSeries[],
  keep: (s: StatisticSeries) => boolean,
): ChartLine[] {
  return all
    .filter(keep)
    .map((s) => wholeLine(s, s.kind === 'annual-total' ? annualPoints(s) : snapshotPoints(s)));
}

/**
 * Rows for a stacked chart: only the dates on which every line has a figure, since stacking
 * figures of different dates would invent the missing ones.
 */
export function stackableRows(
  lines: readonly ChartLine[],
): { t: number; date: string; values: Record<string, number> }[] {
  if (lines.length === 0) return [];
  const dates = lines
    .map((l) => new Set(l.points.filter((p) => p.value !== null).map((p) => p.date)))
    .reduce((common, set) => new Set([...common].filter((d) => set.has(d))));
  return [...dates].sort().map((date) => ({
    t: toTime(date),
    date,
    values: Object.fromEntries(
      lines.map((l) => [l.id, l.points.find((p) => p.date === date)?.value ?? 0]),
    ),
  }));
}

/**
 * The top of each line's band in a stack of `rows` (line id → time → value): the sum of its
 * own value and those of the lines stacked under it, in the order of `lines`.
 */
export function stackTops(
  lines: readonly { id: string }[],
  rows: readonly { t: number; values: Record<string, number> }[],
): Map<string, Map<number, number>> {
  const tops = new Map(lines.map((l) => [l.id, new Map<number, number>()]));
  for (const row of rows) {
    let total = 0;
    for (const line of lines) {
      total += row.values[line.id] ?? 0;
      tops.get(line.id)!.set(row.t, total);
    }
  }
  return tops;
}

export interface BeforeAfter {
  line: ChartLine;
  before?: ChartPoint;
  after?: ChartPoint;
  change?: number;
  /** Change as a share of the before value. */
  relative?: number;
}

/**
 * For each line, the latest figure in the window before a date and the first figure in the
 * window after it (windows in months, the date itself counting as after). Lines without a
 * figure on either side have no change: the data is too sparse there.
 */
export function beforeAfter(
  lines: readonly ChartLine[],
  date: string,
  windowMonths: number,
): BeforeAfter[] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const shift = (months: number) =>
    new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
  const from = shift(-windowMonths);
  const to = shift(windowMonths);
  return lines.map((line) => {
    const known = line.points.filter((p) => p.value !== null);
    const when = (p: ChartPoint) => p.end ?? p.date;
    const before = known.filter((p) => when(p) >= from && when(p) < date).at(-1);
    const after = known.find((p) => when(p) >= date && when(p) <= to);
    if (!before || !after || before.value === null || after.value === null)
      return { line, before, after };
    const change = after.value - before.value;
    return {
      line,
      before,
      after,
      change,
      relative: before.value === 0 ? undefined : change / before.value,
    };
  });
}
