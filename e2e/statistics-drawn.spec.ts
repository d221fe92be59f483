import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axesOf, day, readDrawn } from './chart-geometry';
import { distinctColours, readDataset, waitForRange } from './helpers';
import { chart, tableRows } from './statistics-charts';

// What the statistics charts draw and give: downloads that match what a chart shows, stacked
// bands that top out at their sums on the drawn axes (or a note where none can be drawn), series
// that keep their colours on a value axis fitted to the range, lines clipped to the plot, and the
// monthly deaths with the same months in their table, CSV and SVG.

test('each chart downloads as PNG, SVG and CSV that match what it shows', async ({ page }) => {
  await page.goto('./?from=2015-09-30&to=2021-10-22');
  const deaths = chart(page, 'Deaths by source');
  await expect(deaths.locator('.chart__series').first()).toBeVisible();

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    deaths.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('deaths-by-source_2015-09-30_2021-10-22.png');
  const pngBytes = readFileSync((await png.path())!);
  expect(pngBytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(pngBytes.readUInt32BE(16)).toBeGreaterThanOrEqual(1200);
  const colours = await distinctColours(page, pngBytes, 7);
  expect(colours).toBeGreaterThan(50);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    deaths.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toBe('deaths-by-source_2015-09-30_2021-10-22.svg');
  const svgText = readFileSync((await svg.path())!, 'utf8');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? ''),
      foreignObjects: doc.querySelectorAll('foreignObject').length,
    };
  }, svgText);
  expect(parsed.error).toBe(false);
  expect(parsed.foreignObjects).toBe(0);
  expect(parsed.texts).toContain('Deaths by source');
  expect(parsed.texts.some((t) => t.includes('30 Sept 2015 – 22 Oct 2021'))).toBe(true);
  expect(parsed.texts.some((t) => t.startsWith('Sources: '))).toBe(true);
  expect(parsed.texts.some((t) => /SOHR/.test(t))).toBe(true);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    deaths.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.charCodeAt(0)).toBe(0xfeff);
  const csvLines = csvText.slice(1).trim().split('\r\n');
  expect(csvLines[0]).toBe(
    'series,publisher,definition,derived,date,period_start,period_end,value,sources',
  );
  const rows = await tableRows(page, 'Deaths by source');
  await expect(rows).toHaveCount(csvLines.length - 1);
  const firstValue = (await rows.first().locator('td.numeric').textContent())!.replace(/,/g, '');
  expect(csvLines[1]).toContain(`,${firstValue},`);
});

test('stacked, each host’s band tops out at the sum of its figure and those under it, on the drawn axes', async ({
  page,
}) => {
  // A fixture: Türkiye and Lebanon with figures on the same three dates (the bundled data has
  // no two hosts with two common dates), every other registered-refugee series left out.
  const fixture: Record<string, [string, number][]> = {
    'unhcr-syrian-refugees-tr': [
      ['2019-06-30', 3_600_000],
      ['2019-12-31', 3_576_000],
      ['2020-06-30', 3_585_000],
    ],
    'unhcr-syrian-refugees-lb': [
      ['2019-06-30', 920_000],
      ['2019-12-31', 915_000],
      ['2020-06-30', 880_000],
    ],
  };
  await page.route('**/data/statistics.json', async (route) => {
    const file = (await (await route.fetch()).json()) as {
      series: {
        id: string;
        measure: string;
        group?: string;
        sources: string[];
        points: unknown[];
      }[];
    };
    file.series = file.series
      .filter((s) => s.measure !== 'refugees' || s.group !== undefined || s.id in fixture)
      .map((s) =>
        s.id in fixture
          ? {
              ...s,
              cadence: 'half-yearly',
              points: fixture[s.id]!.map(([date, value]) => ({
                date,
                value,
                sources: [s.sources[0]],
              })),
            }
          : s,
      );
    await route.fulfill({ json: file });
  });
  await page.goto('./?from=2019-01-01&to=2020-12-31');
  await waitForRange(page, '2019-01-01', '2020-12-31');
  const refugees = chart(page, 'Registered Syrian refugees by host country');
  await refugees.getByRole('button', { name: 'Stacked' }).click();
  const areas = refugees.locator('.recharts-area');
  await expect(areas).toHaveCount(2);
  const axes = axesOf(await readDrawn(refugees));
  // Bands in legend order, from the bottom: each dot sits at the running total of its date.
  const names = await refugees.locator('.chart__legend li').allTextContents();
  const order = names.map((n) =>
    /Türkiye/.test(n) ? 'unhcr-syrian-refugees-tr' : 'unhcr-syrian-refugees-lb',
  );
  // Recharts draws each band's dots in a layer of their own, named after the series.
  const dots = await Promise.all(
    order.map((id) =>
      refugees
        .locator(`.recharts-area-dot[name*="${/-tr$/.test(id) ? 'Türkiye' : 'Lebanon'}"]`)
        .evaluateAll((circles) =>
          circles.map((c) => {
            const box = c.getBoundingClientRect();
            return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
          }),
        ),
    ),
  );
  expect(dots.map((d) => d.length)).toEqual([3, 3]);
  for (const [band, seriesId] of order.entries()) {
    fixture[seriesId]!.forEach(([date], i) => {
      const total = order.slice(0, band + 1).reduce((sum, id) => sum + fixture[id]![i]![1], 0);
      expect(Math.abs(dots[band]![i]!.x - axes.x(day(date)))).toBeLessThan(1);
      expect(Math.abs(dots[band]![i]!.y - axes.y(total))).toBeLessThan(1);
    });
  }
});

test('stacked, a range whose hosts have no date in common says so and draws no band', async ({
  page,
}) => {
  // June 2013: Türkiye and Egypt have figures of 26 June, Jordan and Iraq of 30 June.
  await page.goto('./?from=2013-06-01&to=2013-06-30');
  const refugees = chart(page, 'Registered Syrian refugees by host country');
  await expect(refugees.locator('.chart__series').first()).toBeVisible();
  await refugees.getByRole('button', { name: 'Stacked' }).click();
  await expect(
    refugees.getByText(/No date in this range has a figure for every host country/),
  ).toBeVisible();
  await expect(refugees.locator('.recharts-area')).toHaveCount(0);
});

test('a shorter range keeps each series its colour, hides series without a figure in it and fits the value axis to its figures', async ({
  page,
}) => {
  const title = 'Registered Syrian refugees by host country';
  const legend = async () =>
    Object.fromEntries(
      await chart(page, title)
        .locator('.chart__legend li')
        .evaluateAll((items) =>
          items.map((li) => [
            li.firstChild?.nextSibling?.textContent ?? '',
            li.querySelector('[fill]:not([fill="none"])')?.getAttribute('fill') ??
              li.querySelector('[stroke]')?.getAttribute('stroke') ??
              '',
          ]),
        ),
    ) as Record<string, string>;

  await page.goto('./');
  await expect(chart(page, title).locator('.chart__series')).toHaveCount(7);
  const whole = await legend();
  expect(Object.keys(whole)).toHaveLength(7);

  await page.getByLabel('From', { exact: true }).fill('2019-06-01');
  const to = await page.getByLabel('To', { exact: true }).inputValue();
  await waitForRange(page, '2019-06-01', to);
  // Only the series with a figure in the range are left (North Africa's last is of 2017), drawn
  // in the colours they had.
  const withFigure = readDataset<{
    series: { measure: string; group?: string; points: { date: string }[] }[];
  }>('statistics.json').series.filter(
    (s) =>
      s.measure === 'refugees' &&
      s.group === undefined &&
      s.points.some((p) => p.date >= '2019-06-01' && p.date <= to),
  ).length;
  expect(withFigure).toBeLessThan(7);
  await expect(chart(page, title).locator('.chart__series')).toHaveCount(withFigure);
  const shorter = await legend();
  expect(Object.keys(shorter)).toHaveLength(withFigure);
  for (const [label, colour] of Object.entries(shorter)) expect(colour).toBe(whole[label]);

  // The value axis ends at the first tick at or above the largest figure in the range.
  const values = (await (await tableRows(page, title)).locator('td.numeric').allTextContents()).map(
    (text) => Number(text.replace(/,/g, '')),
  );
  const largest = Math.max(...values);
  await chart(page, title).getByRole('button', { name: 'Chart', exact: true }).click();
  // Back from the table, the chart is drawn anew: read its ticks once they are there.
  const tickLabels = chart(page, title).locator('.recharts-yAxis-tick-labels text');
  await expect(tickLabels.first()).toBeVisible();
  const ticks = (await tickLabels.allTextContents()).map(compactValue);
  expect(ticks.at(-1)!).toBeGreaterThanOrEqual(largest);
  expect(ticks.at(-2)!).toBeLessThan(largest);
});

test('every line is clipped to the plot the axes draw', async ({ page }) => {
  // IDMC's year-end figures are joined from 2011 to 2012, across the range's right edge.
  await page.goto('./?from=2011-06-01&to=2012-06-30');
  const displacement = chart(page, 'Displaced inside Syria, and returns since December 2024');
  await expect(displacement.locator('.chart__series-line').first()).toBeVisible();
  const plot = await displacement
    .locator('.recharts-yAxis .recharts-cartesian-axis-line')
    .evaluate((line) => {
      const time = line
        .closest('svg')!
        .querySelector('.recharts-xAxis .recharts-cartesian-axis-line')!;
      const n = (el: Element, name: string) => Number(el.getAttribute(name));
      return { x: n(time, 'x1'), right: n(time, 'x2'), y: n(line, 'y1'), bottom: n(line, 'y2') };
    });
  const clips = await displacement.locator('.chart__series-line').evaluateAll((curves) =>
    curves.map((curve) => {
      const url = curve.parentElement!.getAttribute('clip-path') ?? '';
      const id = /url\(#(.+)\)/.exec(url)?.[1];
      const rect = id ? document.getElementById(id)?.querySelector('rect') : null;
      const n = (name: string) => Number(rect?.getAttribute(name));
      return rect ? { x: n('x'), y: n('y'), width: n('width'), height: n('height') } : null;
    }),
  );
  expect(clips.length).toBeGreaterThan(0);
  for (const clip of clips) {
    expect(clip).not.toBeNull();
    expect(clip!.x).toBeCloseTo(plot.x, 0);
    expect(clip!.y).toBeCloseTo(plot.y, 0);
    expect(clip!.x + clip!.width).toBeCloseTo(plot.right, 0);
    expect(clip!.y + clip!.height).toBeCloseTo(plot.bottom, 0);
  }
});

/** A number as the value axis writes it in English: 0, 500k, 2m, 1.5bn. */
function compactValue(text: string): number {
  const [, number, unit] = /^([\d.]+)(k|m|bn|)$/i.exec(text.trim())!;
  return Number(number) * { '': 1, k: 1e3, m: 1e6, bn: 1e9 }[unit!.toLowerCase() as 'k'];
}

test('civilian deaths per month: follows the range, with the same months in its table, CSV and SVG', async ({
  page,
}) => {
  interface Point {
    date: string;
    start?: string;
    value: number;
  }
  const monthly = readDataset<{
    series: { cadence: string; measure: string; points: Point[] }[];
  }>('statistics.json')
    .series.filter((s) => s.measure === 'deaths' && s.cadence === 'monthly')
    .flatMap((s) => s.points);
  const range = { from: '2016-01-01', to: '2017-12-31' };
  const expected = monthly.filter((p) => p.start! <= range.to && p.date >= range.from);
  expect(expected.length).toBeGreaterThan(1);
  await page.goto(`./?from=${range.from}&to=${range.to}`);
  const title = 'Civilian deaths per month';
  const monthlyChart = chart(page, title);
  await expect(monthlyChart.locator('.chart__series')).toHaveCount(1);

  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    monthlyChart.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toBe(`deaths-per-month_${range.from}_${range.to}.csv`);
  const csvLines = readFileSync((await csv.path())!, 'utf8')
    .slice(1)
    .trim()
    .split('\r\n');
  // One row per month with a figure, naming its period (first and last day) and its value.
  expect(csvLines).toHaveLength(expected.length + 1);
  for (const p of expected)
    expect(csvLines.some((line) => line.includes(`,,${p.start},${p.date},${p.value},`))).toBe(true);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    monthlyChart.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svgText = readFileSync((await svg.path())!, 'utf8');
  const texts = await page.evaluate(
    (text) =>
      [...new DOMParser().parseFromString(text, 'image/svg+xml').querySelectorAll('text')].map(
        (t) => t.textContent ?? '',
      ),
    svgText,
  );
  expect(texts).toContain(title);
  expect(texts.some((t) => /SNHR/.test(t))).toBe(true);

  const rows = await tableRows(page, title);
  await expect(rows).toHaveCount(expected.length);
  const values = (await rows.locator('td.numeric').allTextContents()).map((t) =>
    Number(t.replace(/,/g, '')),
  );
  expect(values.sort((a, b) => a - b)).toEqual(expected.map((p) => p.value).sort((a, b) => a - b));
});
