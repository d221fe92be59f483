import { test, type Locator } from '@playwright/test';
import { eventCategoryLabels } from '../src/data/labels';
import { eventCategories } from '../src/data/schemas/events';
import { formatSpan } from '../src/lib/format';
import { waitForRange } from './helpers';
import {
  canvas,
  events,
  expect,
  mapPanel,
  moveMap,
  placeById,
  project,
  TOLERANCE,
} from './map-marks';

/**
 * The map's popups: an open popup's tip points at its marker, compared with the map's own
 * projection of the coordinates the dataset gives, and a cluster's popup sums up the events of
 * its places in the range, counted here from public/data.
 */

test.describe.configure({ timeout: 180_000 });

/** Waits until an element has stayed where it is for three frames in a row. */
function atRest(locator: Locator) {
  return locator.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        let last = '';
        let still = 0;
        const check = () => {
          const r = element.getBoundingClientRect();
          const now = `${r.x},${r.y}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 3) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

test('an open popup’s tip points at its marker', async ({ page }) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  for (const selector of ['.map-venue', '.map-base']) {
    const marker = mapPanel(page).locator(`${selector}[data-place-ids]`).first();
    // Enter opens the popup wherever the marker is drawn (a click would land on whatever
    // covers its drawn position).
    await marker.focus();
    await page.keyboard.press('Enter');
    const tip = mapPanel(page).locator('.leaflet-popup-tip');
    await expect(tip).toBeVisible();
    const placeId = (await marker.getAttribute('data-place-ids'))!;
    const place = placeById.get(placeId)!;
    // Opening the popup may pan the map to fit it, over several frames: measure once it rests
    // (read mid-pan, the tip and the projection come from different frames).
    await atRest(tip);
    const [at] = await project(page, [[place.lat, place.lon]]);
    const box = (await tip.boundingBox())!;
    // The tip is a square turned 45° whose lower corner is the point it shows.
    expect(Math.abs(box.x + box.width / 2 - at!.x), `${place.name}: tip x`).toBeLessThanOrEqual(
      TOLERANCE,
    );
    expect(box.y + box.height - at!.y, `${place.name}: tip y`).toBeLessThanOrEqual(TOLERANCE);
    expect(box.y + box.height - at!.y, `${place.name}: tip y`).toBeGreaterThan(-20);
    await page.keyboard.press('Escape');
    await expect(tip).toHaveCount(0);
  }
});

test('a cluster’s popup sums up the events of its places in the range, and zooms in on them', async ({
  page,
}) => {
  const [from, to] = ['2011-03-15', '2025-12-31'];
  await page.goto(`./?from=${from}&to=${to}`);
  const clusters = mapPanel(page).locator('.map-cluster[title*=" places"]');
  await expect(clusters.first()).toBeVisible();
  // The cluster holding the most events.
  const counts = await clusters.evaluateAll((elements) =>
    elements.map((e) => Number.parseInt((e.getAttribute('title') ?? '').replaceAll(',', ''), 10)),
  );
  const cluster = clusters.nth(counts.indexOf(Math.max(...counts)));
  const placeIds = (await cluster.getAttribute('data-place-ids'))!.split(' ');
  const inRange = events.filter(
    (e) => placeIds.includes(e.placeId) && e.date <= to && (e.endDate ?? e.date) >= from,
  );
  expect(inRange.length).toBeGreaterThan(1);

  await cluster.click();
  const popup = page.getByTestId('cluster-popup');
  await expect(popup).toBeVisible();
  const text = (await popup.textContent()) ?? '';
  const atPlaces = new Set(inRange.map((e) => e.placeId));
  expect(text).toContain(
    `${inRange.length.toLocaleString('en-GB')} events at ${atPlaces.size} places`,
  );
  const first = inRange.map((e) => e.date).sort()[0]!;
  const last = inRange
    .map((e) => e.endDate ?? e.date)
    .sort()
    .at(-1)!;
  await expect(popup.getByTestId('cluster-span')).toHaveText(formatSpan(first, last));
  const categories = await popup
    .getByRole('list', { name: 'By category' })
    .locator('li')
    .allTextContents();
  expect(categories).toEqual(
    eventCategories
      .map((c) => [c, inRange.filter((e) => e.category === c).length] as const)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${eventCategoryLabels[c]}: ${n.toLocaleString('en-GB')}`),
  );
  // The busiest place is named first, with its count.
  const perPlace = [...atPlaces].map((id) => ({
    name: placeById.get(id)!.name,
    count: inRange.filter((e) => e.placeId === id).length,
  }));
  perPlace.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  await expect(popup.getByTestId('cluster-places')).toContainText(
    `Most events at ${perPlace[0]!.name} (${perPlace[0]!.count.toLocaleString('en-GB')})`,
  );

  const zoom = await canvas(page).evaluate((c) =>
    (c as HTMLElement & { leafletMap?: { getZoom(): number } }).leafletMap!.getZoom(),
  );
  await moveMap(page, () => popup.getByRole('button', { name: 'Zoom in' }).click());
  const zoomed = await canvas(page).evaluate((c) =>
    (c as HTMLElement & { leafletMap?: { getZoom(): number } }).leafletMap!.getZoom(),
  );
  expect(zoomed).toBeGreaterThan(zoom);
  await expect(popup).toHaveCount(0);
});
