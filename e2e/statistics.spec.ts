import { expect, test } from '@playwright/test';
import { axesOf, DAY, day, readDrawn } from './chart-geometry';
import {
  defineInView,
  readDataset,
  setRange,
  waitForRange,
  type MeetingRecord,
  type WithInView,
} from './helpers';
import { chart, stats, tableRows } from './statistics-charts';

// The statistics charts and the range: they follow it (the charts in view in the same frame as
// the panel), mark the rounds in it, set it from a drag across a chart, and name the figure under
// the pointer only within it.

const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;

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
      '.chart__annotation:visible',
    ),
  ).toHaveCount(inRange.length);
  await mark.locator('.chart__annotation-tab').click();
  await expect(page.getByTestId('before-after-summary')).toContainText(round.title);
  await expect(page.getByTestId('before-after-table').locator('tbody tr').first()).toBeVisible();

  // Turning a track off removes its marks.
  await stats(page).getByRole('button', { name: 'Astana format', exact: true }).click();
  await expect(mark).toHaveCount(0);
});

test('each mark of a round sits on its days on the drawn time axis, through range changes that hide and show it', async ({
  page,
}) => {
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  const deaths = chart(page, 'Deaths by source');
  let tabsTried = 0;
  // Wide, narrow (where the multi-day rounds are spans), wide again: marks leave the plot and
  // come back, cross its edges, and turn from lines into spans and back.
  for (const [from, to] of [
    ['2017-01-01', '2019-12-31'],
    ['2017-03-01', '2017-08-31'],
    ['2012-03-01', '2026-01-18'],
    ['2017-01-01', '2019-12-31'],
  ] as const) {
    await setRange(page, from, to);
    const { x } = axesOf(await readDrawn(deaths));
    const [left, right] = [x(day(from)), x(day(to) + DAY)];
    const expected = meetings
      .filter((m) => m.start <= to && m.end >= from)
      .map((m) => {
        const start = Math.max(x(day(m.start)), left);
        const end = Math.min(x(day(m.end) + DAY), right);
        return { id: m.id, start, end, span: end - start >= 3 };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    // What is drawn: the marks shown, each its line or its span, and the tab above it, which
    // answers a click 2 px either side of the mark's days but not 5 px.
    await deaths.scrollIntoViewIfNeeded();
    const drawn = await deaths.locator('.chart__annotation').evaluateAll((marks) =>
      marks
        .filter((g) => getComputedStyle(g).display !== 'none')
        .map((g) => {
          const mark = g.querySelector('line, rect:not(.chart__annotation-tab)')!;
          const box = mark.getBoundingClientRect();
          const tab = g.querySelector('.chart__annotation-tab')!.getBoundingClientRect();
          const rail = (tab.top + tab.bottom) / 2;
          const hit = (px: number) =>
            document.elementFromPoint(px, rail)?.closest('.chart__annotation') === g;
          return {
            id: g.getAttribute('data-annotation-id')!,
            span: mark.tagName === 'rect',
            box: { left: box.left, right: box.right },
            clicks: [hit(box.left - 2), hit(box.right + 2)],
            misses: [hit(box.left - 5), hit(box.right + 5)],
          };
        })
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(drawn.map((m) => m.id)).toEqual(expected.map((m) => m.id));
    drawn.forEach((mark, i) => {
      const want = expected[i]!;
      expect(mark.span, `${mark.id} in ${from}..${to}`).toBe(want.span);
      expect(Math.abs(mark.box.left - want.start)).toBeLessThanOrEqual(1);
      if (want.span) expect(Math.abs(mark.box.right - want.end)).toBeLessThanOrEqual(1);
      // Where no other mark is near, the tab is the mark's own.
      const alone = expected.every(
        (other) => other === want || other.end < want.start - 10 || other.start > want.end + 10,
      );
      if (!alone) return;
      tabsTried += 1;
      expect(mark.clicks, `${mark.id}'s tab in ${from}..${to}`).toEqual([true, true]);
      expect(mark.misses, `${mark.id}'s tab in ${from}..${to}`).toEqual([false, false]);
    });
  }
  expect(tabsTried).toBeGreaterThan(3);
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

test('a range change draws the charts in view in the same frame as the panel, and those out of view after it', async ({
  page,
}) => {
  // At 1440×900 the panel scrolls on its own and shows about one chart of five.
  await page.goto('./?from=2016-01-01&to=2020-12-31');
  await waitForRange(page, '2016-01-01', '2020-12-31');
  await defineInView(page);
  await page.evaluate(() => {
    const seen = { stale: [] as string[], followed: 0 };
    (window as unknown as { __charts: typeof seen }).__charts = seen;
    const root = document.querySelector('.statistics[data-rendered-range]')!;
    const inView = (window as unknown as WithInView).inView;
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
