import { expect, test } from '@playwright/test';
import {
  PANEL_NAMES,
  panel,
  readDataset,
  recordCspViolations,
  recordRequests,
  waitForRange,
  type MeetingRecord,
} from './helpers';

const meta = readDataset<{ datasetVersion: string; asOf: string }>('meta.json');
const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;

test('shows the four panels with data, and the dataset version in the footer', async ({ page }) => {
  await page.goto('./');
  for (const name of PANEL_NAMES) {
    await expect(panel(page, name)).toBeVisible();
  }
  await expect(page.getByTestId('actors-summary')).toContainText('active in range');
  await expect(page.getByTestId('tracker-summary')).toContainText('track');
  await expect(page.getByTestId('statistics-summary')).toBeVisible();
  await expect(page.getByTestId('map-summary')).toContainText('events in range');
  await expect(page.getByRole('contentinfo')).toContainText(`Dataset ${meta.datasetVersion}`);
});

test('changing the range updates the URL and every panel', async ({ page }) => {
  await page.goto('./');
  const tracker = panel(page, 'Peace process tracker');
  const early = meetings.find((m) => m.end < '2014-01-01');
  const late = meetings.find((m) => m.start >= '2021-01-01' && m.end <= '2021-12-31');
  expect(early, 'the dataset has a meeting before 2014').toBeDefined();
  expect(late, 'the dataset has a meeting in 2021').toBeDefined();
  await expect(tracker.getByText(early!.title, { exact: true })).toBeVisible();
  const before = {
    actors: await page.getByTestId('actors-summary').textContent(),
    map: await page.getByTestId('map-summary').textContent(),
  };

  await page.getByLabel('From', { exact: true }).fill('2021-01-01');
  await page.getByLabel('To', { exact: true }).fill('2021-12-31');

  await expect(page).toHaveURL(/[?&]from=2021-01-01(&|$)/);
  await expect(page).toHaveURL(/[?&]to=2021-12-31(&|$)/);
  await expect(tracker.getByText(early!.title, { exact: true })).toHaveCount(0);
  await expect(tracker.getByText(late!.title, { exact: true })).toBeVisible();
  for (const name of PANEL_NAMES) {
    await expect(panel(page, name).locator('.panel__subtitle')).toContainText(
      '1 Jan 2021 – 31 Dec 2021',
    );
  }
  await expect(page.getByTestId('actors-summary')).not.toHaveText(before.actors!);
  await expect(page.getByTestId('map-summary')).not.toHaveText(before.map!);
});

test('reload and Back/Forward restore the range', async ({ page }) => {
  const from = page.getByLabel('From', { exact: true });
  const to = page.getByLabel('To', { exact: true });
  await page.goto('./?from=2015-09-30&to=2016-12-31');
  await expect(from).toHaveValue('2015-09-30');

  await to.fill('2019-12-31');
  await expect(page).toHaveURL(/to=2019-12-31/);
  await from.fill('2018-09-17');
  await expect(page).toHaveURL(/from=2018-09-17/);

  await page.reload();
  await expect(from).toHaveValue('2018-09-17');
  await expect(to).toHaveValue('2019-12-31');

  await page.goBack();
  await expect(from).toHaveValue('2015-09-30');
  await expect(to).toHaveValue('2019-12-31');
  await page.goBack();
  await expect(from).toHaveValue('2015-09-30');
  await expect(to).toHaveValue('2016-12-31');
  await expect(panel(page, 'Map').locator('.panel__subtitle')).toContainText(
    '30 Sept 2015 – 31 Dec 2016',
  );

  await page.goForward();
  await expect(to).toHaveValue('2019-12-31');
  await page.goForward();
  await expect(from).toHaveValue('2018-09-17');
});

test('presets and Reset set the range', async ({ page }) => {
  await page.goto('./');
  const sochi = page.getByRole('button', { name: 'Since Sochi memorandum' });
  await sochi.click();
  await expect(page).toHaveURL(/from=2018-09-17/);
  await expect(sochi).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2018-09-17');

  await page.getByRole('button', { name: 'Last 12 months of data' }).click();
  await expect(page.getByRole('button', { name: 'Last 12 months of data' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(sochi).toHaveAttribute('aria-pressed', 'false');

  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2011-03-15');
  await expect(page).not.toHaveURL(/from=/);
  await expect(page.getByRole('button', { name: 'Whole conflict' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('a bad "from" in the link falls back with a notice instead of crashing', async ({ page }) => {
  await page.goto('./?from=2019-13-45&to=2020-01-01');
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'Part of this link could not be used' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('2019-13-45');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2011-03-15');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2020-01-01');
  // The start falls back to the default (the first dated record), which a link leaves out.
  await expect(page).toHaveURL(/\?to=2020-01-01$/);
  for (const name of PANEL_NAMES) await expect(panel(page, name)).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a reversed range in the link falls back to the default with a notice', async ({ page }) => {
  await page.goto('./?from=2022-01-01&to=2020-01-01');
  await expect(page.getByText(/before it starts/)).toBeVisible();
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2011-03-15');
  await expect(page).not.toHaveURL(/from=/);
});

test('no request leaves the origin and the CSP is respected', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  const violations = await recordCspViolations(page);
  await page.goto('./');
  await expect(page.getByTestId('map-summary')).toBeVisible();
  await page.getByRole('button', { name: 'Since Sochi memorandum' }).click();
  await page.getByLabel('Colour theme').selectOption('dark');
  await expect(page.getByTestId('tracker-summary')).toBeVisible();
  // Exporting reads the bundled font: that too must come from the origin.
  await panel(page, 'Peace process tracker').getByRole('button', { name: 'Download SVG' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(5);
  const outside = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url),
  );
  expect(outside).toEqual([]);
  expect(violations).toEqual([]);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});

test('the theme follows the toggle and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  const body = page.locator('body');
  const lightBackground = await body.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.getByLabel('Colour theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(() => body.evaluate((el) => getComputedStyle(el).backgroundColor))
    .not.toBe(lightBackground);
  const darkBackground = await body.evaluate((el) => getComputedStyle(el).backgroundColor);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Colour theme')).toHaveValue('dark');

  // "System" follows the operating system's setting.
  await page.getByLabel('Colour theme').selectOption('system');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect
    .poll(() => body.evaluate((el) => getComputedStyle(el).backgroundColor))
    .toBe(lightBackground);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect
    .poll(() => body.evaluate((el) => getComputedStyle(el).backgroundColor))
    .toBe(darkBackground);
});

test('the bundled fonts are served from the app', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('actors-summary')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.fonts.check('16px "Inter Variable"')))
    .toBe(true);
});

test('a range with no data says so in every panel', async ({ page }) => {
  // Before the war: nothing in the dataset may fall in this range (checked here, not assumed).
  const range = { from: '2005-01-01', to: '2010-12-31' };
  const events = readDataset<{ events: { date: string; endDate?: string }[] }>(
    'events.json',
  ).events;
  const statistics = readDataset<{ series: { points: { start?: string; date: string }[] }[] }>(
    'statistics.json',
  );
  expect(meetings.filter((m) => m.start <= range.to && m.end >= range.from)).toEqual([]);
  expect(events.filter((e) => e.date <= range.to && (e.endDate ?? e.date) >= range.from)).toEqual(
    [],
  );
  const points = statistics.series.flatMap((s) => s.points);
  expect(points.filter((p) => (p.start ?? p.date) <= range.to && p.date >= range.from)).toEqual([]);

  await page.goto(`./?from=${range.from}&to=${range.to}`);
  await expect(panel(page, 'Peace process tracker')).toContainText(
    'No rounds, agreements or resolutions between 1 Jan 2005 and 31 Dec 2010.',
  );
  await expect(page.getByTestId('actors-summary')).toContainText(', 0 active in range');
  await expect(panel(page, 'Map')).toContainText(
    'No event or meeting between 1 Jan 2005 and 31 Dec 2010',
  );
  // Every chart of the panel says so.
  const statisticsPanel = panel(page, 'Casualties and displacement');
  // The charts are drawn after the first panels: count them once every panel has this range.
  await waitForRange(page, range.from, range.to);
  const charts = await statisticsPanel.locator('section.chart').count();
  expect(charts).toBeGreaterThanOrEqual(4);
  await expect(
    statisticsPanel.getByText('No figure of this kind between 1 Jan 2005 and 31 Dec 2010.'),
  ).toHaveCount(charts);
});
