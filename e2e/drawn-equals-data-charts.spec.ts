import { expect, test } from '@playwright/test';
import {
  allSeries,
  byAsylum,
  byKind,
  CHARTS,
  checkChart,
  deaths,
  monthlyDeaths,
  openChart,
  TOL,
  type SeriesRecord,
} from './chart-figures';
import { axesOf, DAY, day, readDrawn } from './chart-geometry';
import { panel, readDataset } from './helpers';

/**
 * What a chart draws equals the data, for what some charts add: the before/after windows drawn
 * at their dates, with the figures the comparison gives each side; a host picked on the chart of
 * refugees by country of asylum drawn alone at its figures; the monthly deaths, each a level
 * over its own month on a value axis of their own. The figures and the check are in
 * chart-figures.ts.
 */

interface MeetingRecord {
  id: string;
  start: string;
  end: string;
}

const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;

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
