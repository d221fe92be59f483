import { expect, test } from '@playwright/test';
import { panel } from './helpers';

test('the static build works from a sub-path, with its range in the URL', async ({
  page,
  baseURL,
}) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(new URL('tools/syria/?from=2018-09-17&to=2019-12-31', baseURL).href);
  await expect(page.getByTestId('tracker-summary')).toBeVisible();
  await expect(panel(page, 'Map').locator('.panel__subtitle')).toContainText(
    '17 Sept 2018 – 31 Dec 2019',
  );
  await page.getByRole('button', { name: 'Since fall of Assad' }).click();
  await expect(page).toHaveURL(/\/tools\/syria\/\?from=2024-12-08/);
  expect(failed).toEqual([]);
});
