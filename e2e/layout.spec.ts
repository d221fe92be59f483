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

test('two panels side by side on a laptop screen', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('./');
  const actors = await panel(page, 'Actors').boundingBox();
  const tracker = await panel(page, 'Peace process tracker').boundingBox();
  expect(actors && tracker).toBeTruthy();
  expect(Math.abs(actors!.y - tracker!.y)).toBeLessThan(2);
  expect(tracker!.x).toBeGreaterThan(actors!.x + actors!.width - 1);
});
