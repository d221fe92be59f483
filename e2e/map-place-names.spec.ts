import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { GOVERNORATE_CAPITALS } from '../src/features/map/map-style';
import {
  canvas,
  expect,
  expectAllInPlace,
  mapPanel,
  moveMap,
  places,
  project,
  settle,
} from './map-marks';

/**
 * Place names on the map: drawn above the event clusters, set clear of the event markers (on
 * screen and in the export) and of the analyst's rings, and towns and border crossings drawn
 * with their names once zoomed in, each where the dataset's coordinates put it.
 */

test.describe.configure({ timeout: 180_000 });

/**
 * Labels under a marker: at the centre of each place or country label in view, the topmost element found
 * by hit-testing must be the label itself, not an event cluster or any other marker. Also counts
 * the label and cluster boxes that overlap, so a test can tell that it checked something.
 */
function labelsUnderMarkers(page: Page): Promise<{ hidden: string[]; overlaps: number }> {
  return canvas(page).evaluate((container) => {
    const view = container.getBoundingClientRect();
    const clusters = [...container.querySelectorAll('.map-cluster, .map-event')].map((c) =>
      c.getBoundingClientRect(),
    );
    const hidden: string[] = [];
    let overlaps = 0;
    for (const label of container.querySelectorAll<HTMLElement>('.map-label, .map-country-label')) {
      const r = label.getBoundingClientRect();
      const x = (r.left + r.right) / 2;
      const y = (r.top + r.bottom) / 2;
      if (x < view.left || x > view.right || y < view.top || y > view.bottom) continue;
      overlaps += clusters.filter(
        (c) => c.left < r.right && c.right > r.left && c.top < r.bottom && c.bottom > r.top,
      ).length;
      // Labels let the pointer through to the map below; for this hit test only, they take it.
      label.style.pointerEvents = 'auto';
      const hit = document.elementFromPoint(x, y);
      label.style.pointerEvents = '';
      const marker = hit?.closest('.leaflet-marker-icon');
      if (hit && !label.contains(hit) && marker)
        hidden.push(`${label.textContent} under "${marker.getAttribute('title')}"`);
    }
    return { hidden, overlaps };
  });
}

/**
 * The place names in view drawn on one of the marks `selector` finds, as "name on <title>" (a
 * disc's box less a pixel: a name may graze its corner).
 */
function namesOnMarks(page: Page, selector: string): Promise<string[]> {
  return canvas(page).evaluate((container, selector) => {
    const view = container.getBoundingClientRect();
    const marks = [...container.querySelectorAll(selector)].map((m) => ({
      box: m.getBoundingClientRect(),
      title: m.getAttribute('title'),
    }));
    return [...container.querySelectorAll('.map-label')].flatMap((label) => {
      const r = label.getBoundingClientRect();
      if (r.right < view.left || r.left > view.right || r.bottom < view.top || r.top > view.bottom)
        return [];
      return marks
        .filter(
          ({ box: c }) =>
            c.left + 1 < r.right &&
            c.right - 1 > r.left &&
            c.top + 1 < r.bottom &&
            c.bottom - 1 > r.top,
        )
        .map(({ title }) => `${label.textContent} on "${title}"`);
    });
  }, selector);
}

test('place labels are drawn above event clusters, at the country view and zoomed in', async ({
  page,
}) => {
  let overlaps = 0;
  const towns = places.filter((p) => p.kind === 'town' && p.country === 'SY');
  const views = [
    './?from=2011-03-15&to=2025-12-31',
    './?from=2011-03-15&to=2025-12-31&zoom=7',
    ...towns
      .slice(0, 2)
      .map((t) => `./?from=2011-03-15&to=2025-12-31&lat=${t.lat}&lng=${t.lon}&zoom=8`),
  ];
  for (const view of views) {
    await page.goto(view);
    await expect(mapPanel(page).locator('.map-cluster').first()).toBeVisible();
    await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
    await settle(page);
    const found = await labelsUnderMarkers(page);
    expect(found.hidden, view).toEqual([]);
    overlaps += found.overlaps;
  }
  // The views do put clusters over labels: the check above was not vacuous.
  expect(overlaps).toBeGreaterThan(0);
});

test('place names are set clear of the event markers, on screen and in the export', async ({
  page,
}) => {
  // Views where every name has a clear place within reach. (Over the whole conflict, clusters
  // crowd the north-west so that some names have none, at the country view and zoomed in on
  // Idlib; they are drawn above the clusters, with a halo: the test above.)
  const views = [
    './?from=2017-01-01&to=2019-12-31',
    './?from=2018-09-01&to=2018-12-31',
    // Zoomed in on Aleppo in 2016: towns and crossings among the clusters.
    './?from=2016-01-01&to=2016-12-31&lat=36.2&lng=37.15&zoom=8',
  ];
  for (const view of views) {
    await page.goto(view);
    await expect(mapPanel(page).locator('.map-cluster').first()).toBeVisible();
    await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
    await settle(page);
    const covered = await namesOnMarks(page, '.map-cluster, .map-event');
    expect(covered, view).toEqual([]);
  }

  // The export draws the names where the screen placed them: none on a cluster's disc.
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  await expect(mapPanel(page).locator('.map-cluster').first()).toBeVisible();
  await settle(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mapPanel(page).getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const found = await page.evaluate((svg) => {
    const holder = document.createElement('div');
    holder.innerHTML = svg;
    document.body.append(holder);
    const drawing = holder.querySelector('svg svg')!;
    const discs = [...drawing.querySelectorAll('circle')]
      .filter((c) => Number(c.getAttribute('r')) >= 6)
      .map((c) => ({
        x: Number(c.getAttribute('cx')),
        y: Number(c.getAttribute('cy')),
        r: Number(c.getAttribute('r')),
      }));
    const names = [...drawing.querySelectorAll<SVGTextElement>('text[data-label-side]')];
    const covered = names.flatMap((text) => {
      const b = text.getBBox();
      return discs
        .filter((d) => {
          const nx = Math.max(b.x, Math.min(d.x, b.x + b.width));
          const ny = Math.max(b.y, Math.min(d.y, b.y + b.height));
          return (nx - d.x) ** 2 + (ny - d.y) ** 2 < (d.r - 1) ** 2;
        })
        .map((d) => `${text.textContent} on the disc at ${d.x},${d.y}`);
    });
    const sides = names.map((n) => n.getAttribute('data-label-side'));
    holder.remove();
    return { covered, names: names.length, discs: discs.length, sides };
  }, svg);
  expect(found.names).toBeGreaterThan(10);
  expect(found.discs).toBeGreaterThan(10);
  // Not every name to the right: the placement moved some, and the export followed.
  expect(new Set(found.sides).size).toBeGreaterThan(1);
  expect(found.covered).toEqual([]);
});

test("place names keep clear of the analyst's rings drawn on their cities", async ({ page }) => {
  // A file of the analyst's with events at each governorate capital of Syria: its rings sit on
  // the capitals' dots, as the dataset's clusters do.
  const capitals = GOVERNORATE_CAPITALS.map((id) => places.find((p) => p.id === id)!);
  expect(capitals.length).toBeGreaterThan(10);
  const rows = capitals.flatMap((p, i) =>
    Array.from(
      { length: 1 + (i % 4) },
      (_, j) =>
        `${i * 10 + j},2018-10-0${1 + j},2018-10-0${1 + j},${p.lat},${p.lon},1,${5 + i},Syria`,
    ),
  );
  const csv = [
    'id,date_start,date_end,latitude,longitude,type_of_violence,best,country',
    ...rows,
  ].join('\n');
  await page.goto('./?from=2018-09-01&to=2018-12-31&layers=capitals');
  await expect(mapPanel(page).locator('.map-label').first()).toBeVisible({ timeout: 60_000 });
  await page
    .getByTestId('own-events-input')
    .setInputFiles({ name: 'capitals.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('own-import')).toHaveAttribute('data-phase', 'done');
  await page.keyboard.press('Escape');
  await expect(canvas(page)).toHaveAttribute('data-own-range', '2018-09-01..2018-12-31');
  await expect(mapPanel(page).locator('.map-own').first()).toBeVisible();
  await settle(page);
  const found = {
    covered: await namesOnMarks(page, '.map-own'),
    rings: await mapPanel(page).locator('.map-own').count(),
    labels: await mapPanel(page).locator('.map-label').count(),
    empty: (await mapPanel(page).locator('.map-label').allTextContents()).filter((n) => !n).length,
  };
  expect(found.rings).toBeGreaterThan(10);
  // One name per capital: a name moved by the rings' arrival is the same label, moved.
  expect(found.labels).toBe(GOVERNORATE_CAPITALS.length);
  expect(found.empty).toBe(0);
  expect(found.covered).toEqual([]);
});

test('towns and border crossings are drawn with their names once zoomed in, and left out at the country view', async ({
  page,
}) => {
  const detailed = places.filter((p) => p.kind === 'town' || p.kind === 'border-crossing');
  const inSyria = detailed.filter((p) => p.country === 'SY');
  expect(inSyria.length).toBeGreaterThan(0);
  const drawnIds = () =>
    canvas(page)
      .locator('[data-place-ids]')
      .evaluateAll((elements) =>
        elements.flatMap((e) => (e.getAttribute('data-place-ids') ?? '').split(' ')),
      );

  await page.goto('./');
  await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
  // At the country view no town dot or crossing is drawn (a town that is a governorate's
  // capital, such as Quneitra, is drawn as a capital).
  await expect(canvas(page).locator('path[data-place-ids]').first()).toBeAttached();
  await expect(canvas(page).locator('.map-place--town, .map-crossing')).toHaveCount(0);

  // Zoomed in on a few of them (every third, from the data's own order): the first from a
  // link, the others by moving the running map, as panning does.
  const visited = inSyria.filter((_, i) => i % 3 === 0);
  for (const town of visited) {
    if (town === visited[0]) {
      await page.goto(`./?lat=${town.lat}&lng=${town.lon}&zoom=8`);
      await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
      await settle(page);
    } else {
      await moveMap(page, () =>
        canvas(page).evaluate(
          (container, [lat, lng]) => {
            (
              container as HTMLElement & {
                leafletMap?: { setView(c: [number, number], z: number, o: object): void };
              }
            ).leafletMap!.setView([lat!, lng!], 8, { animate: false });
          },
          [town.lat, town.lon],
        ),
      );
      await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
    }
    const projected = await project(
      page,
      detailed.map((p) => [p.lat, p.lon] as [number, number]),
    );
    const view = (await canvas(page).boundingBox())!;
    const inView = detailed.filter((_, i) => {
      const p = projected[i]!;
      return (
        p.x > view.x && p.x < view.x + view.width && p.y > view.y && p.y < view.y + view.height
      );
    });
    expect(inView.map((p) => p.id)).toContain(town.id);
    const ids = new Set(await drawnIds());
    const labels = await mapPanel(page).locator('.map-label').allTextContents();
    for (const place of inView) {
      expect(ids.has(place.id), `${place.name} drawn`).toBe(true);
      expect(labels, `${place.name} labelled`).toContain(place.name);
    }
    await expectAllInPlace(page, `zoomed to ${town.name}`);
  }
});
