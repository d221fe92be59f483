import type { SeriesCadence, StatisticPoint, StatisticSeries } from '@/data/schemas/statistics';
import {
  addDays,
  addMonths,
  DAY_MS,
  isDateInRange,
  isoOfTime,
  spanOverlapsRange,
  type DateRange,
} from '@/lib/dates';
import { categoricalColor } from '@/lib/palette';
import type { DeathsMode } from '@/stores/url-state';

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

/**
 * How a line's figures are drawn, by the kind of figure:
 * - `levels`: totals for a calendar year, each a level over its whole year, never a slope
 *   between years;
 * - `points`: figures "as of" a date, each a dot, joined only to a neighbour no further away
 *   than the series' cadence allows (`maxJoinDays`);
 * - `period`: a total over a period, a level over its period with a cap at each end.
 */
export type LineShape = 'levels' | 'points' | 'period';

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
  shape: LineShape;
  /** For `points`: the longest gap, in days, that a segment may join; 0 joins nothing. */
  maxJoinDays: number;
  /** Drawn dashed: derived by the dashboard (e.g. summed from annual totals), not published. */
  derived?: boolean;
}

/**
 * The longest gap, in days, between two figures of a cadence that a line may join: the
 * interval with some slack for as-of dates that drift (a year-end figure dated 20 December,
 * the next 10 January). Irregular figures and single totals are never joined.
 */
export function maxJoinDays(cadence: SeriesCadence): number {
  switch (cadence) {
    case 'weekly':
      return 10;
    case 'monthly':
      return 45;
    case 'quarterly':
      return 100;
    case 'half-yearly':
      return 200;
    case 'yearly':
      return 400;
    case 'irregular':
    case 'once':
      return 0;
  }
}

/** A figure placed in data units: a time (ms) and a value. */
export interface Vertex {
  t: number;
  value: number;
}

/**
 * What a line draws, in data units: polylines (each vertex a published figure, or an end of
 * a total's level) and dots. Independent of the range: a chart places it with its axes and
 * clips it to the plot.
 */
export interface LineGeometry {
  paths: Vertex[][];
  dots: Vertex[];
}

/** The paths and dots a line draws, by its shape (see `LineShape`). */
export function lineGeometry(
  line: Pick<ChartLine, 'shape' | 'maxJoinDays' | 'allPoints'>,
): LineGeometry {
  const paths: Vertex[][] = [];
  const dots: Vertex[] = [];
  let path: Vertex[] = [];
  const close = () => {
    if (path.length > 1) paths.push(path);
    path = [];
  };
  for (const point of line.allPoints) {
    if (point.value === null) {
      close();
      continue;
    }
    const value = point.value;
    if (line.shape === 'points') {
      const t = toTime(point.date);
      const last = path.at(-1);
      if (last && t - last.t > line.maxJoinDays * DAY_MS) close();
      path.push({ t, value });
      dots.push({ t, value });
      continue;
    }
    // A level over the period, from its first day's start to its last day's end, apart from
    // its neighbours: a step up or down between two years would draw values of neither.
    close();
    path.push(
      { t: toTime(point.start ?? point.date), value },
      { t: toTime(point.end ?? point.date) + DAY_MS, value },
    );
  }
  close();
  return { paths, dots };
}

/**
 * The largest value a line's geometry draws between two times (ms): its dots and vertices
 * in the span, and where a segment crosses an edge of the span, its value there. The value
 * axis is fitted to this, so that nothing drawn leaves the plot.
 */
export function drawnMax(geometry: LineGeometry, t0: number, t1: number): number {
  let max = 0;
  for (const { t, value } of geometry.dots) if (t >= t0 && t < t1) max = Math.max(max, value);
  for (const path of geometry.paths) {
    for (let i = 1; i < path.length; i += 1) {
      const a = path[i - 1]!;
      const b = path[i]!;
      if (b.t <= t0 || a.t >= t1) continue;
      const at = (t: number) => a.value + ((b.value - a.value) * (t - a.t)) / (b.t - a.t);
      max = Math.max(max, at(Math.max(a.t, t0)), at(Math.min(b.t, t1)));
    }
  }
  return max;
}

/** A chart line with its colour, given per series so that it keeps it whatever the range. */
export type ColoredLine = ChartLine & { color: string };

/** Colours a chart's whole set of lines, before they are cut to a range. */
export function withColors(lines: readonly ChartLine[]): ColoredLine[] {
  return lines.map((line, i) => ({ ...line, color: categoricalColor(i) }));
}

export const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** How a series' figures are drawn: by their kind, joined as their cadence allows. */
function shapeOf(series: StatisticSeries): Pick<ChartLine, 'shape' | 'maxJoinDays'> {
  const shape: LineShape =
    series.kind === 'annual-total'
      ? 'levels'
      : series.kind === 'period-total'
        ? 'period'
        : 'points';
  return { shape, maxJoinDays: maxJoinDays(series.cadence) };
}

function midpoint(start: string, end: string): string {
  const days = Math.round((toTime(end) - toTime(start)) / DAY_MS);
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

/** A whole series as a chart line (all its points), before it is cut to a range. */
function wholeLine(
  s: StatisticSeries,
  points: ChartPoint[],
  overrides: Partial<Pick<ChartLine, 'id' | 'label' | 'derived' | 'shape' | 'maxJoinDays'>> = {},
): ChartLine {
  return {
    id: s.id,
    label: s.title,
    definition: s.definition,
    publisher: s.publisher,
    points,
    allPoints: points,
    ...shapeOf(s),
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
  // Monthly totals have a chart of their own (`monthlyDeathsLines`): on the axis of annual
  // tolls in the tens of thousands they would lie flat along its foot.
  const deaths = all.filter((s) => s.measure === 'deaths' && !isMonthlyDeaths(s));
  const line = (s: StatisticSeries, points: ChartPoint[], derived = false): ChartLine =>
    wholeLine(
      s,
      points,
      derived
        ? {
            id: `${s.id}-summed`,
            label: `${s.title} (summed by year)`,
            derived,
            // Running sums as of each year's end: snapshots a year apart.
            shape: 'points',
            maxJoinDays: maxJoinDays('yearly'),
          }
        : {},
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

/** A series of deaths counted per calendar month (e.g. SNHR's monthly reports). */
export function isMonthlyDeaths(s: StatisticSeries): boolean {
  return s.measure === 'deaths' && s.kind === 'period-total' && s.cadence === 'monthly';
}

/**
 * The monthly deaths chart: each source's monthly totals, each month a level over its own
 * month (start to end), apart from its neighbours; a month without a published figure is a
 * gap, never joined across. Whole series: cut them to a range with `linesInRange`.
 */
export function monthlyDeathsLines(all: readonly StatisticSeries[]): ChartLine[] {
  return all.filter(isMonthlyDeaths).map((s) =>
    wholeLine(
      s,
      s.points.map((p) => pointOf(s, p)),
    ),
  );
}

/**
 * Totals over a period since the war began, as lines of the cumulative view: each drawn over
 * its period (a level with a cap at each end), labelled for what it is.
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
 * Rows for a stacked chart, as `stackableRows`, with a gap row (no values) between two dates
 * further apart than every line's cadence allows: the stack breaks there instead of joining
 * figures of years apart.
 */
export function stackRowsWithGaps(
  rows: ReturnType<typeof stackableRows>,
  lines: readonly Pick<ChartLine, 'maxJoinDays'>[],
): { t: number; date: string; values: Record<string, number | null> }[] {
  const maxGap = Math.min(...lines.map((l) => l.maxJoinDays)) * DAY_MS;
  const out: { t: number; date: string; values: Record<string, number | null> }[] = [];
  for (const row of rows) {
    const last = out.at(-1);
    if (last && row.t - last.t > maxGap) {
      const t = Math.round((last.t + row.t) / 2);
      out.push({ t, date: isoOfTime(t), values: {} });
    }
    out.push(row);
  }
  return out;
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
