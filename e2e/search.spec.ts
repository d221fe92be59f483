import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { panel, readDataset } from './helpers';

/**
 * The header search, against the bundled dataset: the records a query must (and must not) find
 * are picked from the data files by id and name, and choosing a result is checked by what the
 * other panels do (the pill and the URL, the open round, the map's projection).
 */

interface Named {
  id: string;
  name: string;
  nameAr: string;
  aliases: string[];
}
interface PlaceRecord extends Named {
  lat: number;
  lon: number;
}
interface MeetingRecord {
  id: string;
  title: string;
  titleAr: string;
}
interface EventRecord {
  id: string;
  title: string;
  placeId: string;
}
const actors = readDataset<{ actors: Named[] }>('actors.json').actors;
const places = readDataset<{ places: PlaceRecord[] }>('places.json').places;
const meetings = readDataset<{ meetings: MeetingRecord[] }>('meetings.json').meetings;
const events = readDataset<{ events: EventRecord[] }>('events.json').events;
const actor = (id: string) => actors.find((a) => a.id === id)!;
const place = (id: string) => places.find((p) => p.id === id)!;

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search everything' });
const results = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
/** The ids of the options listed under one kind's heading. */
const idsOf = (page: Page, kind: string) =>
  results(page)
    .locator(`[role="group"][data-kind="${kind}"] [role="option"]`)
    .evaluateAll((options) => options.map((o) => o.getAttribute('data-id')));

async function search(page: Page, query: string) {
  await expect(searchBox(page)).toHaveAttribute('placeholder', /Actor, place/);
  await searchBox(page).fill(query);
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
});

test('finds an actor by a former name, and never inside a word', async ({ page }) => {
  const hts = actor('hayat-tahrir-al-sham');
  const nusra = actor('jabhat-al-nusra');
  const ohchr = actor('ohchr');
  // What the test stands on: HTS is an alias of Hay'at Tahrir al-Sham, Jabhat al-Nusra one of
  // its former names, and "Rights" (with "hts" inside) is in the OHCHR's name.
  expect(hts.aliases).toContain('HTS');
  expect(hts.aliases).toContain('Jabhat al-Nusra');
  expect(ohchr.name).toMatch(/Rights/);

  await search(page, 'Nusra');
  expect(await idsOf(page, 'actor')).toEqual(expect.arrayContaining([hts.id, nusra.id]));
  await expect(
    results(page)
      .locator('[role="group"][data-kind="actor"]')
      .getByRole('option', { name: new RegExp(nusra.name) }),
  ).toBeVisible();

  await search(page, 'HTS');
  const found = await idsOf(page, 'actor');
  expect(found[0]).toBe(hts.id);
  expect(found).not.toContain(ohchr.id);
});

test('finds actors and places by their Arabic names, with letter variants folded', async ({
  page,
}) => {
  for (const [query, kind, id] of [
    ['روسيا', 'actor', 'russia'],
    ['تركيا', 'actor', 'turkey'],
    ['إدلب', 'place', 'idlib'],
    ['ادلب', 'place', 'idlib'],
  ] as const) {
    const record = kind === 'actor' ? actor(id) : place(id);
    expect(record.nameAr.replace(/[إأ]/g, 'ا')).toContain(query.replace(/[إأ]/g, 'ا'));
    await search(page, query);
    expect(await idsOf(page, kind), query).toContain(id);
    await expect(
      results(page).locator(`[data-id="${id}"]`),
      `${query} shows ${record.name}`,
    ).toContainText(record.name);
  }
});

test('finds a meeting by its round name, and Idlib as a place, meetings and events', async ({
  page,
}) => {
  const genevaIv = meetings.find((m) => /Geneva IV\b/.test(m.title))!;
  await search(page, 'Geneva IV');
  expect(await idsOf(page, 'meeting')).toEqual([genevaIv.id]);

  // Idlib is a word of these records' names (Latin script; the Arabic names add no others).
  const word = /(^|[^\p{L}])idlib/iu;
  const idlibPlaces = places.filter((p) => [p.name, ...p.aliases].some((n) => word.test(n)));
  const idlibMeetings = meetings.filter((m) => word.test(m.title));
  const idlibEvents = events.filter((e) => word.test(e.title));
  expect(idlibPlaces.map((p) => p.id)).toContain('idlib');
  await search(page, 'Idlib');
  // Each group heading counts every match of its kind, and lists the best few.
  const heading = (kind: string) =>
    results(page).locator(`[data-kind="${kind}"] [role="presentation"]`);
  await expect(heading('place')).toContainText(`Places (${idlibPlaces.length}`);
  await expect(heading('meeting')).toContainText(`Meetings (${idlibMeetings.length}`);
  await expect(heading('event')).toContainText(`Events (${idlibEvents.length}`);
  expect(await idsOf(page, 'place')).toEqual(expect.arrayContaining(['idlib']));
});

test('choosing an actor selects it everywhere', async ({ page }) => {
  const russia = actor('russia');
  await search(page, 'روسيا');
  // The first result is active: Enter chooses it.
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /russia$/);
  await searchBox(page).press('Enter');
  await expect(page).toHaveURL(/[?&]actor=russia\b/);
  await expect(page.getByTestId('actor-pill')).toContainText(russia.name);
  await expect(searchBox(page)).toHaveValue('');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
});

test('arrow keys move through the results and Escape closes them', async ({ page }) => {
  await search(page, 'Idlib');
  const options = results(page).getByRole('option');
  const ids = await options.evaluateAll((o) => o.map((e) => e.id));
  await searchBox(page).press('ArrowDown');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', ids[1]!);
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await searchBox(page).press('ArrowUp');
  await searchBox(page).press('ArrowUp');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', ids.at(-1)!);
  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(results(page)).toBeHidden();
  await searchBox(page).press('Escape');
  await expect(searchBox(page)).toHaveValue('');
});

test('choosing a meeting opens its round', async ({ page }) => {
  const genevaIv = meetings.find((m) => /Geneva IV\b/.test(m.title))!;
  await search(page, 'Geneva IV');
  await results(page).locator(`[data-id="${genevaIv.id}"]`).click();
  await expect(page).toHaveURL(new RegExp(`[?&]round=${genevaIv.id}\\b`));
  await expect(page.getByTestId('round-card')).toContainText(genevaIv.title);
});

/** Where the running map projects a point, relative to the centre of the map (CSS px). */
function offsetFromMapCentre(page: Page, lat: number, lon: number) {
  return panel(page, 'Map')
    .locator('.map__canvas')
    .evaluate(
      (container, [lat, lon]) => {
        const map = (
          container as HTMLElement & {
            leafletMap?: { latLngToContainerPoint(c: [number, number]): { x: number; y: number } };
          }
        ).leafletMap!;
        const p = map.latLngToContainerPoint([lat!, lon!]);
        return { dx: p.x - container.clientWidth / 2, dy: p.y - container.clientHeight / 2 };
      },
      [lat, lon],
    );
}

test('choosing a place centres the map on it', async ({ page }) => {
  const idlib = place('idlib');
  await expect(panel(page, 'Map').locator('.map__canvas')).toBeVisible({ timeout: 60_000 });
  const before = await offsetFromMapCentre(page, idlib.lat, idlib.lon);
  // Idlib is not already in the centre, so the test sees the map move.
  expect(Math.hypot(before.dx, before.dy)).toBeGreaterThan(20);
  await search(page, 'إدلب');
  await results(page).locator('[data-kind="place"] [data-id="idlib"]').click();
  await expect
    .poll(async () => {
      const { dx, dy } = await offsetFromMapCentre(page, idlib.lat, idlib.lon);
      return Math.hypot(dx, dy);
    })
    .toBeLessThanOrEqual(1);
});

test('choosing an event opens it on the map, at its place', async ({ page }) => {
  // An event whose title no other record shares.
  const event = events.find(
    (e) => events.filter((o) => o.title === e.title).length === 1 && place(e.placeId),
  )!;
  const at = place(event.placeId);
  await expect(panel(page, 'Map').locator('.map__canvas')).toBeVisible({ timeout: 60_000 });
  await search(page, event.title);
  await results(page).locator(`[data-kind="event"] [data-id="${event.id}"]`).click();
  const popup = panel(page, 'Map').getByTestId('event-popup');
  await expect(popup).toContainText(event.title);
  await expect(popup).toContainText(at.name);
  // The popup's tip points at the event's place as the map projects it.
  const tip = panel(page, 'Map').locator('.leaflet-popup-tip');
  await expect
    .poll(async () => {
      const box = (await tip.boundingBox())!;
      const point = await panel(page, 'Map')
        .locator('.map__canvas')
        .evaluate(
          (container, [lat, lon]) => {
            const map = (
              container as HTMLElement & {
                leafletMap?: {
                  latLngToContainerPoint(c: [number, number]): { x: number; y: number };
                };
              }
            ).leafletMap!;
            const p = map.latLngToContainerPoint([lat!, lon!]);
            const r = container.getBoundingClientRect();
            return { x: r.left + container.clientLeft + p.x, y: r.top + container.clientTop + p.y };
          },
          [at.lat, at.lon],
        );
      const dx = Math.abs(box.x + box.width / 2 - point.x);
      const dy = box.y + box.height - point.y;
      return dx <= 2 && dy <= 2 && dy > -20;
    })
    .toBe(true);
});

test('axe finds no violation in the open search and its results', async ({ page }) => {
  await search(page, 'Idlib');
  await expect(results(page).getByRole('option').first()).toBeVisible();
  const scan = await new AxeBuilder({ page }).include('.header-search').analyze();
  expect(scan.passes.map((p) => p.id)).toContain('aria-required-children');
  expect(scan.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
