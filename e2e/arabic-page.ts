import { expect, type Page } from '@playwright/test';
import { tableViewIds } from '../src/stores/view-state';

/**
 * Opening the dashboard in Arabic (issue 22), for the tests of it, and the range and the tables
 * their views show.
 */

export const RANGE = 'from=2017-01-01&to=2019-12-31';
export const TABLES = `tables=${tableViewIds.filter((id) => id !== 'own-events-per-month').join(',')}`;

/** Waits until every panel shown has drawn its data (a chart or its table). */
export async function openArabic(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('[data-testid="map-summary"]')).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('section.panel[data-area]')).toHaveCount(4);
  if (!url.includes('panel=')) {
    await expect(
      page
        .locator('[data-area="statistics"] section.chart')
        .locator('.chart__series, tbody tr')
        .first(),
    ).toBeVisible();
  }
}
