import { expect, test } from '@playwright/test';
import { panel, readDataset } from './helpers';

test('a broken statistics file shows an error in its panel only, naming file, record and field', async ({
  page,
}) => {
  const statistics = readDataset<{ series: { id: string; points: { value: number }[] }[] }>(
    'statistics.json',
  );
  const broken = structuredClone(statistics);
  broken.series[0]!.points[0]!.value = -5;
  await page.route('**/data/statistics.json', (route) => route.fulfill({ json: broken }));
  await page.goto('./');

  const stats = panel(page, 'Casualties and displacement');
  await expect(stats.getByRole('alert')).toContainText(
    `statistics.json: ${statistics.series[0]!.id}: points[0].value:`,
  );
  await expect(stats.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(page.getByTestId('actors-summary')).toBeVisible();
  await expect(page.getByTestId('tracker-summary')).toBeVisible();
  await expect(page.getByTestId('map-summary')).toBeVisible();
});

test('a missing places file fails the tracker and map panels but not the others', async ({
  page,
}) => {
  await page.route('**/data/places.json', (route) =>
    route.fulfill({ status: 404, body: 'Not found' }),
  );
  await page.goto('./');
  for (const name of ['Peace process tracker', 'Map']) {
    await expect(panel(page, name).getByRole('alert')).toContainText(
      'places.json: (file): (file): could not be loaded: HTTP 404',
    );
  }
  await expect(page.getByTestId('actors-summary')).toBeVisible();
  await expect(page.getByTestId('statistics-summary')).toBeVisible();
});

test('Reload fetches a file again after a failure', async ({ page }) => {
  // The file stays broken until the user presses Reload (other panels mounting later would
  // otherwise refetch it on their own and hide the button under test).
  let broken = true;
  await page.route('**/data/events.json', async (route) => {
    if (broken) await route.fulfill({ status: 200, body: '{"events": [' });
    else await route.continue();
  });
  await page.goto('./');
  const actors = panel(page, 'Actors');
  await expect(actors.getByRole('alert')).toContainText(
    'events.json: (file): (file): is not valid JSON',
  );
  broken = false;
  await actors.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByTestId('actors-summary')).toBeVisible();
});
