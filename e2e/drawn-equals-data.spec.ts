import { expect, test } from '@playwright/test';
import { CHARTS, checkChart, deaths, openChart } from './chart-figures';
import { DAY, day, readDrawn } from './chart-geometry';
import { setRange } from './helpers';

/**
 * What a chart draws equals the data, on every chart over fixed and seeded ranges: every vertex,
 * level and dot maps back, through the axes the chart draws, to a figure a source published
 * (within 1 px); a total for a year is a level over its year, a total over a period a level over
 * its period (drawn only when its period meets the range), figures as of a date are dots joined
 * only as their cadence allows; nothing drawn leaves the value axis. The figures and the check
 * are in chart-figures.ts.
 */

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
