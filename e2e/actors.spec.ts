import { expect, test, type Page } from '@playwright/test';
import { alignmentLabels } from '../src/data/labels';
import type { Alignment } from '../src/data/schemas/actors';
import {
  markupOf,
  markupWhenDrawn,
  panel,
  readDataset,
  serveSyntheticEvents,
  setRange,
  waitForDefaultRange,
  waitForRange,
} from './helpers';

interface ActorRecord {
  id: string;
  name: string;
  nameAr?: string;
  aliases: string[];
}
interface DatedRecord {
  id: string;
  title: string;
  participants?: string[];
  actors?: string[];
  start?: string;
  end?: string;
  date?: string;
}
const actors = readDataset<{ actors: ActorRecord[] }>('actors.json').actors;
const meetings = readDataset<{ meetings: DatedRecord[] }>('meetings.json').meetings;
const events = readDataset<{ events: DatedRecord[] }>('events.json').events;
const hts = actors.find((a) => a.aliases.some((alias) => /nusra/i.test(alias)))!;
const actorsList = (page: Page) => panel(page, 'Actors').getByRole('listbox', { name: 'Actors' });

test('searching a former name finds the actor, and so does its Arabic name', async ({ page }) => {
  expect(hts, 'an actor has an al-Nusra alias').toBeDefined();
  await page.goto('./');
  const search = page.getByLabel('Search actors');
  await search.fill('Nusra');
  await expect(actorsList(page).getByRole('option').first()).toContainText(hts.name);
  await search.fill(hts.nameAr!);
  await expect(actorsList(page).getByRole('option').first()).toContainText(hts.name);
  // A city is not an actor: "Nur-Sultan" finds only actors that carry it in a name or alias
  // (the Astana format, also called the Nur-Sultan format), and a base finds nothing.
  await search.fill('Nur-Sultan');
  const withAlias = actors.filter((a) =>
    [a.name, ...a.aliases].some((n) => n.includes('Nur-Sultan')),
  );
  await expect(actorsList(page).getByRole('option')).toHaveCount(withAlias.length);
  await search.fill('Hmeimim');
  await expect(panel(page, 'Actors').getByText('No actor matches “Hmeimim”.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(search).toHaveValue('');
});

test('selecting an actor opens its card, puts it in the URL and shows a pill that clears it', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByLabel('Search actors').fill('Zakharova');
  await actorsList(page).getByRole('option').first().click();
  const card = page.getByTestId('actor-card');
  await expect(card.getByRole('heading', { level: 3 })).toContainText('Zakharova');
  await expect(page).toHaveURL(/actor=maria-zakharova/);
  const pill = page.getByTestId('actor-pill');
  await expect(pill).toContainText('Zakharova');
  await pill.getByRole('button').click();
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/actor=/);
});

test('the card lists what the actor did in the range, and follows the range', async ({ page }) => {
  const id = 'recep-tayyip-erdogan';
  const involved = [
    ...meetings
      .filter((m) => m.participants?.includes(id))
      .map((m) => ({ title: m.title, date: m.start! })),
    ...events.filter((e) => e.actors?.includes(id)).map((e) => ({ title: e.title, date: e.date! })),
  ].sort((a, b) => a.date.localeCompare(b.date));
  expect(involved.length).toBeGreaterThan(1);
  const first = involved[0]!;
  const last = involved[involved.length - 1]!;
  await page.goto(`./?actor=${id}`);
  const list = page.getByTestId('actor-participation');
  // The list is windowed: it says how many items it has, and scrolling reaches the oldest.
  const toEnd = () =>
    page
      .getByTestId('actor-card')
      .locator('.item-scroll')
      .evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(list.getByText(last.title, { exact: true })).toBeVisible();
  await expect(list.locator('li[aria-setsize]').first()).toHaveAttribute(
    'aria-setsize',
    String(involved.length),
  );

  // Newest first.
  const titles = await list.locator('.item__title').allTextContents();
  expect(titles[0]).toBe(last.title);
  await toEnd();
  await expect(list.getByText(first.title, { exact: true })).toBeVisible();

  // A range that ends before the latest item leaves it out.
  await page.getByLabel('To', { exact: true }).fill(previousDay(last.date));
  await expect(list.getByText(last.title, { exact: true })).toHaveCount(0);
  await toEnd();
  await expect(list.getByText(first.title, { exact: true })).toBeVisible();
});

test("with 10,000 events an actor's card lists hundreds of items as a window onto all of them", async ({
  page,
}) => {
  const synthetic = await serveSyntheticEvents(page, 10_000);
  const id = synthetic.events[0]!.actors[0]!;
  const mine = synthetic.events.filter((e) => e.actors.includes(id));
  const involved =
    mine.length +
    meetings.filter(
      (m) =>
        m.participants?.includes(id) &&
        m.start! <= '2025-12-31' &&
        (m.end ?? m.start!) >= '2011-03-15',
    ).length;
  expect(involved).toBeGreaterThan(50);
  await page.goto(`./?actor=${id}&from=2011-03-15&to=2025-12-31`);
  const list = page.getByTestId('actor-participation');
  await expect(list.locator('li[aria-setsize]').first()).toHaveAttribute(
    'aria-setsize',
    String(involved),
  );
  expect(await list.locator('li[aria-setsize]').count()).toBeLessThan(30);
  const oldest = [...mine].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0]!;
  await page
    .getByTestId('actor-card')
    .locator('.item-scroll')
    .evaluate((element) => (element.scrollTop = element.scrollHeight));
  await expect(list.locator('li[aria-setsize]').last()).toHaveAttribute(
    'aria-posinset',
    String(involved),
  );
  await expect(list.locator('li[aria-setsize]').last()).toContainText(oldest.date.slice(0, 4));
});

test('rows scrolled out of view catch up with a range change, as a fresh load draws them', async ({
  page,
}) => {
  // Rows out of the list's view are drawn in a background render after the ones in view: the
  // moment the list says it has drawn the new range, every row must be drawn as a page opened
  // at that range draws it.
  const rows = '[role="option"]';
  const [from, next] = ['2015-09-30', '2018-09-17'];
  await page.goto(`./?from=${from}`);
  const { to } = await waitForDefaultRange(page);
  const before = await markupOf(actorsList(page), rows);

  // Most rows are out of view: the list scrolls inside its panel.
  const hidden = await actorsList(page).evaluate((list, selector) => {
    const bottom = list.getBoundingClientRect().bottom;
    return [...list.querySelectorAll(selector)].filter(
      (row) => row.getBoundingClientRect().top >= bottom,
    ).length;
  }, rows);
  expect(hidden).toBeGreaterThan(50);

  const drawn = await markupWhenDrawn(actorsList(page), `${next}..${to}`, rows);
  await setRange(page, next, to);
  const after = await drawn();

  const fresh = await page.context().newPage();
  await fresh.goto(`./?from=${next}&to=${to}`);
  await waitForRange(fresh, next, to);
  const expected = await markupOf(actorsList(fresh), rows);
  await fresh.close();
  // The new range re-sorts and recounts the rows far down the list too.
  expect(expected.slice(20)).not.toEqual(before.slice(20));
  expect(after).toEqual(expected);

  // And scrolled into view, the last row is the fresh page's last row.
  await actorsList(page).evaluate((list) => (list.scrollTop = list.scrollHeight));
  await expect(actorsList(page).getByRole('option').last()).toHaveAttribute(
    'data-actor-id',
    /data-actor-id="([^"]+)"/.exec(expected.at(-1)!)![1]!,
  );
});

test('scrolled out of view, the keyboard cursor’s row shows its new actor in the change’s own render', async ({
  page,
}) => {
  // Rows out of view keep what they showed until a background render; the cursor's row must
  // not: aria-activedescendant names it by its actor the moment the list shows the new range.
  const [from, next] = ['2015-09-30', '2018-09-17'];
  await page.goto(`./?from=${from}`);
  const { to } = await waitForDefaultRange(page);
  const list = actorsList(page);
  await list.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown');
  const row = list.locator('[data-cursor]');
  await expect(row).toHaveAttribute('data-row', '40');
  const before = await row.getAttribute('data-actor-id');
  // Scrolled back to the top: the cursor's row is out of the list's view.
  await list.evaluate((element) => (element.scrollTop = 0));
  await expect
    .poll(() =>
      row.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return box.top >= element.closest('[role="listbox"]')!.getBoundingClientRect().bottom;
      }),
    )
    .toBe(true);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));

  // At the DOM change where the panel shows the new range, before any paint: the option the
  // list names as active.
  await page.evaluate(
    ({ range }) => {
      const actors = document.querySelector('.actors')!;
      const w = window as unknown as { __active?: string[] };
      new MutationObserver((_, observer) => {
        if (actors.getAttribute('data-rendered-range') !== range) return;
        observer.disconnect();
        const listbox = actors.querySelector('[role="listbox"]')!;
        const id = listbox.getAttribute('aria-activedescendant') ?? '';
        const option = document.getElementById(id);
        w.__active = [
          String(option?.dataset.row),
          String(option?.hasAttribute('data-cursor')),
          option?.dataset.actorId ?? '',
        ];
      }).observe(actors, { attributes: true, attributeFilter: ['data-rendered-range'] });
    },
    { range: `${next}..${to}` },
  );
  await setRange(page, next, to);
  const active = await page.evaluate(() => (window as unknown as { __active?: string[] }).__active);
  expect(active?.slice(0, 2)).toEqual(['40', 'true']);
  // The range re-sorted the list: another actor is 41st now, and the row says which.
  expect(active?.[2]).not.toBe(before);
  await expect(row).toHaveAttribute('data-actor-id', active![2]!);
});

test('?actor= restores the selection on reload, and an unknown id says so', async ({ page }) => {
  await page.goto('./?actor=iran');
  await expect(page.getByTestId('actor-card')).toContainText('Iran');
  await page.reload();
  await expect(page.getByTestId('actor-card')).toContainText('Iran');
  await expect(actorsList(page).getByRole('option', { selected: true })).toContainText('Iran');

  await page.goto('./?actor=no-such-actor');
  await expect(
    panel(page, 'Actors').getByText('The actor “no-such-actor” is not in the dataset.'),
  ).toBeVisible();
});

test('the list works from the keyboard', async ({ page }) => {
  await page.goto('./');
  const list = actorsList(page);
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const second = await list.getByRole('option').nth(1).locator('.cell-title').textContent();
  await expect(page.getByTestId('actor-card').getByRole('heading', { level: 3 })).toContainText(
    second!,
  );
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const last = await list.getByRole('option').last().locator('.cell-title').textContent();
  await expect(page.getByTestId('actor-card').getByRole('heading', { level: 3 })).toContainText(
    last!,
  );
});

test('the graph draws the active actors and selects one on click', async ({ page }) => {
  await page.goto('./?from=2018-01-01&to=2021-12-31');
  await panel(page, 'Actors').getByRole('button', { name: 'Relations graph' }).click();
  const nodes = panel(page, 'Actors').locator('.graph__node');
  await expect(nodes.first()).toBeVisible();
  const count = await nodes.count();
  expect(count).toBeGreaterThan(10);
  await expect(page.getByTestId('graph-summary')).toContainText(`${count} actors`);

  const node = panel(page, 'Actors').locator('.graph__node[data-actor-id="turkey"]');
  await node.click();
  await expect(page).toHaveURL(/actor=turkey/);
  await expect(node).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('actor-card')).toContainText('Turkey');

  // The text alternative lists the same relations.
  await panel(page, 'Actors').getByText('Relations in this period as a table').click();
  const rows = panel(page, 'Actors').locator('.graph__table tbody tr');
  expect(await rows.count()).toBeGreaterThan(5);

  // Narrowing the range keeps node positions (no re-layout) and drops inactive actors.
  const before = await node.getAttribute('transform');
  await page.getByLabel('From', { exact: true }).fill('2021-01-01');
  await expect(node).toHaveAttribute('transform', before!);
  expect(await nodes.count()).toBeLessThanOrEqual(count);
});

function previousDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** An actor's periods as the data gives them. */
interface PeriodRecord {
  from?: string;
  to?: string;
  alignment: Alignment;
  role: string;
}
const sharaa = readDataset<{ actors: (ActorRecord & { periods: PeriodRecord[] })[] }>(
  'actors.json',
).actors.find((a) => a.id === 'ahmed-al-sharaa')!;
/** The periods that overlap the range, computed here from the data. */
const periodsIn = (from: string, to: string) =>
  sharaa.periods.filter((p) => (p.from ?? '0000') <= to && (p.to ?? '9999') >= from);

for (const [from, to] of [
  ['2020-01-01', '2020-12-31'],
  ['2025-03-01', '2025-08-31'],
] as const) {
  test(`al-Sharaa's alignment and role are those in force in ${from.slice(0, 4)}, in the list, the card and the graph`, async ({
    page,
  }) => {
    const inRange = periodsIn(from, to);
    expect(inRange, 'one period holds through the whole range').toHaveLength(1);
    const period = inRange[0]!;
    await page.goto(`./?from=${from}&to=${to}&actor=${sharaa.id}`);
    const actors = panel(page, 'Actors');
    const row = actorsList(page).locator(`[data-actor-id="${sharaa.id}"]`);
    await expect(row.locator('.badge').first()).toHaveText(alignmentLabels[period.alignment]);
    await expect(actors.getByTestId('actor-role')).toHaveText(period.role);
    // The history lists every period, and marks as in range exactly the one that holds.
    const history = actors.getByTestId('actor-periods').locator('li');
    await expect(history).toHaveCount(sharaa.periods.length);
    const marked = await history.evaluateAll((items) =>
      items.map((li) => li.hasAttribute('data-in-range')),
    );
    expect(marked).toEqual(sharaa.periods.map((p) => p === period));
    await actors.getByRole('button', { name: 'Relations graph' }).click();
    await expect(
      actors.locator(`.graph__node[data-actor-id="${sharaa.id}"] circle[data-alignment]`),
    ).toHaveAttribute('data-alignment', period.alignment);
  });
}

test('a range across the change names both alignments, oldest first', async ({ page }) => {
  const [from, to] = ['2024-11-01', '2025-01-31'];
  const held = periodsIn(from, to).map((p) => alignmentLabels[p.alignment]);
  expect(held.length).toBeGreaterThan(1);
  await page.goto(`./?from=${from}&to=${to}&actor=${sharaa.id}`);
  const row = actorsList(page).locator(`[data-actor-id="${sharaa.id}"]`);
  await expect(row.locator('.badge').first()).toHaveText(held.join(' → '));
  // The alignment filter finds it under either alignment held in the range.
  for (const period of periodsIn(from, to)) {
    await panel(page, 'Actors').getByLabel('Alignment').selectOption(period.alignment);
    await expect(row).toBeVisible();
  }
});
