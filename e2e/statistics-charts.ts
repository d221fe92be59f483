import type { Page } from '@playwright/test';
import { panel } from './helpers';

/** The statistics panel's charts, found by their titles, and the rows of a chart's table. */

export const stats = (page: Page) => panel(page, 'Casualties and displacement');
export const chart = (page: Page, title: string) =>
  stats(page).getByRole('region', { name: title, exact: true });

export async function tableRows(page: Page, title: string) {
  await chart(page, title).getByRole('button', { name: 'Table', exact: true }).click();
  const rows = chart(page, title).locator('tbody tr');
  return rows;
}
