import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { LAND_SYRIA, SEA } from '../src/features/map/map-style';
import {
  colourShares,
  countWork,
  distinctColours,
  panel,
  readDataset,
  recordRequests,
  serveSyntheticEvents,
  waitForRange,
} from './helpers';

interface EventRecord {
  id: string;
  date: string;
  endDate?: string;
  placeId: string;
  title: string;
}
const events = readDataset<{ events: EventRecord[] }>('events.json').events;
const places = readDataset<{ places: { id: string; name: string; lat: number; lon: number }[] }>(
  'places.json',
).places;
const map = (page: Page) => panel(page, 'Map');
const markers = (page: Page) => map(page).locator('.map-cluster, .map-event');
const eventCount = async (page: Page) =>
  Number(
    (await page.getByTestId('map-summary').textContent())!
      .match(/^([\d,]+) event/)![1]!
      .replaceAll(',', ''),
  );

test('the offline basemap draws Syria and its neighbours, with event markers, and nothing leaves the origin', async ({
  page,
  baseURL,
}) => {
  const requests = recordRequests(page);
  await page.goto('./');
  await expect(markers(page).first()).toBeVisible();
  // Country outlines near the view are drawn (Leaflet leaves far-off ones out); Syria in its own tint.
  // The outlines arrive with the basemap file, which may come after the first markers.
  await expect
    .poll(() => map(page).locator('.leaflet-basemap-pane path').count())
    .toBeGreaterThan(10);
  await expect(map(page).locator('.leaflet-basemap-pane path[fill="#f7f3ea"]')).toHaveCount(1);
  await expect(map(page).locator('.map-country-label', { hasText: 'SYRIA' })).toBeVisible();
  await expect(
    map(page).getByLabel('Online map tiles (OpenStreetMap; needs internet)'),
  ).not.toBeChecked();
  const origin = new URL(baseURL!).origin;
  expect(
    requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
  ).toEqual([]);
  expect(requests.some((url) => url.includes('countries-50m'))).toBe(true);
});

test('narrowing the range reduces the number of events on the map', async ({ page }) => {
  await page.goto('./');
  await expect(markers(page).first()).toBeVisible();
  const all = await eventCount(page);
  await page.getByLabel('From', { exact: true }).fill('2020-01-01');
  await page.getByLabel('To', { exact: true }).fill('2020-12-31');
  await expect.poll(() => eventCount(page)).toBeLessThan(all);
  const in2020 = events.filter(
    (e) => e.date <= '2020-12-31' && (e.endDate ?? e.date) >= '2020-01-01',
  ).length;
  await expect.poll(() => eventCount(page)).toBe(in2020);
});

test('after range changes every marker names its own count, and a place marker the count of the data', async ({
  page,
}) => {
  await page.goto('./');
  await expect(markers(page).first()).toBeVisible();
  for (const [from, to] of [
    ['2018-09-17', '2026-01-01'],
    ['2015-09-30', '2019-12-31'],
    ['2020-01-01', '2026-01-01'],
  ] as const) {
    await page.getByLabel('From', { exact: true }).fill(from);
    await page.getByLabel('To', { exact: true }).fill(to);
    await waitForRange(page, from, to);
    const shown = await map(page)
      .locator('.map-cluster, .map-venue')
      .evaluateAll((elements) =>
        elements.map((e) => ({ count: e.textContent ?? '', title: e.getAttribute('title') ?? '' })),
      );
    expect(shown.length).toBeGreaterThan(5);
    for (const { count, title } of shown) {
      // "12 events at Aleppo", "80 events at 5 places: summary", "Astana: 22 meetings"
      expect(title).toMatch(new RegExp(`(^${count} events? at |: ${count} meetings?$)`));
      const place = /^(\d+) events? at (.+)$/.exec(title);
      if (!place || /^\d+ places: summary$/.test(place[2]!)) continue;
      const placeId = places.find((p) => p.name === place[2])!.id;
      const inRange = events.filter(
        (e) => e.placeId === placeId && e.date <= to && (e.endDate ?? e.date) >= from,
      ).length;
      expect(Number(place[1]), title).toBe(inRange);
    }
  }
});

test('a popup gives date, title and a source link', async ({ page }) => {
  // A day with exactly one event, so that one marker stands alone.
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.date, (counts.get(e.date) ?? 0) + 1);
  const lone = events.find(
    (e) => counts.get(e.date) === 1 && !e.endDate && places.some((p) => p.id === e.placeId),
  )!;
  const place = places.find((p) => p.id === lone.placeId)!;
  await page.goto(
    `./?from=${lone.date}&to=${lone.date}&lat=${place.lat}&lng=${place.lon}&zoom=6&layers=events`,
  );
  await map(page).locator('.map-event').click();
  const popup = page.getByTestId('event-popup');
  await expect(popup).toContainText(lone.title);
  const link = popup.getByRole('link').first();
  await expect(link).toHaveAttribute('href', /^https?:\/\//);
});

test('?lat=&lng=&zoom= restores the view; a bad view falls back with a notice', async ({
  page,
}) => {
  await page.goto('./?lat=35.93&lng=36.63&zoom=12');
  await expect(map(page).locator('.leaflet-control-zoom-in')).toHaveClass(/leaflet-disabled/);
  await expect(page).toHaveURL(/lat=35\.930&lng=36\.630&zoom=12/);
  await page.reload();
  await expect(map(page).locator('.leaflet-control-zoom-in')).toHaveClass(/leaflet-disabled/);

  await page.goto('./?lat=200&lng=36&zoom=7');
  await expect(page.getByText(/map view .* is not a place on the map/)).toBeVisible();
  await expect(markers(page).first()).toBeVisible();
});

test('layer choices live in the URL, and online tiles are asked for only when switched on', async ({
  page,
}) => {
  const tileRequests: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tileRequests.push(route.request().url());
    return route.fulfill({ status: 204 });
  });
  await page.goto('./');
  await expect(markers(page).first()).toBeVisible();
  await map(page).getByLabel('Military bases').uncheck();
  await expect(page).toHaveURL(
    /layers=events%2Cmeetings%2Czones%2Ccapitals|layers=events,meetings,zones,capitals/,
  );
  expect(tileRequests).toEqual([]);
  await map(page).getByLabel('Online map tiles (OpenStreetMap; needs internet)').check();
  await expect(page).toHaveURL(/tiles=osm/);
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
});

test('a round picked in a venue’s popup opens in the tracker, which comes into view', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  await map(page).getByRole('button', { name: 'Show all talks venues' }).click();
  const venue = map(page).locator('.map-venue[data-place-ids]').first();
  await venue.focus();
  await page.keyboard.press('Enter');
  const popup = map(page).locator('.leaflet-popup');
  const meeting = popup.locator('.map-popup__list button').first();
  const title = (await meeting.textContent())!;
  await meeting.click();
  await expect(page.getByTestId('round-card')).toContainText(title);
  const tracker = panel(page, 'Peace process tracker');
  await expect
    .poll(async () => (await tracker.boundingBox())!.y, { message: 'the tracker scrolled to' })
    .toBeLessThan(200);
  await expect(tracker).toBeInViewport();
});

test('a venue in a round card centres the map on it', async ({ page }) => {
  const meetings = readDataset<{
    meetings: { id: string; placeId: string; track: string; round: number | null }[];
  }>('meetings.json').meetings;
  const round = meetings.find((m) => m.track === 'astana' && m.round === 4)!;
  const venue = places.find((p) => p.id === round.placeId)!;
  await page.goto(`./?round=${round.id}`);
  await page
    .getByTestId('round-card')
    .getByRole('button', { name: venue.name, exact: true })
    .click();
  await expect(page).toHaveURL(/lat=/);
  const url = new URL(page.url());
  expect(Number(url.searchParams.get('lat'))).toBeCloseTo(venue.lat, 2);
  expect(Number(url.searchParams.get('lng'))).toBeCloseTo(venue.lon, 2);
});

test('the play control steps through the range month by month', async ({ page }) => {
  await page.goto('./?from=2019-01-01&to=2019-06-30');
  await expect(markers(page).first()).toBeVisible();
  await map(page).getByRole('combobox').selectOption('500');
  await map(page).getByRole('button', { name: 'Play by month' }).click();
  await expect(page.getByTestId('map-step')).toHaveText(/January 2019|February 2019/);
  await expect(page.getByTestId('map-summary')).toContainText(/in (January|February|March) 2019/);
  await map(page).getByRole('button', { name: 'Pause' }).click();
  // Paused on a month, the page falls quiet: it draws the month once, not again and again.
  const work = await countWork(page);
  await expect
    .poll(async () => ((await work.quietFor()) >= 1000 ? 'quiet' : await work.recent()), {
      timeout: 8000,
    })
    .toBe('quiet');
  await map(page).getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByTestId('map-summary')).toContainText('in range');
});

test('the map exports as a valid, non-blank PNG with its legend and attribution', async ({
  page,
}) => {
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  await expect(markers(page).first()).toBeVisible();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    map(page).getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('map_2017-01-01_2019-12-31.png');
  const bytes = readFileSync((await png.path())!);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const colours = await distinctColours(page, bytes, 11);
  expect(colours).toBeGreaterThan(50);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    map(page).getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const text = readFileSync((await svg.path())!, 'utf8');
  expect(text).toContain('Natural Earth');
  expect(text).toContain('De-escalation zone (approximate)');
  expect(text).toContain('1 Jan 2017 – 31 Dec 2019');

  // The drawing itself, not only its frame: inside the map's box the PNG shows the sea and
  // Syria in their colours, and no shape fell back to SVG's default black fill.
  const box = text.match(
    /<svg viewBox="[^"]*" width="([\d.]+)" height="([\d.]+)" x="([\d.]+)" y="([\d.]+)"/,
  );
  expect(box, 'the map drawing nested in the export').not.toBeNull();
  const [width, height, x, y] = box!.slice(1).map(Number) as [number, number, number, number];
  const svgWidth = Number(text.match(/^<svg[^>]* width="([\d.]+)"/)![1]);
  const shares = await colourShares(page, bytes, { x, y, width, height }, svgWidth, {
    black: '#000000',
    sea: SEA,
    syria: LAND_SYRIA,
  });
  expect(shares.black, 'share of black pixels in the map').toBeLessThan(0.01);
  expect(shares.sea, 'share of sea in the map').toBeGreaterThan(0.02);
  expect(shares.syria, 'share of Syria in the map').toBeGreaterThan(0.05);
});

/** The table's rendered body rows (a window onto all of them) and the row count it announces. */
async function tableState(page: Page) {
  const table = page.getByTestId('map-table');
  return {
    rowCount: Number(await table.getAttribute('aria-rowcount')),
    rendered: await table.locator('tbody tr[aria-rowindex]').count(),
    first: await table.locator('tbody tr[aria-rowindex] th').first().textContent(),
    last: await table.locator('tbody tr[aria-rowindex] th').last().textContent(),
  };
}

// By start date; events of the same day keep the file's order, as the app's date index does
// (Array.prototype.sort is stable).
const byStart = (a: EventRecord, b: EventRecord) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

test('the events on the map are also a table, windowed: every event of the range is reachable by scrolling', async ({
  page,
}) => {
  await page.goto('./?from=2018-01-01&to=2018-12-31');
  await map(page)
    .getByText(/Events on the map as a table/)
    .click();
  const in2018 = events
    .filter((e) => e.date <= '2018-12-31' && (e.endDate ?? e.date) >= '2018-01-01')
    .sort(byStart);
  const scroller = map(page).getByRole('region', { name: /^Events on the map, \d+ rows/ });
  await expect(scroller).toBeVisible();
  let state = await tableState(page);
  expect(state.rowCount).toBe(in2018.length + 1);
  expect(state.first).toContain(in2018[0]!.title);
  await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect.poll(async () => (await tableState(page)).last).toContain(in2018.at(-1)!.title);

  // The whole conflict: far more events than rows in the page.
  await page.getByRole('button', { name: 'Whole conflict' }).click();
  await expect.poll(async () => (await tableState(page)).rowCount).toBe(events.length + 1);
  state = await tableState(page);
  expect(state.rendered).toBeLessThan(40);
  expect(events.length).toBeGreaterThan(state.rendered * 5);
});

test('with 10,000 events the map clusters them and the table stays a window onto all of them', async ({
  page,
}) => {
  const synthetic = await serveSyntheticEvents(page, 10_000);
  await page.goto('./?from=2011-03-15&to=2025-12-31');
  await expect.poll(() => eventCount(page)).toBe(10_000);
  const shown = await markers(page).count();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(200);
  await map(page)
    .getByText(/Events on the map as a table/)
    .click();
  const scroller = map(page).getByRole('region', { name: /^Events on the map, 10,000 rows/ });
  const state = await tableState(page);
  expect(state.rowCount).toBe(10_001);
  expect(state.rendered).toBeLessThan(40);
  await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
  const last = [...synthetic.events].sort(byStart).at(-1)!;
  await expect.poll(async () => (await tableState(page)).last).toContain(last.title);
  expect(
    await page
      .getByTestId('map-table')
      .locator('tbody tr[aria-rowindex]')
      .last()
      .getAttribute('aria-rowindex'),
  ).toBe('10001');
});
