import { expect, test, type Page } from '@playwright/test';
import { axesOf, DAY, day, readDrawn, type Drawn } from './chart-geometry';
import { panel, readDataset, setRange } from './helpers';

/**
 * What a chart draws equals the data: every vertex, level and dot maps back, through the axes
 * the chart draws, to a figure a source published (within 1 px); a total for a year is a level
 * over its year, a total over a period a level over its period, figures as of a date are dots
 * joined only as their cadence allows; nothing drawn leaves the value axis.
 */

interface SeriesRecord {
  id: string;
  measure: string;
  group?: string;
  kind: 'annual-total' | 'period-total' | 'snapshot';
  cadence?: string;
  points: { date: string; start?: string; value: number }[];
}
interface MeetingRecord {
  id: string;
  start: string;
  end: string;
}

const allSeries = readDataset<{ series: SeriesRecord[] }>('statistics.json').series;
const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;

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
const byKind = (s: SeriesRecord) => (s.kind === 'snapshot' ? pointsOf(s) : levelsOf(s));

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
const monthlyDeaths = allDeaths.filter((s) => s.cadence === 'monthly');
const deaths = allDeaths.filter((s) => s.cadence !== 'monthly');
const byAsylum = allSeries.filter((s) => s.group === 'refugees-year-end-by-asylum');
const CHARTS = {
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

const TOL = 1;

/** Checks everything a chart draws against its figures; returns what it checked, for counts. */
function checkChart(drawn: Drawn, figures: readonly Figure[], range: { from: string; to: string }) {
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

async function openChart(page: Page, key: keyof typeof CHARTS) {
  const { title, mode } = CHARTS[key];
  const chart = panel(page, 'Casualties and displacement').getByRole('region', {
    name: title,
    exact: true,
  });
  if (mode) await chart.getByRole('button', { name: mode, exact: true }).click();
  return chart;
}

/** A few seeded ranges of 5 months to 8 years between 2011 and 2026. */
function seededRanges(seed: number, count: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
  return Array.from({ length: count }, () => {
    const from = day('2011-03-01') + random() * (day('2025-06-01') - day('2011-03-01'));
    const length = (150 + random() * (8 * 365 - 150)) * DAY;
    return { from: iso(from), to: iso(Math.min(from + length, day('2026-06-30'))) };
  });
}

const RANGES = [
  { from: '2018-09-01', to: '2018-12-31' },
  { from: '2021-05-01', to: '2021-10-31' },
  { from: '2011-01-01', to: '2026-06-30' },
  { from: '2022-01-01', to: '2024-06-30' },
  ...seededRanges(20_261_204, 4),
];

for (const key of Object.keys(CHARTS) as (keyof typeof CHARTS)[]) {
  test(`${key}: every mark drawn is a published figure at its date, on the drawn axes`, async ({
    page,
  }) => {
    // One load of the page at the first range, then each further range typed into the
    // range fields (as an analyst moves through them), every one checked whole.
    test.setTimeout(180_000);
    const totals = { dots: 0, segments: 0, levels: 0 };
    await page.goto(`./?from=${RANGES[0]!.from}&to=${RANGES[0]!.to}`);
    for (const range of RANGES) {
      await setRange(page, range.from, range.to, 30_000);
      const chart = await openChart(page, key);
      const svg = chart.locator('svg.recharts-surface');
      const empty = chart.getByText(/No figure of this kind/);
      await expect(svg.or(empty)).toBeVisible();
      // No figure in the range: the chart says so instead of drawing an empty plot, and only then.
      if (await empty.isVisible()) {
        const [from, to] = [day(range.from), day(range.to) + DAY];
        const within = CHARTS[key].figures.filter((f) =>
          f.kind === 'point' ? f.t >= from && f.t < to : f.t0 < to && f.t1 > from,
        );
        expect(within, `${range.from} – ${range.to} has figures`).toEqual([]);
        continue;
      }
      await test.step(`${range.from} – ${range.to}`, async () => {
        const counted = checkChart(await readDrawn(chart), CHARTS[key].figures, range);
        totals.dots += counted.dots;
        totals.segments += counted.segments;
        totals.levels += counted.levels;
      });
    }
    // The ranges between them draw something of every kind the chart holds.
    if (CHARTS[key].figures.some((f) => f.kind === 'point')) expect(totals.dots).toBeGreaterThan(3);
    if (CHARTS[key].figures.some((f) => f.kind === 'level'))
      expect(totals.levels).toBeGreaterThan(1);
  });
}

test('totals over a period appear only when their period meets the range, over their period', async ({
  page,
}) => {
  const periodTotals = deaths.filter((s) => s.kind === 'period-total');
  expect(periodTotals.length).toBeGreaterThan(0);
  const lastEnd = Math.max(...periodTotals.flatMap((s) => s.points.map((p) => day(p.date))));
  for (const range of [
    { from: '2018-09-01', to: '2018-12-31' },
    { from: '2022-01-01', to: '2024-06-30' },
  ]) {
    await page.goto(`./?from=${range.from}&to=${range.to}`);
    const chart = await openChart(page, 'deaths-cumulative');
    await expect(chart.locator('svg.recharts-surface')).toBeVisible();
    const spans = chart.locator('.chart__series[data-shape="period"]');
    const meets = day(range.from) <= lastEnd;
    await expect(spans).toHaveCount(meets ? periodTotals.length : 0);
    checkChart(await readDrawn(chart), CHARTS['deaths-cumulative'].figures, range);
  }
});

test('before and after: the windows are N months either side of the round, drawn at their dates', async ({
  page,
}) => {
  const round = meetings.find((m) => m.id === 'astana-round-4')!;
  await page.goto('./?from=2015-01-01&to=2019-12-31');
  const stats = panel(page, 'Casualties and displacement');
  await stats.locator('.before-after select').selectOption(round.id);
  await stats.getByLabel('Window (months)').fill('12');
  const shift = (iso: string, months: number) => {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
  };
  const before = {
    from: shift(round.start, -12),
    to: new Date(day(round.start) - DAY).toISOString().slice(0, 10),
  };
  const after = {
    from: new Date(day(round.end) + DAY).toISOString().slice(0, 10),
    to: shift(round.end, 12),
  };

  for (const key of ['deaths-annual', 'refugees', 'displacement'] as const) {
    const chart = await openChart(page, key);
    await expect(chart.locator('.chart__window')).toHaveCount(2);
    const drawn = await readDrawn(chart);
    const { x } = axesOf(drawn);
    for (const [name, window] of [
      ['before', before],
      ['after', after],
    ] as const) {
      const w = drawn.windows.find((d) => d.key === name)!;
      expect([w.from, w.to]).toEqual([window.from, window.to]);
      expect(Math.abs(w.left - Math.max(x(day(window.from)), drawn.plot.left))).toBeLessThanOrEqual(
        TOL,
      );
      expect(
        Math.abs(w.right - Math.min(x(day(window.to) + DAY), drawn.plot.right)),
      ).toBeLessThanOrEqual(TOL);
    }
  }

  // Annual totals compare the year before the round's year with the year after it.
  const table = page.getByTestId('before-after-table');
  const year = Number(round.start.slice(0, 4));
  for (const s of deaths.filter((d) => d.kind === 'annual-total')) {
    const row = table.locator(`tr[data-series-id="${s.id}"]`);
    await expect(row).toHaveAttribute('data-basis', 'years');
    const value = (y: number) => s.points.find((p) => p.date.startsWith(String(y)))?.value;
    const [b, a] = [value(year - 1), value(year + 1)];
    if (b !== undefined)
      await expect(row.locator('td').nth(0)).toContainText(b.toLocaleString('en-GB'));
    if (a !== undefined)
      await expect(row.locator('td').nth(1)).toContainText(a.toLocaleString('en-GB'));
  }
  // Figures as of a date: the last one dated inside each window, or "no figure" on that side.
  for (const s of allSeries.filter((d) => d.kind === 'snapshot')) {
    const row = table.locator(`tr[data-series-id="${s.id}"]`);
    if ((await row.count()) === 0) continue;
    const last = (w: { from: string; to: string }) =>
      s.points.filter((p) => p.date >= w.from && p.date <= w.to).at(-1);
    const [b, a] = [last(before), last(after)];
    if (b) await expect(row.locator('td').nth(0)).toContainText(b.value.toLocaleString('en-GB'));
    else await expect(row.locator('td').nth(0)).toHaveText('–');
    if (a) await expect(row.locator('td').nth(1)).toContainText(a.value.toLocaleString('en-GB'));
    else await expect(row.locator('td').nth(1)).toHaveText('–');
    if (!a || !b) await expect(row.locator('td').nth(2)).toContainText('no figure');
  }
});

test('refugees by country of asylum: the six largest at the range end by default, and a picked host drawn alone at its figures', async ({
  page,
}) => {
  const range = { from: '2011-01-01', to: '2026-06-30' };
  // The largest hosts by their last figure on or before the range's end, read from the data.
  const lastBy = (s: SeriesRecord) => s.points.filter((p) => p.date <= range.to).at(-1)?.value;
  const largest = [...byAsylum]
    .filter((s) => lastBy(s) !== undefined)
    .sort((a, b) => lastBy(b)! - lastBy(a)!)
    .slice(0, 6)
    .map((s) => s.id);
  // A host outside them, with a figure in every year of its series.
  const host = byAsylum.find((s) => !largest.includes(s.id) && s.points.length >= 10)!;
  expect(host, 'a host outside the six largest').toBeDefined();

  await page.goto(`./?from=${range.from}&to=${range.to}`);
  const chart = await openChart(page, 'refugees-year-end');
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const drawnIds = () =>
    chart
      .locator('g.chart__series')
      .evaluateAll((gs) => gs.map((g) => (g as SVGGElement).dataset.seriesId ?? ''));
  expect((await drawnIds()).sort()).toEqual([...largest].sort());

  // Pick the host, then drop the six: the chart draws that host alone, on its own value axis.
  const picker = chart.getByRole('group', { name: 'Host countries drawn' });
  await picker.locator(`button[data-series-id="${host.id}"]`).click();
  for (const id of largest) await picker.locator(`button[data-series-id="${id}"]`).click();
  await expect(chart.locator('g.chart__series')).toHaveCount(1);
  expect(await drawnIds()).toEqual([host.id]);

  const drawn = await readDrawn(chart);
  const { x, y } = axesOf(drawn);
  const expected = host.points.filter((p) => p.date >= range.from && p.date <= range.to);
  // One dot per year-end figure, at its date and value through the drawn axes.
  expect(drawn.dots).toHaveLength(expected.length);
  expected.forEach((p, i) => {
    expect(Math.abs(drawn.dots[i]!.x - x(day(p.date))), `${p.date} x`).toBeLessThanOrEqual(TOL);
    expect(Math.abs(drawn.dots[i]!.y - y(p.value)), `${p.date}: ${p.value}`).toBeLessThanOrEqual(
      TOL,
    );
  });
  // Year-end figures a year apart are joined: one path through every figure, in order.
  expect(drawn.paths).toHaveLength(1);
  expect(drawn.paths[0]).toHaveLength(expected.length);
  expected.forEach((p, i) => {
    const vertex = drawn.paths[0]![i]!;
    expect(Math.abs(vertex.x - x(day(p.date))), `vertex ${p.date} x`).toBeLessThanOrEqual(TOL);
    expect(Math.abs(vertex.y - y(p.value)), `vertex ${p.date} y`).toBeLessThanOrEqual(TOL);
  });
  checkChart(drawn, byAsylum.flatMap(byKind), range);
});

test('monthly deaths: each published month a level over its own month, none joined, on a value axis of their own', async ({
  page,
}) => {
  expect(monthlyDeaths.length).toBeGreaterThan(0);
  const range = { from: '2016-01-01', to: '2024-12-31' };
  await page.goto(`./?from=${range.from}&to=${range.to}`);
  const chart = await openChart(page, 'deaths-monthly');
  await expect(chart.locator('svg.recharts-surface')).toBeVisible();
  const drawn = await readDrawn(chart);
  const { x, y } = axesOf(drawn);
  const months = monthlyDeaths
    .flatMap((s) => s.points)
    .filter((p) => p.start! >= range.from && p.date <= range.to)
    .sort((a, b) => a.start!.localeCompare(b.start!));
  // Each line is drawn whole and clipped by the plot: the levels in view are those that reach
  // into the range's span on the x axis (months after the range lie beyond its right edge).
  const left = x(day(range.from));
  const right = x(day(range.to) + DAY);
  const inView = drawn.paths.filter(
    (path) => path[0]!.x < right - 0.5 && path.at(-1)!.x > left + 0.5,
  );
  // One path per month with a figure: a missing month is a gap, and no month is joined to the next.
  expect(inView).toHaveLength(months.length);
  const paths = [...inView].sort((a, b) => a[0]!.x - b[0]!.x);
  months.forEach((p, i) => {
    const path = paths[i]!;
    expect(path, `${p.start}: a level of two vertices`).toHaveLength(2);
    const [a, b] = path as [{ x: number; y: number }, { x: number; y: number }];
    expect(
      Math.abs(a.x - x(day(p.start!))),
      `${p.start} starts on its first day`,
    ).toBeLessThanOrEqual(TOL);
    expect(
      Math.abs(b.x - x(day(p.date) + DAY)),
      `${p.start} ends after its last day`,
    ).toBeLessThanOrEqual(TOL);
    for (const v of [a, b])
      expect(Math.abs(v.y - y(p.value)), `${p.start}: ${p.value}`).toBeLessThanOrEqual(TOL);
  });
  // The value axis is fitted to the months, not to the annual tolls: twice the largest month is
  // above the plot.
  const largest = Math.max(...months.map((p) => p.value));
  expect(y(2 * largest)).toBeLessThan(drawn.plot.top - TOL);
  checkChart(drawn, CHARTS['deaths-monthly'].figures, range);
});
