import type { SeriesCadence } from '@/data/schemas/statistics';
import { DAY_MS, timeOfIso } from '@/lib/dates';
import { categoricalColor } from '@/lib/palette';

// The shapes of the statistics charts: a line's points and how they are drawn. Building lines
// from the data is in series-lines.ts, stacks in stacks.ts, the before/after comparison in
// before-after.ts.

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
  /** The line's name as shown: for a series of the dataset, its title and `dataset.qualifier`. */
  label: string;
  /**
   * For a series of the dataset: its title, which the dataset has in English only (as its
   * definition and publisher), and what the dashboard adds to it, in the language shown.
   * Absent for a line the interface names itself (the analyst's own events).
   */
  dataset?: { title: string; qualifier?: string };
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
      const t = timeOfIso(point.date);
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
      { t: timeOfIso(point.start ?? point.date), value },
      { t: timeOfIso(point.end ?? point.date) + DAY_MS, value },
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
