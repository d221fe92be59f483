import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { formatNumber } from '../src/lib/format';
import { addDays, addMonths } from '../src/lib/dates';
import { classBreaks, classOf, governorateSlug } from '../src/features/map/governorates';
import { syrianGovernorates } from '../src/data/schemas/places';
import { generateEventFile, type FileEvent } from '../scripts/own-event-files';
import { panel, waitForRange } from './helpers';

// The analyst's own events beyond the map and the monthly chart (issue 20): the actors panel
// lists the file's actors, matched to the dashboard's; the before/after comparison and the
// governorate view count them; a link says which file a view was made with. Every expected
// figure is counted here from the generated file, not read from the page.

const expect = baseExpect.configure({ timeout: 20_000 });

async function load(page: Page, name: string, text: string) {
  await page
    .getByTestId('own-events-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await expect(page.getByTestId('own-import')).toHaveAttribute('data-phase', 'done');
  await page.keyboard.press('Escape');
}

const inRange = (e: FileEvent, from: string, to: string) => e.date >= from && e.date <= to;

/** Events and deaths per actor name as the file gives it; an event counts once per actor. */
function actorCounts(events: readonly FileEvent[]) {
  const counts = new Map<string, { events: number; deaths: number }>();
  for (const e of events) {
    for (const name of new Set([e.actor1, e.actor2])) {
      const c = counts.get(name) ?? { events: 0, deaths: 0 };
      c.events += 1;
      c.deaths += e.deaths;
      counts.set(name, c);
    }
  }
  return counts;
}

const meetings = (
  JSON.parse(readFileSync('public/data/meetings.json', 'utf8')) as {
    meetings: { id: string; start: string; end: string }[];
  }
).meetings;

test('the actors panel lists the file’s actors in the range, matched to the dashboard’s where they match', async ({
  page,
}) => {
  // UCDP names its sides "Government of Syria", "IS", "SDF", "Syrian insurgents", "Civilians".
  const file = generateEventFile({ layout: 'ucdp', rows: 500, seed: 31 });
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await load(page, 'ged-actors.csv', file.text);

  const table = panel(page, 'Actors').getByTestId('file-actors-table');
  const check = async (from: string, to: string) => {
    const expected = actorCounts(file.events.filter((e) => inRange(e, from, to)));
    await expect(table.locator('tbody tr')).toHaveCount(expected.size);
    for (const [name, c] of expected) {
      const row = table.locator(`tr[data-file-actor="${name}"]`);
      await expect(row.locator('td').nth(0)).toHaveText(formatNumber(c.events));
      await expect(row.locator('td').nth(1)).toHaveText(formatNumber(c.deaths));
    }
  };
  await check('2016-01-01', '2019-12-31');
  const matchedAs = async (name: string) =>
    (await table.locator(`tr[data-file-actor="${name}"] td`).nth(2).textContent())?.trim();
  expect(await matchedAs('Government of Syria')).toBe(
    'Government of the Syrian Arab Republic (Assad government)',
  );
  expect(await matchedAs('IS')).toBe('Islamic State (ISIL)');
  expect(await matchedAs('SDF')).toBe('Syrian Democratic Forces');
  expect(await matchedAs('Syrian insurgents')).toBe('not matched');
  expect(await matchedAs('Civilians')).toBe('not matched');

  // The range drives the counts.
  await page.getByLabel('From', { exact: true }).fill('2018-07-01');
  await waitForRange(page, '2018-07-01', '2019-12-31');
  await check('2018-07-01', '2019-12-31');

  // A matched name selects the dashboard's actor.
  await table.getByRole('button', { name: 'Islamic State (ISIL)' }).click();
  await expect(page).toHaveURL(/[?&]actor=isil(&|$)/);
  await expect(
    panel(page, 'Actors').getByRole('heading', { name: 'Islamic State (ISIL)' }),
  ).toBeVisible();
});

test('the before/after comparison counts your events and deaths in its two windows', async ({
  page,
}) => {
  const file = generateEventFile({ layout: 'ucdp', rows: 800, seed: 32 });
  const round = meetings.find((m) => m.id === 'astana-round-4')!;
  await page.goto('./?from=2016-01-01&to=2019-12-31&compare=astana-round-4&window=6');
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await load(page, 'ged-compare.csv', file.text);

  // Six months before the round's first day, and six after its last, the round's days left out.
  const before = file.events.filter((e) =>
    inRange(e, addMonths(round.start, -6), addDays(round.start, -1)),
  );
  const after = file.events.filter((e) =>
    inRange(e, addDays(round.end, 1), addMonths(round.end, 6)),
  );
  expect(before.length).toBeGreaterThan(0);
  expect(after.length).toBeGreaterThan(0);
  const table = page.getByTestId('before-after-table');
  const row = (id: string) => table.locator(`tr[data-own-row="${id}"]`);
  const cells = async (id: string) =>
    (await row(id).locator('td').allTextContents()).map((t) => t.trim());
  await expect(row('events')).toHaveCount(1);
  const sum = (events: FileEvent[]) => events.reduce((s, e) => s + e.deaths, 0);
  const signed = (n: number) => `${n > 0 ? '+' : ''}${formatNumber(n)}`;
  expect((await cells('events')).slice(0, 2)).toEqual([
    formatNumber(before.length),
    formatNumber(after.length),
  ]);
  expect((await cells('events'))[2]).toMatch(
    new RegExp(`^\\${signed(after.length - before.length)}`),
  );
  expect((await cells('deaths')).slice(0, 2)).toEqual([
    formatNumber(sum(before)),
    formatNumber(sum(after)),
  ]);
  for (const type of ['State-based conflict', 'Non-state conflict', 'One-sided violence']) {
    expect((await cells(`type:${type}`)).slice(0, 2)).toEqual([
      formatNumber(before.filter((e) => e.type === type).length),
      formatNumber(after.filter((e) => e.type === type).length),
    ]);
  }
});

test('the governorate view counts your events by where they lie, and can be shaded by them', async ({
  page,
}) => {
  const file = generateEventFile({ layout: 'ucdp', rows: 700, seed: 33, outsideEvery: 25 });
  const [from, to] = ['2017-01-01', '2018-12-31'];
  await page.goto(`./?from=${from}&to=${to}&mapmode=governorates`);
  await waitForRange(page, from, to);
  await load(page, 'ged-governorates.csv', file.text);

  const shown = file.events.filter((e) => inRange(e, from, to));
  const byGovernorate = new Map<string, { count: number; deaths: number }>(
    syrianGovernorates.map((g) => [g, { count: 0, deaths: 0 }]),
  );
  for (const e of shown) {
    if (e.governorate === null) continue;
    const c = byGovernorate.get(e.governorate)!;
    c.count += 1;
    c.deaths += e.deaths;
  }
  const map = panel(page, 'Map');
  const table = map.getByTestId('governorate-table');
  for (const [name, c] of byGovernorate) {
    const row = table.locator(`tr[data-governorate="${name}"]`);
    await expect(row.getByTestId('governorate-own-count')).toHaveText(formatNumber(c.count));
    await expect(row.getByTestId('governorate-own-deaths')).toHaveText(
      c.count === 0 ? '–' : formatNumber(c.deaths),
    );
  }
  const outside = shown.filter((e) => e.governorate === null).length;
  expect(outside).toBeGreaterThan(0);
  await expect(table.locator('caption')).toContainText(
    `your events by where their coordinates lie (${formatNumber(shown.length - outside)} in Syria; ${formatNumber(outside)} outside it)`,
  );

  // Shaded by your events: each governorate in the class its count of your events puts it in.
  await map.getByTestId('governorate-shading').getByLabel('Your events').check();
  await expect(page).toHaveURL(/[?&]govby=own(&|$)/);
  const breaks = classBreaks([...byGovernorate.values()].map((c) => c.count));
  for (const [name, c] of byGovernorate) {
    await expect(map.locator(`path.map-gov-${governorateSlug(name)}`)).toHaveClass(
      new RegExp(`\\bmap-gov--c${classOf(c.count, breaks)}\\b`),
    );
  }
  await expect(map.getByTestId('governorate-class').last()).toContainText('of your events');
});

test('a link says which file of events a view was made with; opened where it is not loaded, a notice says so', async ({
  page,
  browser,
}) => {
  const file = generateEventFile({ layout: 'acled', rows: 80, seed: 34 });
  await page.goto('./?from=2016-01-01&to=2019-12-31');
  await waitForRange(page, '2016-01-01', '2019-12-31');
  await load(page, 'linked.csv', file.text);
  const sha = createHash('sha256').update(file.text).digest('hex').slice(0, 12);
  await expect(page).toHaveURL(new RegExp(`[?&]file=linked\\.csv&filesha=${sha}(&|$)`));

  // Reloaded where the file is kept: the layer, no notice, the link unchanged.
  await page.reload();
  await expect(page.getByTestId('own-layer')).toContainText('file linked.csv');
  await expect(page).toHaveURL(new RegExp(`[?&]filesha=${sha}(&|$)`));
  await expect(page.getByTestId('own-file-notice')).toHaveCount(0);

  // Hidden, the view no longer shows it, and the link stops saying so.
  await page.getByTestId('own-layer').getByRole('button', { name: 'Hide' }).click();
  await expect(page).not.toHaveURL(/[?&]file=/);
  await page.getByTestId('own-layer').getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/[?&]file=linked\.csv/);

  // The same link in another browser profile (nothing kept): the view, and a notice.
  const link = page.url();
  const other = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const fresh = await other.newPage();
  await fresh.goto(link);
  await waitForRange(fresh, '2016-01-01', '2019-12-31');
  const notice = fresh.getByTestId('own-file-notice');
  await expect(notice).toContainText('This view was made with your own events loaded');
  await expect(notice).toContainText(
    `It showed the events of the file linked.csv (SHA-256 beginning ${sha}), which is not loaded in this browser.`,
  );
  await expect(fresh.getByText('Part of this link could not be used')).toHaveCount(0);
  await expect(fresh).not.toHaveURL(/[?&]file=/);
  await expect(fresh.getByTestId('own-layer')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await other.close();
});
