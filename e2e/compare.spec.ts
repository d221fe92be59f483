import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { DAY, day, linearAxes, readDrawn } from './chart-geometry';
import { readDataset, waitForRange } from './helpers';

const A = { from: '2017-01-23', to: '2017-12-22' }; // Astana 1 to Astana 8
const B = { from: '2018-05-14', to: '2021-07-08' }; // Astana 9 to Astana 16

const number = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

/** What the dashboard says of a period opened alone: the summary strip and the progress table. */
async function alone(page: Page, period: { from: string; to: string }) {
  await page.goto(`./?from=${period.from}&to=${period.to}`);
  await waitForRange(page, period.from, period.to);
  const held = new Map<string, number>();
  for (const row of await page.getByTestId('progress-table').locator('tbody tr').all())
    held.set(
      (await row.locator('th .cell-title').textContent()) ?? '',
      number(await row.locator('td[data-label="Held"]').textContent()),
    );
  return {
    rounds: number(await page.getByTestId('summary-rounds').textContent()),
    events: number(await page.getByTestId('summary-events').textContent()),
    held,
  };
}

/** A row of a comparison table: its A and B counts. */
async function pairOf(page: Page, table: string, label: string) {
  const row = page
    .getByTestId(table)
    .locator('tbody tr', { has: page.getByRole('rowheader', { name: label, exact: true }) });
  return {
    a: number(await row.locator('td[data-side="a"]').textContent()),
    b: number(await row.locator('td[data-side="b"]').textContent()),
  };
}

test('comparing two periods shows each one’s counts as the dashboard gives them for it alone', async ({
  page,
}) => {
  const [ofA, ofB] = [await alone(page, A), await alone(page, B)];
  expect(ofA.rounds).toBeGreaterThan(0);
  expect(ofB.events).toBeGreaterThan(ofA.events);

  await page.goto(`./?from=${A.from}&to=${A.to}&vs=${B.from}..${B.to}`);
  const compare = page.getByRole('region', { name: 'Compare two periods' });
  await expect(compare.getByTestId('compare-totals')).toBeVisible();
  expect(await pairOf(page, 'compare-totals', 'Rounds held')).toEqual({
    a: ofA.rounds,
    b: ofB.rounds,
  });
  expect(await pairOf(page, 'compare-totals', 'Events')).toEqual({ a: ofA.events, b: ofB.events });
  // Track by track, as the tracker's progress table gives them (it lists the tracks with items).
  for (const [track, held] of ofA.held)
    expect((await pairOf(page, 'compare-tracks', track)).a, track).toBe(held);
  for (const [track, held] of ofB.held)
    expect((await pairOf(page, 'compare-tracks', track)).b, track).toBe(held);
  // The events by category add up to the events of each period.
  const categories = page.getByTestId('compare-categories').locator('tbody tr');
  const sums = { a: 0, b: 0 };
  for (const row of await categories.all()) {
    sums.a += number(await row.locator('td[data-side="a"]').textContent());
    sums.b += number(await row.locator('td[data-side="b"]').textContent());
  }
  expect(sums).toEqual({ a: ofA.events, b: ofB.events });
});

test('period B is in the link, follows its fields and presets, and closing the comparison removes it', async ({
  page,
}) => {
  await page.goto(`./?from=${A.from}&to=${A.to}`);
  await waitForRange(page, A.from, A.to);
  await page.getByRole('button', { name: 'Compare periods' }).click();
  // The period of the same length just before A: 334 days ending the day before it starts.
  await expect(page).toHaveURL(/vs=2016-02-24\.\.2017-01-22/);
  const compare = page.getByRole('region', { name: 'Compare two periods' });
  // The page behind the comparison is out of reach of the keyboard and screen readers.
  await expect(page.locator('main#panels')).toHaveAttribute('inert', '');
  await compare.getByRole('button', { name: 'Same length after A' }).click();
  await expect(page).toHaveURL(/vs=2017-12-23\.\.2018-11-21/);
  await compare.getByLabel('Period B to').fill('2019-06-30');
  await expect(page).toHaveURL(/vs=2017-12-23\.\.2019-06-30/);
  await page.reload();
  await expect(compare.getByLabel('Period B from')).toHaveValue('2017-12-23');
  await compare.getByRole('button', { name: 'Close comparison' }).click();
  await expect(compare).toHaveCount(0);
  await expect(page).not.toHaveURL(/vs=/);
  await page.goBack();
  await expect(compare).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);
  await expect(page.locator('main#panels')).not.toHaveAttribute('inert');
});

test('the two periods drawn over each other: each running count at its day, through the drawn axes', async ({
  page,
}) => {
  type Period = { from: string; to: string };
  type Span = { start: string; end: string };
  const meetings = readDataset<{ meetings: (Span & { status: string })[] }>(
    'meetings.json',
  ).meetings;
  const events = readDataset<{ events: { date: string; endDate?: string }[] }>(
    'events.json',
  ).events;
  /** Days from the period's first day of what meets it (from day 0 if it began before). */
  const offsets = (period: Period, spans: Span[]) =>
    spans
      .filter((s) => s.start <= period.to && s.end >= period.from)
      .map((s) => Math.max(0, (day(s.start) - day(period.from)) / DAY));
  const counted = {
    'compare-pace-rounds': (p: Period) =>
      offsets(
        p,
        meetings.filter((m) => m.status === 'held'),
      ),
    'compare-pace-events': (p: Period) =>
      offsets(
        p,
        events.map((e) => ({ start: e.date, end: e.endDate ?? e.date })),
      ),
  };

  await page.goto(`./?from=${A.from}&to=${A.to}&vs=${B.from}..${B.to}`);
  const plain = (label: string) => Number(label.replaceAll(',', ''));
  for (const [testId, of] of Object.entries(counted)) {
    const chart = page.getByTestId(testId);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.compare__pace-line')).toHaveCount(2);
    const drawn = await readDrawn(chart, '.compare__pace-line .recharts-line-curve');
    const { x, y } = linearAxes(drawn, plain, plain);
    expect(drawn.paths).toHaveLength(2);
    for (const [side, period] of [A, B].entries()) {
      // The running count on day 0, on each day it changes and on the last day, drawn as
      // steps: each change a vertical at its day.
      const perDay = new Map<number, number>();
      for (const d of of(period)) perDay.set(d, (perDay.get(d) ?? 0) + 1);
      const last = (day(period.to) - day(period.from)) / DAY;
      let count = perDay.get(0) ?? 0;
      const vertices = [{ day: 0, count }];
      for (const d of [...perDay.keys()].filter((d) => d > 0).sort((p, q) => p - q)) {
        vertices.push({ day: d, count });
        count += perDay.get(d)!;
        vertices.push({ day: d, count });
      }
      if (vertices.at(-1)!.day < last) vertices.push({ day: last, count }, { day: last, count });
      const path = drawn.paths[side]!;
      expect(path, `${testId} ${side ? 'B' : 'A'}`).toHaveLength(vertices.length);
      vertices.forEach((v, k) => {
        expect(Math.abs(path[k]!.x - x(v.day)), `${testId} vertex ${k} x`).toBeLessThanOrEqual(1);
        expect(Math.abs(path[k]!.y - y(v.count)), `${testId} vertex ${k} y`).toBeLessThanOrEqual(1);
      });
    }
    // Each chart's caption gives the totals the lines end at.
    await expect(chart.locator('figcaption')).toContainText(
      `A ${of(A).length.toLocaleString('en-GB')}, B ${of(B).length.toLocaleString('en-GB')}`,
    );
  }
});

test("each series' figures at both ends of each period, as its source published them", async ({
  page,
}) => {
  type Point = { date: string; start?: string; value: number | null };
  const series = readDataset<{
    series: { id: string; kind: string; group?: string; points: Point[] }[];
  }>('statistics.json').series.filter((s) => s.group === undefined && s.kind !== 'period-total');
  await page.goto(`./?from=${A.from}&to=${A.to}&vs=${B.from}..${B.to}`);
  const table = page.getByTestId('compare-figures');
  await expect(table.locator('tbody tr')).toHaveCount(series.length);
  let withTwoEnds = 0;
  for (const s of series) {
    for (const [side, period] of [
      ['a', A],
      ['b', B],
    ] as const) {
      // A snapshot dated in the period; an annual total whose year meets it.
      const inPeriod = s.points.filter(
        (p) =>
          p.value !== null &&
          (s.kind === 'annual-total'
            ? (p.start ?? p.date) <= period.to && p.date >= period.from
            : p.date >= period.from && p.date <= period.to),
      );
      const cell = table.locator(`tr[data-series="${s.id}"] td[data-side="${side}"]`);
      if (inPeriod.length === 0) {
        await expect(cell, s.id).toHaveText('no figure');
        continue;
      }
      await expect(cell.locator('[data-end="last"]'), s.id).toHaveText(
        inPeriod.at(-1)!.value!.toLocaleString('en-GB'),
      );
      const first = cell.locator('[data-end="first"]');
      if (inPeriod.length === 1) await expect(first, s.id).toHaveCount(0);
      else {
        withTwoEnds += 1;
        await expect(first, s.id).toContainText(
          `from ${inPeriod[0]!.value!.toLocaleString('en-GB')} `,
        );
      }
    }
  }
  // The periods hold series with figures at both ends (Jordan's refugees, for one).
  expect(withTwoEnds).toBeGreaterThan(3);
});

test('the governorates of each period, drawn where their boundaries lie and shaded by their events', async ({
  page,
}) => {
  const topology = JSON.parse(
    readFileSync(join('public', 'data', 'syr-adm1.topojson'), 'utf8'),
  ) as Topology;
  const shapes = feature(
    topology,
    Object.values(topology.objects)[0]!,
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, { shapeName: string }>;
  const places = new Map(
    readDataset<{ places: { id: string; governorate?: string }[] }>('places.json').places.map(
      (p) => [p.id, p.governorate],
    ),
  );
  const events = readDataset<{ events: { date: string; endDate?: string; placeId: string }[] }>(
    'events.json',
  ).events;
  const countsIn = (period: { from: string; to: string }) => {
    const counts = new Map<string, number>();
    for (const e of events) {
      if (e.date > period.to || (e.endDate ?? e.date) < period.from) continue;
      const governorate = places.get(e.placeId);
      if (governorate) counts.set(governorate, (counts.get(governorate) ?? 0) + 1);
    }
    return counts;
  };

  await page.goto(`./?from=${A.from}&to=${A.to}&vs=${B.from}..${B.to}`);
  const maps = page.getByTestId('compare-maps');
  await maps.scrollIntoViewIfNeeded();
  // The key: each class's counts, "No events" first.
  const key = await maps
    .locator('.compare__maps-key li')
    .evaluateAll((items) => items.map((li) => li.textContent ?? ''));
  const holds = (shade: number, count: number) => {
    const label = key[shade]!;
    if (label === 'No events') return count === 0;
    const [low, high] = label.split('–').map((n) => Number(n.replaceAll(',', '')));
    return count >= low! && count <= (high ?? low)!;
  };
  for (const [side, period] of [
    ['a', A],
    ['b', B],
  ] as const) {
    const svg = maps.locator(`figure[data-side="${side}"] svg`);
    await expect(svg.locator('path')).toHaveCount(shapes.features.length);
    const [west, north, kx, ky] = (await svg.getAttribute('data-projection'))!
      .split(' ')
      .map(Number) as [number, number, number, number];
    const counts = countsIn(period);
    const drawn = await svg.locator('path').evaluateAll((paths) =>
      paths.map((p) => ({
        name: p.getAttribute('data-governorate')!,
        shade: Number(p.getAttribute('data-class')),
        title: p.querySelector('title')?.textContent ?? '',
        rings: (p.getAttribute('d') ?? '')
          .split('Z')
          .filter(Boolean)
          .map((ring) =>
            ring
              .replace(/^M/, '')
              .split('L')
              .map((xy) => xy.split(',').map(Number) as [number, number]),
          ),
      })),
    );
    for (const shape of shapes.features) {
      const name = shape.properties.shapeName;
      const path = drawn.find((d) => d.name === name)!;
      // Every vertex of every ring where the boundary file puts it, through the map's projection.
      const polygons =
        shape.geometry.type === 'Polygon'
          ? [shape.geometry.coordinates]
          : shape.geometry.coordinates;
      const rings = polygons.flat();
      expect(path.rings, name).toHaveLength(rings.length);
      // The farthest any drawn vertex lies from its place (one expectation per governorate: it
      // has thousands of vertices).
      let worst = 0;
      rings.forEach((ring, r) => {
        expect(path.rings[r], `${name} ring ${r}`).toHaveLength(ring.length);
        ring.forEach(([lon, lat], k) => {
          const [x, y] = path.rings[r]![k]!;
          worst = Math.max(
            worst,
            Math.abs(x - (lon! - west) * kx),
            Math.abs(y - (north - lat!) * ky),
          );
        });
      });
      expect(worst, `${name}: the farthest vertex from its place`).toBeLessThan(0.01);
      // Its events in the period, and a shade whose class in the key holds that count.
      const count = counts.get(name) ?? 0;
      expect(path.title, name).toBe(`${name}: ${count} event${count === 1 ? '' : 's'}`);
      expect(holds(path.shade, count), `${name} (${count}) in "${key[path.shade]}"`).toBe(true);
    }
  }
});

test('a monthly series over each period, month by month from its first: each level at its figure', async ({
  page,
}) => {
  const series = readDataset<{
    series: {
      id: string;
      cadence: string;
      group?: string;
      points: { date: string; value: number | null }[];
    }[];
  }>('statistics.json').series.filter((s) => s.cadence === 'monthly' && s.group === undefined);
  expect(series.length).toBeGreaterThan(0);
  await page.goto(`./?from=${A.from}&to=${A.to}&vs=${B.from}..${B.to}`);
  const plain = (label: string) => Number(label.replaceAll(',', ''));
  for (const s of series) {
    const chart = page.getByTestId(`compare-monthly-${s.id}`);
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator('.compare__pace-line')).toHaveCount(2);
    for (const [side, period] of [
      ['a', A],
      ['b', B],
    ] as const) {
      // The months the period meets, from the one it starts in, and the source's figure for each.
      const byMonth = new Map(s.points.map((p) => [p.date.slice(0, 7), p.value]));
      const values: (number | null)[] = [];
      for (let d = new Date(`${period.from.slice(0, 7)}-01T00:00:00Z`); ;) {
        const month = d.toISOString().slice(0, 7);
        if (month > period.to.slice(0, 7)) break;
        values.push(byMonth.get(month) ?? null);
        d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      }
      // Each run of months with figures is one stroke: a level over each month.
      const runs: { x: number; y: number }[][] = [];
      values.forEach((v, i) => {
        if (v === null) return;
        if (i === 0 || values[i - 1] === null) runs.push([]);
        runs.at(-1)!.push({ x: i, y: v }, { x: i + 1, y: v });
      });
      const drawn = await readDrawn(chart, `.compare__pace-line--${side} .recharts-line-curve`);
      const { x, y } = linearAxes(drawn, plain, plain);
      expect(drawn.paths, `${s.id} ${side}`).toHaveLength(runs.length);
      runs.forEach((run, r) => {
        expect(drawn.paths[r], `${s.id} ${side} run ${r}`).toHaveLength(run.length);
        run.forEach((v, k) => {
          expect(
            Math.abs(drawn.paths[r]![k]!.x - x(v.x)),
            `${side} ${r}:${k} x`,
          ).toBeLessThanOrEqual(1);
          expect(
            Math.abs(drawn.paths[r]![k]!.y - y(v.y)),
            `${side} ${r}:${k} y`,
          ).toBeLessThanOrEqual(1);
        });
      });
    }
  }
});
