import { expect, test, type Locator, type Page } from '@playwright/test';
import { panel, readDataset, waitForDefaultRange, type MeetingRecord } from './helpers';

// At a glance (issue 21): on a wide window the first screen shows all four panels working, the
// range bar stays in view, and each panel can take the whole window and give it back.

const PANELS = [
  { title: 'Actors', live: '.listbox__option' },
  { title: 'Peace process tracker', live: '.timeline__svg' },
  { title: 'Casualties and displacement', live: 'svg.recharts-surface' },
  { title: 'Map', live: '.map__canvas' },
] as const;

/** How many pixels of an element's height and width lie inside the window. */
async function visibleIn(page: Page, element: Locator) {
  const box = (await element.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return {
    height: Math.min(box.y + box.height, height) - Math.max(box.y, 0),
    width: Math.min(box.x + box.width, width) - Math.max(box.x, 0),
  };
}

for (const [width, height] of [
  [1366, 768],
  [1440, 900],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the first screen shows every panel's heading and live content, and the range bar stays in view`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./');
    await waitForDefaultRange(page);
    for (const { title, live } of PANELS) {
      const section = panel(page, title);
      const heading = section.getByRole('heading', { name: title, exact: true });
      const content = section.locator(live).first();
      await expect(content).toBeVisible();
      const seenHeading = await visibleIn(page, heading);
      expect(seenHeading.height, `${title}: heading`).toBeGreaterThanOrEqual(
        (await heading.boundingBox())!.height - 1,
      );
      // Not a sliver: enough of the chart, map, timeline or list to read.
      const seen = await visibleIn(page, content);
      expect(seen.height, `${title}: ${live} height on screen`).toBeGreaterThanOrEqual(40);
      expect(seen.width, `${title}: ${live} width on screen`).toBeGreaterThanOrEqual(200);
    }
    // Scrolled to the end of the page, the range bar is still at the top of the window.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const bar = (await page.locator('.range-bar').boundingBox())!;
    expect(Math.abs(bar.y)).toBeLessThanOrEqual(1);
    await expect(page.getByLabel('From', { exact: true })).toBeInViewport();
  });
}

test('a panel expands to the whole window and back, in the link, and the map fills its new size', async ({
  page,
}) => {
  await page.goto('./');
  await waitForDefaultRange(page);
  const map = panel(page, 'Map');
  const canvas = map.locator('.map__canvas');
  const before = (await canvas.boundingBox())!;

  await map.getByRole('button', { name: 'Expand Map to the whole window' }).click();
  await expect(page).toHaveURL(/[?&]panel=map\b/);
  for (const { title } of PANELS.filter((p) => p.title !== 'Map'))
    await expect(panel(page, title)).toBeHidden();
  const after = (await canvas.boundingBox())!;
  expect(after.width).toBeGreaterThan(before.width * 1.5);
  expect(after.height).toBeGreaterThan(before.height);
  // Leaflet was told: its size is the container's, so marks and tiles cover all of it.
  await expect
    .poll(() =>
      canvas.evaluate(
        (el: HTMLElement & { leafletMap?: { getSize(): { x: number; y: number } } }) => {
          const size = el.leafletMap!.getSize();
          return [size.x - el.clientWidth, size.y - el.clientHeight];
        },
      ),
    )
    .toEqual([0, 0]);

  await map.getByRole('button', { name: 'Show all four panels' }).click();
  await expect(page).not.toHaveURL(/panel=/);
  for (const { title } of PANELS) await expect(panel(page, title)).toBeVisible();
  // Back returns to the expanded map, as the link had it.
  await page.goBack();
  await expect(page).toHaveURL(/[?&]panel=map\b/);
  await expect(panel(page, 'Actors')).toBeHidden();
});

test('a link with ?panel= opens that panel expanded; a narrower window stacks the panels', async ({
  page,
}) => {
  await page.goto('./?panel=tracker');
  const tracker = panel(page, 'Peace process tracker');
  await expect(tracker.locator('.timeline__svg')).toBeVisible();
  await expect(panel(page, 'Map')).toBeHidden();
  await expect(tracker.getByRole('button', { name: 'Show all four panels' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await waitForDefaultRange(page);
  await expect(page.locator('main.panels')).toHaveAttribute('data-layout', 'flow');
  // One under another: the map begins below the end of the actors panel.
  const actors = (await panel(page, 'Actors').boundingBox())!;
  const map = (await panel(page, 'Map').boundingBox())!;
  expect(map.y).toBeGreaterThanOrEqual(actors.y + actors.height);
});

test('the strip under the range bar says what the range holds, each figure as published and linked to its source', async ({
  page,
}) => {
  const [from, to] = ['2018-09-01', '2018-12-31'];
  const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;
  const events = readDataset<{ events: { date: string; endDate?: string }[] }>(
    'events.json',
  ).events;
  const { sources } = readDataset<{ sources: { id: string; url: string }[] }>('meta.json');
  const statistics = readDataset<{
    series: { id: string; points: { date: string; value: number; sources?: string[] }[] }[];
  }>('statistics.json').series;
  await page.goto(`./?from=${from}&to=${to}`);
  const strip = page.getByTestId('summary-strip');
  const held = meetings.filter((m) => m.status === 'held' && m.start <= to && m.end >= from);
  const inRange = events.filter((e) => e.date <= to && (e.endDate ?? e.date) >= from);
  await expect(strip.getByTestId('summary-rounds')).toHaveText(`${held.length} rounds held`);
  await expect(strip.getByTestId('summary-events')).toHaveText(`${inRange.length} events`);
  // SOHR's published toll for 2018, linked to the copies it was read in.
  const toll = statistics
    .find((s) => s.id === 'sohr-annual-deaths')!
    .points.find((p) => p.date === '2018-12-31')!;
  const deaths = strip.getByTestId('summary-deaths');
  await expect(deaths).toContainText(`${toll.value.toLocaleString('en-GB')} deaths in 2018 (SOHR`);
  const hrefs = await deaths
    .getByRole('link')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(toll.sources!.map((id) => sources.find((s) => s.id === id)!.url));
  // The range bar carries the strip: it stays in view with it.
  await expect(page.locator('.range-bar').getByTestId('summary-strip')).toBeVisible();
});
