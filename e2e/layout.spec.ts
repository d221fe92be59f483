import { expect, test } from '@playwright/test';
import { panel } from './helpers';

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
  { width: 2560, height: 1440 },
]) {
  test(`no horizontal scrolling at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await expect(page.getByTestId('map-summary')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ['Actors', 'Map']) await expect(panel(page, name)).toBeVisible();
  });
}

test('on a laptop screen below the at-a-glance layout, actors and the tracker take the full width, statistics and map share a row', async ({
  page,
}) => {
  // From 1366×768 the four panels share the first screen instead (e2e/glance.spec.ts).
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./');
  await expect(page.getByTestId('actors-summary')).toBeVisible();
  const actors = (await panel(page, 'Actors').boundingBox())!;
  const tracker = (await panel(page, 'Peace process tracker').boundingBox())!;
  const statistics = (await panel(page, 'Casualties and displacement').boundingBox())!;
  const map = (await panel(page, 'Map').boundingBox())!;
  expect(actors.width).toBeGreaterThan(1180);
  expect(tracker.width).toBeGreaterThan(1180);
  expect(tracker.y).toBeGreaterThan(actors.y + actors.height - 1);
  expect(Math.abs(map.y - statistics.y)).toBeLessThan(2);
  expect(map.x).toBeGreaterThan(statistics.x + statistics.width - 1);
});
