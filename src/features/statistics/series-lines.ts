import type { StatisticPoint, StatisticSeries } from '@/data/schemas/statistics';
import {
  addDays,
  DAY_MS,
  isDateInRange,
  spanOverlapsRange,
  type DateRange,
  timeOfIso,
} from '@/lib/dates';
import { t } from '@/i18n/t';
import type { DeathsMode } from '@/stores/view-state';
import { maxJoinDays, type ChartLine, type ChartPoint, type LineShape } from './series';

// Chart lines built from the dataset's series: annual totals as levels, snapshots as points,
// totals over a period as spans, each cut to the range.

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
  const days = Math.round((timeOfIso(end) - timeOfIso(start)) / DAY_MS);
  return addDays(start, Math.floor(days / 2));
}

function pointOf(
  series: StatisticSeries,
  p: StatisticPoint,
  value: number | null = p.value,
): ChartPoint {
  const sources = p.sources ?? series.sources;
  if (p.start === undefined) return { t: timeOfIso(p.date), date: p.date, value, sources };
  const mid = midpoint(p.start, p.date);
  return { t: timeOfIso(mid), date: mid, start: p.start, end: p.date, value, sources };
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
        t: timeOfIso(mid),
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
      t: timeOfIso(point.end ?? point.date),
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
  overrides: Partial<Pick<ChartLine, 'id' | 'derived' | 'shape' | 'maxJoinDays'>> = {},
  qualifier?: string,
): ChartLine {
  return {
    id: s.id,
    label: qualifier ? `${s.title} ${qualifier}` : s.title,
    dataset: { title: s.title, qualifier },
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
            derived,
            // Running sums as of each year's end: snapshots a year apart.
            shape: 'points',
            maxJoinDays: maxJoinDays('yearly'),
          }
        : {},
      derived ? t('statistics.line.summed') : undefined,
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
        t: timeOfIso(p.date),
        date: p.date,
        start: p.start,
        end: p.date,
        value: p.value,
        sources: p.sources ?? s.sources,
      })),
      {},
      t('statistics.line.periodTotal'),
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
