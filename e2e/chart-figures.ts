import { expect, type Page } from '@playwright/test';
import { axesOf, DAY, day, type Drawn } from './chart-geometry';
import { panel, readDataset } from './helpers';

/**
 * The figures each statistics chart may draw, read from the dataset (a figure as of a date is a
 * point, a total a level over its year or period), and the check that everything a chart draws
 * maps back to one of them through the axes the chart draws.
 */

export interface SeriesRecord {
  id: string;
  measure: string;
  group?: string;
  kind: 'annual-total' | 'period-total' | 'snapshot';
  cadence?: string;
  points: { date: string; start?: string; value: number }[];
}

export const allSeries = readDataset<{ series: SeriesRecord[] }>('statistics.json').series;

/**
 * The longest gap between two figures that a line may join, by the series' declared cadence
 * (the dataset's rule: an interval with some slack for drifting as-of dates); irregular
 * figures and single totals are never joined.
 */
const JOIN_DAYS: Record<string, number> = {
  weekly: 10,
  monthly: 45,
  quarterly: 100,
  'half-yearly': 200,
  yearly: 400,
};
const joinDays = (s: SeriesRecord) => JOIN_DAYS[s.cadence ?? ''] ?? 0;

/** A figure a chart may draw: a point as of a date, or a level over a period. */
type Figure =
  | { kind: 'point'; series: string; t: number; value: number; join: number; index: number }
  | { kind: 'level'; series: string; t0: number; t1: number; value: number };

const pointsOf = (s: SeriesRecord, id = s.id, join = joinDays(s)): Figure[] =>
  s.points.map((p, index) => ({
    kind: 'point',
    series: id,
    t: day(p.date),
    value: p.value,
    join,
    index,
  }));
const levelsOf = (s: SeriesRecord): Figure[] =>
  s.points.map((p) => ({
    kind: 'level',
    series: s.id,
    t0: day(p.start ?? p.date),
    t1: day(p.date) + DAY,
    value: p.value,
  }));
export const byKind = (s: SeriesRecord) => (s.kind === 'snapshot' ? pointsOf(s) : levelsOf(s));

/**
 * Running sums of an annual series as of each year's end, a yearly snapshot, stopping at the
 * first missing year (the sum is unknown after it).
 */
function runningSums(s: SeriesRecord): Figure[] {
  const byYear = new Map(s.points.map((p) => [Number(p.date.slice(0, 4)), p.value]));
  const years = [...byYear.keys()].sort();
  const out: Figure[] = [];
  let sum = 0;
  for (let year = years[0]!; year <= years.at(-1)!; year += 1) {
    const value = byYear.get(year);
    if (value === undefined) break;
    sum += value;
    out.push({
      kind: 'point',
      series: `${s.id}-summed`,
      t: day(`${year}-12-31`),
      value: sum,
      join: JOIN_DAYS.yearly!,
      index: out.length,
    });
  }
  return out;
}

const allDeaths = allSeries.filter((s) => s.measure === 'deaths');
/** Monthly totals: drawn in their own chart, never on the axis of the annual and cumulative tolls. */
export const monthlyDeaths = allDeaths.filter((s) => s.cadence === 'monthly');
export const deaths = allDeaths.filter((s) => s.cadence !== 'monthly');
export const byAsylum = allSeries.filter((s) => s.group === 'refugees-year-end-by-asylum');
export const CHARTS = {
  'deaths-annual': {
    title: 'Deaths by source',
    mode: 'Annual',
    figures: deaths.filter((s) => s.kind === 'annual-total').flatMap(levelsOf),
  },
  'deaths-cumulative': {
    title: 'Deaths by source',
    mode: 'Cumulative',
    figures: [
      ...deaths.filter((s) => s.kind !== 'annual-total').flatMap(byKind),
      ...deaths.filter((s) => s.kind === 'annual-total').flatMap(runningSums),
    ],
  },
  'deaths-monthly': {
    title: 'Civilian deaths per month',
    mode: undefined,
    figures: monthlyDeaths.flatMap(levelsOf),
  },
  refugees: {
    title: 'Registered Syrian refugees by host country',
    mode: undefined,
    figures: allSeries
      .filter((s) => s.measure === 'refugees' && s.group === undefined)
      .flatMap(byKind),
  },
  'refugees-year-end': {
    title: 'Refugees from Syria by country of asylum, year-end',
    mode: undefined,
    figures: byAsylum.flatMap(byKind),
  },
  displacement: {
    title: 'Displaced inside Syria, and returns since December 2024',
    mode: undefined,
    figures: allSeries
      .filter((s) => s.measure === 'idps' || s.measure === 'returns')
      .flatMap(byKind),
  },
} as const;

export const TOL = 1;

/** Checks everything a chart draws against its figures; returns what it checked, for counts. */
export function checkChart(
  drawn: Drawn,
  figures: readonly Figure[],
  range: { from: string; to: string },
) {
  const { x, y } = axesOf(drawn);
  const { plot } = drawn;
  // The drawn time axis spans the range, first day's start to the last day's end.
  expect(Math.abs(x(day(range.from)) - plot.left)).toBeLessThanOrEqual(TOL);
  expect(Math.abs(x(day(range.to) + DAY) - plot.right)).toBeLessThanOrEqual(TOL);

  const points = figures.filter((f) => f.kind === 'point');
  const levels = figures.filter((f) => f.kind === 'level');
  const pointAt = (p: { x: number; y: number }) =>
    points.filter((f) => Math.abs(x(f.t) - p.x) <= TOL && Math.abs(y(f.value) - p.y) <= TOL);
  const inPlotX = (px: number) => px >= plot.left - TOL && px <= plot.right + TOL;

  // Dots: each one in the plot is a figure as of its date.
  const dots = drawn.dots.filter((d) => inPlotX(d.x));
  for (const dot of dots) {
    expect(pointAt(dot), `a dot at (${dot.x.toFixed(1)}, ${dot.y.toFixed(1)})`).not.toHaveLength(0);
  }

  // Segments: the part of each inside the plot's width.
  let segments = 0;
  const horizontals: { left: number; right: number; y: number }[] = [];
  for (const path of drawn.paths) {
    for (let i = 1; i < path.length; i += 1) {
      const [a, b] = [path[i - 1]!, path[i]!].sort((p, q) => p.x - q.x) as [
        { x: number; y: number },
        { x: number; y: number },
      ];
      if (b.x < plot.left + 0.5 || a.x > plot.right - 0.5) continue;
      segments += 1;
      const at = (px: number) =>
        b.x === a.x ? a.y : a.y + ((b.y - a.y) * (px - a.x)) / (b.x - a.x);
      const [left, right] = [Math.max(a.x, plot.left), Math.min(b.x, plot.right)];
      const where = `segment (${a.x.toFixed(1)}, ${a.y.toFixed(1)}) → (${b.x.toFixed(1)}, ${b.y.toFixed(1)})`;
      // Nothing drawn leaves the value axis.
      for (const py of [at(left), at(right)]) {
        expect(py, `${where} stays inside the value axis`).toBeGreaterThanOrEqual(plot.top - TOL);
        expect(py, `${where} stays inside the value axis`).toBeLessThanOrEqual(plot.bottom + TOL);
      }
      if (Math.abs(a.y - b.y) <= TOL && b.x - a.x > TOL) {
        const level = levels.find(
          (f) => Math.abs(y(f.value) - a.y) <= TOL && x(f.t0) - TOL <= a.x && b.x <= x(f.t1) + TOL,
        );
        if (level) {
          horizontals.push({ left, right, y: a.y });
          continue;
        }
      }
      // Anything else joins two figures as of a date, of one series, next to each other in
      // it and no further apart than its cadence allows.
      const joined = pointAt(a).some((fa) =>
        pointAt(b).some(
          (fb) =>
            fa.kind === 'point' &&
            fb.kind === 'point' &&
            fa.series === fb.series &&
            Math.abs(fa.index - fb.index) === 1 &&
            Math.abs(fb.t - fa.t) <= fa.join * DAY,
        ),
      );
      expect(joined, `${where} joins two published figures its cadence allows`).toBe(true);
    }
  }

  // Every total whose period meets the range is drawn as a level over its period (clipped).
  const [rangeStart, rangeEnd] = [day(range.from), day(range.to) + DAY];
  const shownLevels = levels.filter(
    (f) => f.kind === 'level' && f.t0 < rangeEnd && f.t1 > rangeStart,
  );
  for (const f of shownLevels) {
    if (f.kind !== 'level') continue;
    const [left, right] = [Math.max(x(f.t0), plot.left), Math.min(x(f.t1), plot.right)];
    const drawnLevel = horizontals.some(
      (h) =>
        Math.abs(h.y - y(f.value)) <= TOL &&
        Math.abs(h.left - left) <= TOL &&
        Math.abs(h.right - right) <= TOL,
    );
    expect(
      drawnLevel,
      `${f.series}: ${f.value} over ${new Date(f.t0).toISOString().slice(0, 10)}…`,
    ).toBe(true);
  }
  return { dots: dots.length, segments, levels: shownLevels.length };
}

export async function openChart(page: Page, key: keyof typeof CHARTS) {
  const { title, mode } = CHARTS[key];
  const chart = panel(page, 'Casualties and displacement').getByRole('region', {
    name: title,
    exact: true,
  });
  if (mode) await chart.getByRole('button', { name: mode, exact: true }).click();
  return chart;
}
