import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import {
  panel,
  readDataset,
  waitForDefaultRange,
  waitForRange,
  type MeetingRecord,
} from './helpers';
import { chart, stats } from './statistics-charts';

const meetings = readDataset<{ meetings: (MeetingRecord & { round: number | null })[] }>(
  'meetings.json',
).meetings;
const actors = readDataset<{
  actors: { id: string; name: string; kind: string; periods: { alignment: string }[] }[];
}>('actors.json').actors;
const { asOf } = readDataset<{ asOf: string }>('meta.json');
const astana4 = meetings.find((m) => m.track === 'astana' && m.round === 4)!;

const actorsPanel = (page: Page) => panel(page, 'Actors');
const tracker = (page: Page) => panel(page, 'Peace process tracker');
const map = (page: Page) => panel(page, 'Map');
const DEATHS = 'Deaths by source';
/** A first load of every panel, lazily loaded charts and map included, on a busy machine. */
const LOAD = { timeout: 60_000 };
const DISPLACED = 'Displaced inside Syria, and returns since December 2024';

/** Saves what a download button gives, as text. */
async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFileSync((await (file as Download).path())!, 'utf8');
}

const deathsCsv = (page: Page) =>
  download(page, () => chart(page, DEATHS).getByRole('button', { name: 'Download CSV' }).click());

/**
 * The directory's filters: an armed group's alignment (one that never changed, so that it holds
 * in any range), and the start of its name as a search.
 */
const sample = actors.find((a) => a.kind === 'armed-group' && a.periods.length === 1)!;
const query = sample.name.slice(0, 3).toLowerCase();

/** Everything the view shows that the link should bring back, read from controls and panels. */
async function readView(page: Page) {
  const deaths = chart(page, DEATHS);
  const pressed = async (scope: ReturnType<Page['locator']>, name: string) =>
    scope.getByRole('button', { name, exact: true }).getAttribute('aria-pressed');
  await actorsPanel(page).getByRole('button', { name: 'Directory' }).click();
  const directory = actorsPanel(page);
  const view = {
    from: await page.getByLabel('From', { exact: true }).inputValue(),
    to: await page.getByLabel('To', { exact: true }).inputValue(),
    cumulative: await pressed(deaths, 'Cumulative'),
    deathsCsv: await deathsCsv(page),
    marks: await deaths
      .locator('[data-annotation-id]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-annotation-id')).sort()),
    stacked: await pressed(chart(page, 'Registered Syrian refugees by host country'), 'Stacked'),
    displacedTable: await chart(page, DISPLACED)
      .getByTestId('displacement-and-returns-table')
      .innerText(),
    comparedWith: await page
      .getByLabel('Round or agreement (or click a mark on a chart)')
      .inputValue(),
    windowMonths: await page.getByLabel('Window (months)').inputValue(),
    beforeAfter: await page.getByTestId('before-after-table').innerText(),
    search: await directory.getByLabel('Search actors').inputValue(),
    kind: await directory.getByLabel('Kind').inputValue(),
    alignment: await directory.getByLabel('Alignment').inputValue(),
    sort: await directory.getByLabel('Sort').inputValue(),
    actorsShown: await directory
      .getByRole('listbox', { name: 'Actors' })
      .getByRole('option')
      .allInnerTexts(),
    selectedActor: await directory
      .getByRole('listbox', { name: 'Actors' })
      .getByRole('option', { selected: true })
      .getAttribute('data-actor-id'),
    roundCard: await page.getByTestId('round-card').innerText(),
    zonesLayer: await map(page).getByRole('checkbox', { name: 'De-escalation zones' }).isChecked(),
    tiles: await map(page)
      .getByLabel(/Online map tiles/)
      .isChecked(),
    eventsTableOpen: await map(page).locator('details.map__table').getAttribute('open'),
    zoomedIn: await page.evaluate(() => new URL(window.location.href).searchParams.get('zoom')),
  };
  await actorsPanel(page).getByRole('button', { name: 'Relations graph' }).click();
  return view;
}

test('every choice that changes a panel comes back on reload, and Back/Forward step through them', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('./');
  await expect(chart(page, DEATHS).locator('.chart__series').first()).toBeVisible(LOAD);

  // Range, then the statistics panel's choices.
  await page.getByRole('button', { name: 'Since Russian intervention' }).click();
  await expect(page).toHaveURL(/from=2015-09-30/);
  await chart(page, DEATHS).getByRole('button', { name: 'Cumulative' }).click();
  await chart(page, 'Registered Syrian refugees by host country')
    .getByRole('button', { name: 'Stacked' })
    .click();
  await chart(page, DISPLACED).getByRole('button', { name: 'Table', exact: true }).click();
  await stats(page).getByRole('button', { name: 'Geneva talks', exact: true }).click();
  await page.getByLabel('Round or agreement (or click a mark on a chart)').selectOption(astana4.id);
  await page.getByLabel('Window (months)').fill('12');
  await expect(page.getByTestId('before-after-table')).toBeVisible();

  // The actors panel: filters, sort, a selected actor, then the graph tab.
  const directory = actorsPanel(page);
  await directory.getByLabel('Search actors').pressSequentially(query);
  await directory.getByLabel('Kind').selectOption(sample.kind);
  await directory.getByLabel('Alignment').selectOption(sample.periods[0]!.alignment);
  await directory.getByLabel('Sort').selectOption('name');
  await directory.getByRole('listbox', { name: 'Actors' }).getByRole('option').first().click();
  await expect(page).toHaveURL(/actor=/);

  // The tracker's open round; the map's layers, tiles, view and events table.
  await tracker(page).locator(`.timeline__item[data-meeting-id="${astana4.id}"]`).click();
  await expect(page.getByTestId('round-card')).toBeVisible();
  await map(page).getByRole('checkbox', { name: 'De-escalation zones' }).uncheck();
  await map(page)
    .getByLabel(/Online map tiles/)
    .check();
  await map(page).locator('.leaflet-control-zoom-in').click();
  await expect(page).toHaveURL(/zoom=7/);
  await map(page)
    .getByText(/Events on the map as a table/)
    .click();

  const before = await readView(page);
  await expect(page).toHaveURL(/actorsview=graph/);
  expect(before.cumulative).toBe('true');
  expect(before.from).toBe('2015-09-30');
  expect(before.actorsShown.length).toBeGreaterThan(0);
  // The address bar is written after the next paint (url-sync.ts): wait for readView's last
  // choice, the graph tab, to be in it.
  await expect(page).toHaveURL(/[?&]actorsview=graph(&|$)/);
  const url = page.url();
  for (const key of [
    'deaths',
    'refugees',
    'tables',
    'marks',
    'compare',
    'window',
    'actorsview',
    'kind',
    'alignment',
    'q',
    'sort',
    'round',
    'layers',
    'tiles',
    'zoom',
  ])
    expect(new URL(url).searchParams.has(key), key).toBe(true);

  await page.reload();
  await expect(chart(page, DEATHS).locator('.chart__series').first()).toBeVisible(LOAD);
  await expect(page.getByTestId('before-after-table')).toBeVisible();
  await expect(actorsPanel(page).getByRole('button', { name: 'Relations graph' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await readView(page)).toEqual(before);
  await expect(page).toHaveURL(url);

  // Back undoes the last choice (the graph tab, after readView), then the one before it.
  await chart(page, DEATHS).getByRole('button', { name: 'Annual' }).click();
  await expect(page).not.toHaveURL(/deaths=/);
  await page.goBack();
  await expect(chart(page, DEATHS).getByRole('button', { name: 'Cumulative' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await deathsCsv(page)).toBe(before.deathsCsv);
  await page.goForward();
  await expect(chart(page, DEATHS).getByRole('button', { name: 'Annual' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  expect(await deathsCsv(page)).not.toBe(before.deathsCsv);

  // A run of typing is one step back, not one per keystroke.
  await actorsPanel(page).getByRole('button', { name: 'Directory' }).click();
  const search = actorsPanel(page).getByLabel('Search actors');
  await search.press('End');
  await search.pressSequentially('xyz');
  await expect(page).toHaveURL(new RegExp(`q=${query}xyz`));
  await page.goBack();
  await expect(search).toHaveValue(query);
});

/** The permalink an exported SVG prints: its last lines, from the one that starts the address. */
function printedPermalink(svg: string): string {
  const lines = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!.replaceAll('&amp;', '&'),
  );
  const start = lines.findIndex((line) => /^https?:\/\//.test(line));
  expect(start, 'the export prints a permalink').toBeGreaterThan(-1);
  return lines.slice(start).join('');
}

test('an export reopened from its printed permalink exports the same file', async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  await page.goto('./?from=2014-01-01&to=2022-12-31');
  await chart(page, DEATHS).getByRole('button', { name: 'Cumulative' }).click();
  await stats(page).getByRole('button', { name: 'Astana format', exact: true }).click();
  await page.getByLabel('Round or agreement (or click a mark on a chart)').selectOption(astana4.id);
  await tracker(page).locator(`.timeline__item[data-meeting-id="${astana4.id}"]`).click();
  await expect(chart(page, DEATHS).locator('.chart__series').first()).toBeVisible(LOAD);

  const exports = {
    statistics: (p: Page) =>
      download(p, () => chart(p, DEATHS).getByRole('button', { name: 'Download SVG' }).click()),
    tracker: (p: Page) =>
      download(p, () =>
        tracker(p)
          .getByRole('group', { name: /Export Peace process timeline/ })
          .getByRole('button', { name: 'Download SVG' })
          .click(),
      ),
  };
  for (const [name, exportSvg] of Object.entries(exports)) {
    const first = await exportSvg(page);
    const link = printedPermalink(first);
    const fresh = await context.newPage();
    await fresh.goto(link);
    await expect(chart(fresh, DEATHS).locator('.chart__series').first()).toBeVisible(LOAD);
    await expect(tracker(fresh).locator('.timeline__item').first()).toBeVisible(LOAD);
    const second = await exportSvg(fresh);
    // No timestamp is printed; the files must be the same, permalink included.
    if (second !== first) {
      writeFileSync(test.info().outputPath(`${name}-first.svg`), first);
      writeFileSync(test.info().outputPath(`${name}-second.svg`), second);
    }
    expect(second === first, `${name}: the second export is the same file`).toBe(true);
    await fresh.close();
  }
});

test('the default range runs from the first record to the dataset as-of date', async ({ page }) => {
  await page.goto('./');
  const { from } = await waitForDefaultRange(page);
  // The first dated record of the bundled files: an event, a meeting's start or a statistic.
  const dates = [
    ...readDataset<{ events: { date: string }[] }>('events.json').events.map((e) => e.date),
    ...meetings.map((m) => m.start),
    ...readDataset<{ series: { points: { date: string }[] }[] }>('statistics.json').series.flatMap(
      (s) => s.points.map((p) => p.date),
    ),
  ];
  expect(from).toBe(dates.sort()[0]);
  expect(new URL(page.url()).search).toBe('');
  await expect(page.getByRole('button', { name: 'Whole conflict' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Last 12 months of data' }).click();
  await expect(page.getByLabel('To', { exact: true })).toHaveValue(asOf);
  const yearBefore = new Date(`${asOf}T00:00:00Z`);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  yearBefore.setUTCDate(yearBefore.getUTCDate() + 1);
  await expect(page.getByLabel('From', { exact: true })).toHaveValue(
    yearBefore.toISOString().slice(0, 10),
  );

  // Reset is the plain address again, and a link naming only a start ends at the as-of date.
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(page).not.toHaveURL(/from=|to=/);
  await page.goto('./?from=2020-01-01');
  await waitForRange(page, '2020-01-01', asOf);
  await expect(page).toHaveURL(/\?from=2020-01-01$/);
});
