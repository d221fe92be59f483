import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seededRandom } from '../src/lib/random';
import { countWork, panel, waitForDefaultRange, waitForRange } from './helpers';

const SUMMARIES = ['actors-summary', 'tracker-summary', 'statistics-summary', 'map-summary'];

/** Every panel's one-line summary, to compare two views of the same state. */
async function summaries(page: Page): Promise<string[]> {
  return Promise.all(SUMMARIES.map(async (id) => (await page.getByTestId(id).textContent()) ?? ''));
}

test('with the network cut after load, every panel, selection and export keeps working', async ({
  page,
  context,
}) => {
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('requestfailed', (request) => {
    // The browser asks for the tab icon again on history changes; offline the tab keeps it.
    if (!request.url().endsWith('/favicon.svg')) failed.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('./');
  expect((await waitForDefaultRange(page)).from).toBe('2011-03-15');
  // What the page fetches ahead of need (the export code, the font parts the data writes in)
  // has arrived.
  await page.waitForLoadState('networkidle');
  expect(
    await page.evaluate(() => document.fonts.check('1em "Inter Variable"', 'Башар Ḥayʾat')),
  ).toBe(true);
  await context.setOffline(true);
  expect(
    await page.evaluate(() =>
      fetch('./data/meta.json').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  failed.length = 0;

  // A range, an actor, a round, a map layer: all from memory.
  await page.getByLabel('From', { exact: true }).fill('2017-01-01');
  await page.getByLabel('To', { exact: true }).fill('2018-12-31');
  await waitForRange(page, '2017-01-01', '2018-12-31');
  await page.getByLabel('Search actors').fill('Turkey');
  await panel(page, 'Actors')
    .getByRole('listbox', { name: 'Actors' })
    .getByRole('option')
    .first()
    .click();
  await expect(page.getByTestId('actor-card')).toBeVisible();
  await panel(page, 'Peace process tracker').locator('.timeline__item').first().click();
  await expect(page.getByTestId('round-card')).toBeVisible();
  const map = panel(page, 'Map');
  const bases = map.getByLabel('Military bases');
  await bases.uncheck();
  await expect(bases).not.toBeChecked();

  // Exports, whose code was never used before the network went.
  const deaths = panel(page, 'Casualties and displacement').getByRole('region').first();
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    deaths.getByRole('button', { name: 'Download PNG' }).click(),
  ]);
  expect(
    readFileSync((await png.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    deaths.getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  // The SVG still carries the app's own font, fetched ahead of the first export.
  expect(readFileSync((await svg.path())!, 'utf8')).toContain('font/woff2;base64,');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('while a data file is held back, its panels show skeletons and the page does no work', async ({
  page,
}) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route('**/data/meetings.json', async (route) => {
    asked += 1;
    await held;
    await route.continue();
  });
  await page.goto('./');
  const tracker = panel(page, 'Peace process tracker');
  const statistics = panel(page, 'Casualties and displacement');
  await expect(tracker.getByRole('status')).toContainText('Loading data');
  // Statistics does not need the late file: its charts draw, and follow a range change.
  await expect(statistics.locator('[data-rendered-range]')).toBeVisible();
  await page.getByLabel('From', { exact: true }).fill('2015-01-01');
  await expect(statistics.locator('[data-rendered-range^="2015-01-01.."]')).toBeVisible();
  // From here the page only waits for the file, and waiting must cost nothing: within a few
  // seconds it falls quiet (no DOM change, no animation frame, no timer for a whole second; the
  // skeletons' shimmer is a CSS animation) and it does not ask for the file again.
  const work = await countWork(page);
  await expect
    .poll(async () => ((await work.quietFor()) >= 1000 ? 'quiet' : await work.recent()), {
      timeout: 8000,
    })
    .toBe('quiet');
  await expect(tracker.getByRole('status')).toContainText('Loading data');
  await expect(panel(page, 'Actors').getByRole('status').first()).toContainText('Loading data');
  expect(asked).toBe(1);
  release();
  await expect(page.getByTestId('tracker-summary')).toBeVisible();
  await expect(tracker.locator('[data-rendered-range^="2015-01-01.."]')).toBeVisible();
});

test('200 rapid range changes leave every panel showing the last one', async ({ page }) => {
  // 200 typed changes, each rendered by every panel: 1.6 minutes on a loaded two-core machine.
  test.setTimeout(240_000);
  await page.goto('./');
  const fromInput = page.getByLabel('From', { exact: true });
  const toInput = page.getByLabel('To', { exact: true });
  let range = await waitForDefaultRange(page);

  // Random valid ranges, alternating From and To, typed without waiting for anything.
  const random = seededRandom(2026);
  const day = (min: string, max: string) => {
    const a = Date.parse(min);
    const b = Date.parse(max);
    return new Date(a + Math.floor(random() * ((b - a) / 864e5 + 1)) * 864e5)
      .toISOString()
      .slice(0, 10);
  };
  for (let i = 0; i < 200; i += 1) {
    if (i % 2 === 0) {
      range = { ...range, from: day('2011-03-15', range.to) };
      await fromInput.fill(range.from);
    } else {
      range = { ...range, to: day(range.from, '2026-11-23') };
      await toInput.fill(range.to);
    }
  }

  await waitForRange(page, range.from, range.to);
  await expect(fromInput).toHaveValue(range.from);
  await expect(toInput).toHaveValue(range.to);
  // The address bar is written once the new range is painted.
  await expect
    .poll(() => {
      const params = new URL(page.url()).searchParams;
      return [params.get('from'), params.get('to')];
    })
    .toEqual([range.from, range.to]);
  const url = new URL(page.url());
  const afterChanges = await summaries(page);

  // The same view loaded afresh from its URL shows exactly the same.
  await page.goto(url.pathname + url.search);
  await waitForRange(page, range.from, range.to);
  expect(await summaries(page)).toEqual(afterChanges);
});
