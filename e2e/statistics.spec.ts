import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axesOf, DAY, day, readDrawn } from './chart-geometry';
import { distinctColours, panel, readDataset, waitForRange, type MeetingRecord } from './helpers';

const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;
const stats = (page: Page) => panel(page, 'Casualties and displacement');
const chart = (page: Page, title: string) =>
  stats(page).getByRole('region', { name: title, exact: true });

async function tableRows(page: Page, title: string) {
  await chart(page, title).getByRole('button', { name: 'Table', exact: true }).click();
  const rows = chart(page, title).locator('tbody tr');
  return rows;
}

test('charts follow the range: fewer figures in a shorter range', async ({ page }) => {
  await page.goto('./');
  const all = await (await tableRows(page, 'Deaths by source')).count();
  expect(all).toBeGreaterThan(10);
  await page.getByLabel('From', { exact: true }).fill('2019-01-01');
  await page.getByLabel('To', { exact: true }).fill('2021-12-31');
  await waitForRange(page, '2019-01-01', '2021-12-31');
  await expect(await tableRows(page, 'Deaths by source')).not.toHaveCount(all);
  const years = await chart(page, 'Deaths by source')
    .locator('tbody tr td:first-of-type')
    .allTextContents();
  expect(years.every((text) => /2019|2020|2021/.test(text))).toBe(true);
});

test('annual and cumulative deaths; a missing year stays a gap', async ({ page }) => {
  await page.goto('./');
  const deaths = chart(page, 'Deaths by source');
  await expect(deaths.locator('.chart__series')).not.toHaveCount(0);
  await deaths.getByRole('button', { name: 'Cumulative' }).click();
  await expect(deaths.getByText(/summed by year/).first()).toBeVisible();
  await expect(deaths.getByText(/total over the period/).first()).toBeVisible();
});

test('annotations mark the rounds in the range, and clicking one compares before and after', async ({
  page,
}) => {
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  const round = meetings.find(
    (m) => m.track === 'astana' && m.start >= '2018-01-01' && m.start <= '2018-12-31',
  )!;
  const mark = chart(page, 'Displaced inside Syria, and returns since December 2024').locator(
    `.chart__annotation[data-annotation-id="${round.id}"]`,
  );
  await expect(mark).toHaveCount(1);
  // Every meeting on a day of the range is marked, and none outside it.
  const inRange = meetings.filter((m) => m.start <= '2019-12-31' && m.end >= '2017-01-01');
  await expect(
    chart(page, 'Displaced inside Syria, and returns since December 2024').locator(
      '.chart__annotation',
    ),
  ).toHaveCount(inRange.length);
  await mark.locator('.chart__annotation-tab').click();
  await expect(page.getByTestId('before-after-summary')).toContainText(round.title);
  await expect(page.getByTestId('before-after-table').locator('tbody tr').first()).toBeVisible();

  // Turning a track off removes its marks.
  await stats(page).getByRole('button', { name: 'Astana format', exact: true }).click();
  await expect(mark).toHaveCount(0);
});

test('dragging across a chart sets the range to the days under the pointer, on the drawn axis', async ({
  page,
}) => {
  await page.goto('./');
  const deaths = chart(page, 'Deaths by source');
  await expect(deaths.locator('.chart__series').first()).toBeVisible();
  const area = deaths.locator('.chart__brush-area');
  await area.scrollIntoViewIfNeeded();
  const box = (await area.boundingBox())!;
  const { x } = axesOf(await readDrawn(deaths));
  // The day whose span holds a pixel, read through the drawn time axis (two of its ticks).
  const [t0, t1] = [day('2012-01-01'), day('2013-01-01')];
  const dayAt = (px: number) => {
    const t = t0 + ((px - x(t0)) / (x(t1) - x(t0))) * (t1 - t0);
    return new Date(Math.floor(t / DAY) * DAY).toISOString().slice(0, 10);
  };
  const [a, b] = [box.x + box.width * 0.3, box.x + box.width * 0.6];
  const y = box.y + box.height / 2;
  await page.mouse.move(a, y);
  await page.mouse.down();
  await page.mouse.move((a + b) / 2, y, { steps: 4 });
  await page.mouse.move(b, y, { steps: 4 });
  await page.mouse.up();
  const within = (iso: string | null, expected: string) =>
    iso !== null && Math.abs(day(iso) - day(expected)) <= DAY;
  await expect
    .poll(() => {
      const params = new URL(page.url()).searchParams;
      return within(params.get('from'), dayAt(a)) && within(params.get('to'), dayAt(b));
    })
    .toBe(true);
});

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

test('the tooltip names the annual total of the year under the pointer, and no dot outside the range', async ({
  page,
}) => {
  // The range begins on 10 July 2016: the 2016 totals are drawn over the rest of 2016.
  await page.goto('./?from=2016-07-10&to=2026-06-30');
  const deaths = chart(page, 'Deaths by source');
  const area = deaths.locator('.chart__brush-area');
  await area.scrollIntoViewIfNeeded();
  const box = (await area.boundingBox())!;
  const tooltip = deaths.getByTestId('chart-tooltip');
  const perDay = box.width / ((Date.parse('2026-07-01') - Date.parse('2016-07-10')) / 86_400_000);
  // At the plot's left edge: 2016's level.
  await page.mouse.move(box.x + 2, box.y + box.height / 2);
  await expect(tooltip).toContainText('1 Jan 2016 – 31 Dec 2016');
  // 200 days in (26 January 2017): 2017's.
  await page.mouse.move(box.x + perDay * 200, box.y + box.height / 2);
  await expect(tooltip).toContainText('1 Jan 2017 – 31 Dec 2017');

  // Refugee figures are dots: one dated a few days before the range is not named at its edge.
  await page.goto('./?from=2015-07-12&to=2016-12-31');
  const refugees = chart(page, 'Registered Syrian refugees by host country');
  const refugeeArea = refugees.locator('.chart__brush-area');
  await refugeeArea.scrollIntoViewIfNeeded();
  const refugeeBox = (await refugeeArea.boundingBox())!;
  const refugeeTooltip = refugees.getByTestId('chart-tooltip');
  await page.mouse.move(refugeeBox.x + 2, refugeeBox.y + refugeeBox.height / 2);
  await expect(refugeeTooltip).toHaveCount(0);
  // ...while one in the range, near the pointer, is.
  const perDayRefugees =
    refugeeBox.width / ((Date.parse('2017-01-01') - Date.parse('2015-07-12')) / 86_400_000);
  const april2016 = (Date.parse('2016-04-30') - Date.parse('2015-07-12')) / 86_400_000;
  await page.mouse.move(
    refugeeBox.x + perDayRefugees * april2016,
    refugeeBox.y + refugeeBox.height / 2,
  );
  await expect(refugeeTooltip).toContainText('30 Apr 2016');
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

test('a range change draws the charts in view in the same frame as the panel, and those out of view after it', async ({
  page,
}) => {
  // At 1440×900 the panel scrolls on its own and shows about one chart of five.
  await page.goto('./?from=2016-01-01&to=2020-12-31');
  await waitForRange(page, '2016-01-01', '2020-12-31');
  await page.evaluate(() => {
    const seen = { stale: [] as string[], followed: 0 };
    (window as unknown as { __charts: typeof seen }).__charts = seen;
    const root = document.querySelector('.statistics[data-rendered-range]')!;
    // Whether an element shows in the window: inside the viewport and every scrolling ancestor.
    const inView = (element: Element) => {
      const r = element.getBoundingClientRect();
      let [top, bottom, left, right] = [r.top, r.bottom, r.left, r.right];
      const clip = (c: { top: number; bottom: number; left: number; right: number }) => {
        [top, bottom] = [Math.max(top, c.top), Math.min(bottom, c.bottom)];
        [left, right] = [Math.max(left, c.left), Math.min(right, c.right)];
      };
      for (let a = element.parentElement; a; a = a.parentElement)
        if (getComputedStyle(a).overflowY !== 'visible') clip(a.getBoundingClientRect());
      clip({ top: 0, bottom: innerHeight, left: 0, right: innerWidth });
      return bottom > top && right > left;
    };
    // At each DOM change, before the frame is painted: a chart in view never shows another
    // range than its panel; one out of view may, until its background render.
    new MutationObserver(() => {
      const range = root.getAttribute('data-rendered-range');
      for (const slot of root.querySelectorAll('[data-drawn-range]')) {
        if (slot.getAttribute('data-drawn-range') === range) continue;
        const title = slot.querySelector('section')?.getAttribute('aria-label') ?? '?';
        if (inView(slot)) seen.stale.push(`${title}: ${slot.getAttribute('data-drawn-range')}`);
        else seen.followed += 1;
      }
    }).observe(document.body, { subtree: true, attributes: true, childList: true });
  });
  for (const [from, to] of [
    ['2012-01-01', '2014-12-31'],
    ['2019-06-01', '2025-06-30'],
    ['2016-01-01', '2020-12-31'],
  ] as const) {
    await page.getByLabel('From', { exact: true }).fill(from);
    await page.getByLabel('To', { exact: true }).fill(to);
    await waitForRange(page, from, to);
    // Five charts and the before/after comparison.
    await expect(stats(page).locator(`[data-drawn-range="${from}..${to}"]`)).toHaveCount(6);
  }
  const seen = await page.evaluate(
    () => (window as unknown as { __charts: { stale: string[]; followed: number } }).__charts,
  );
  expect(seen.stale).toEqual([]);
  // The charts out of view were drawn later, not in the same pass (else nothing is gained).
  expect(seen.followed).toBeGreaterThan(0);
  // Scrolled to, the last chart shows the range: its time axis is labelled with years 2016–2020.
  const last = chart(page, 'Displaced inside Syria, and returns since December 2024');
  await last.scrollIntoViewIfNeeded();
  const years = (await readDrawn(last)).xTicks.map((tick) =>
    Number(tick.label.match(/\d{4}/)?.[0]),
  );
  expect(years.length).toBeGreaterThanOrEqual(3);
  expect(
    years.every((year) => year >= 2016 && year <= 2020),
    years.join(' '),
  ).toBe(true);
});
