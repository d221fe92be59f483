import { test, type Locator, type Page } from '@playwright/test';
import { translate } from '../src/i18n/t';
import { seededRandom } from '../src/lib/random';
import { setRange, waitForRange } from './helpers';
import { canvas, expect, expectAllInPlace, mapPanel, moveMap, settle } from './map-marks';

/**
 * "Drawn equals data" for the map: every marker, zone outline and place label is compared with
 * the map's own projection of the coordinates the dataset gives, as loaded and through zoom,
 * pan, range changes and "Show all talks venues", in English and in Arabic. The checks are in
 * map-marks.ts: the projection is read from the running Leaflet map, the coordinates come from
 * public/data, never from what the page says about its own marks.
 */

async function setRangeAndSettle(page: Page, from: string, to: string) {
  await setRange(page, from, to);
  await settle(page);
}

test.describe.configure({ timeout: 180_000 });

const zoomButton = (page: Page, name: 'Zoom in' | 'Zoom out'): Locator =>
  mapPanel(page).getByRole('button', { name, exact: true });

test('on the issue’s range every marker, zone and label is where its coordinates put it, through zoom, pan, a range change and "Show all talks venues"', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  await expect(mapPanel(page).locator('.map-venue').first()).toBeVisible();
  // The range has zones and labels to check, not only markers.
  await expect(mapPanel(page).locator('path[aria-label$=": details"]').first()).toBeAttached();
  await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
  await expectAllInPlace(page, 'as loaded');

  await moveMap(page, () => zoomButton(page, 'Zoom in').click());
  await expectAllInPlace(page, 'zoomed in');
  await moveMap(page, () => zoomButton(page, 'Zoom out').click());
  await moveMap(page, () => zoomButton(page, 'Zoom out').click());
  await expectAllInPlace(page, 'zoomed out');

  await canvas(page).focus();
  await moveMap(page, () => page.keyboard.press('ArrowLeft'));
  await moveMap(page, () => page.keyboard.press('ArrowUp'));
  await expectAllInPlace(page, 'panned');

  await setRangeAndSettle(page, '2019-01-01', '2020-06-30');
  await expectAllInPlace(page, 'after a range change');

  await moveMap(page, () =>
    mapPanel(page).getByRole('button', { name: 'Show all talks venues' }).click(),
  );
  await expectAllInPlace(page, 'after "Show all talks venues"');
});

test('in Arabic, right to left, every marker, zone and label is where its coordinates put it, through zoom, pan and "Show all talks venues"', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(mapPanel(page).locator('.map-venue').first()).toBeVisible({ timeout: 60_000 });
  const detailsSuffix = translate('ar', 'map.zone.details', { zone: '' });
  await expect(
    mapPanel(page).locator(`path[aria-label$="${detailsSuffix}"]`).first(),
  ).toBeAttached();
  await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
  await expectAllInPlace(page, 'as loaded', 'ar');
  const button = (key: 'map.zoomIn' | 'map.zoomOut' | 'map.showAllVenues') =>
    mapPanel(page).getByRole('button', { name: translate('ar', key), exact: true });
  await moveMap(page, () => button('map.zoomIn').click());
  await expectAllInPlace(page, 'zoomed in', 'ar');
  await canvas(page).focus();
  await moveMap(page, () => page.keyboard.press('ArrowLeft'));
  await expectAllInPlace(page, 'panned', 'ar');
  await moveMap(page, () => button('map.showAllVenues').click());
  await expectAllInPlace(page, 'after "Show all talks venues"', 'ar');
});

test('on seeded random ranges every marker is where its coordinates put it', async ({ page }) => {
  const random = seededRandom(16);
  const first = Date.UTC(2012, 0, 1);
  const last = Date.UTC(2025, 11, 31);
  const day = 86_400_000;
  await page.goto('./');
  await expect(
    mapPanel(page).locator('.leaflet-marker-icon[data-place-ids]').first(),
  ).toBeVisible();
  for (let i = 0; i < 5; i += 1) {
    const start = first + Math.floor(random() * (last - first));
    const length = (30 + Math.floor(random() * 1000)) * day;
    const from = new Date(start).toISOString().slice(0, 10);
    const to = new Date(Math.min(start + length, last)).toISOString().slice(0, 10);
    await setRangeAndSettle(page, from, to);
    if ((await mapPanel(page).locator('.leaflet-marker-icon[data-place-ids]').count()) === 0)
      continue;
    await expectAllInPlace(page, `${from} to ${to}`);
    await moveMap(page, () => zoomButton(page, i % 2 ? 'Zoom out' : 'Zoom in').click());
    await expectAllInPlace(page, `${from} to ${to}, zoomed`);
  }
});
