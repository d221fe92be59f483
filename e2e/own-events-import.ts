import { expect as baseExpect, type Page } from '@playwright/test';
import { panel } from './helpers';

/**
 * Loading an analyst's own event file (issue 20), for the tests of it: picking it in the file
 * picker, and waiting until it is read and its rings are drawn on the map.
 */

export const expect = baseExpect.configure({ timeout: 20_000 });
const CSV = 'text/csv';

export const dialog = (page: Page) => page.getByTestId('own-import');
export const mapCanvas = (page: Page) => panel(page, 'Map').locator('.map__canvas');

export async function pick(page: Page, name: string, buffer: Buffer, mimeType = CSV) {
  await page.getByTestId('own-events-input').setInputFiles({ name, mimeType, buffer });
}

/** Waits until the map's rings are those of the range (they are clustered in a worker). */
export async function ringsDrawn(page: Page, from: string, to: string) {
  await expect(mapCanvas(page)).toHaveAttribute('data-own-range', `${from}..${to}`);
}

export async function loaded(page: Page) {
  await expect(dialog(page)).toHaveAttribute('data-phase', 'done');
}
