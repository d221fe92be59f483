import { expect, test, type Locator, type Page } from '@playwright/test';
import { seededRandom } from '../src/lib/random';
import { panel, readDataset, waitForRange } from './helpers';

/**
 * "Drawn equals data" for the map: every marker, zone outline, place label and popup tip is
 * compared with the map's own projection of the coordinates the dataset gives. The projection
 * is read from the running Leaflet map (MapView hangs it on its container as `leafletMap`); the
 * coordinates come from public/data, never from what the page says about its own marks.
 */

interface PlaceRecord {
  id: string;
  name: string;
  lat: number;
  lon: number;
  kind: string;
  area?: { rings: [number, number][][] };
}
interface EventRecord {
  id: string;
  date: string;
  endDate?: string;
  placeId: string;
  title: string;
}
const places = readDataset<{ places: PlaceRecord[] }>('places.json').places;
const events = readDataset<{ events: EventRecord[] }>('events.json').events;
const placeById = new Map(places.map((p) => [p.id, p]));

/** How far (CSS px) a drawn mark may sit from the projection of its coordinates. */
const TOLERANCE = 2;

interface Point {
  x: number;
  y: number;
}
interface LeafletLike {
  latLngToContainerPoint(latLng: [number, number]): Point;
  once(type: string, fn: () => void): void;
}

const mapPanel = (page: Page) => panel(page, 'Map');
const canvas = (page: Page) => mapPanel(page).locator('.map__canvas');

/** The page position (CSS px) at which the running map projects each [lat, lng]. */
function project(page: Page, coordinates: readonly [number, number][]): Promise<Point[]> {
  return canvas(page).evaluate((container, coordinates) => {
    const map = (container as HTMLElement & { leafletMap?: LeafletLike }).leafletMap;
    if (!map) throw new Error('the map does not expose its projection');
    const box = container.getBoundingClientRect();
    // latLngToContainerPoint counts from the padding box; the border is outside it.
    return coordinates.map((c) => {
      const p = map.latLngToContainerPoint(c);
      return { x: box.left + container.clientLeft + p.x, y: box.top + container.clientTop + p.y };
    });
  }, coordinates);
}

/** Runs an action that moves the map and waits until the move has ended and React has drawn it. */
async function moveMap(page: Page, action: () => Promise<void>) {
  await canvas(page).evaluate((container) => {
    const map = (container as HTMLElement & { leafletMap?: LeafletLike }).leafletMap!;
    container.dataset.testMoved = 'no';
    map.once('moveend', () => (container.dataset.testMoved = 'yes'));
  });
  await action();
  await expect(canvas(page)).toHaveAttribute('data-test-moved', 'yes');
  await settle(page);
}

/** Two frames: what React renders after a move or a range change is on screen. */
function settle(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

interface DrawnMarker {
  title: string;
  placeIds: string[];
  /** The centre of the box of everything the marker draws (its shape, not only its container). */
  centre: Point;
}

/** Every marker that stands for places, with the box of what it draws. */
function drawnMarkers(page: Page): Promise<DrawnMarker[]> {
  return canvas(page).evaluate((container) =>
    [...container.querySelectorAll<HTMLElement>('.leaflet-marker-icon[data-place-ids]')].map(
      (element) => {
        let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const part of [element, ...element.querySelectorAll('*')]) {
          const r = part.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          left = Math.min(left, r.left);
          top = Math.min(top, r.top);
          right = Math.max(right, r.right);
          bottom = Math.max(bottom, r.bottom);
        }
        return {
          title: element.getAttribute('title') ?? '',
          placeIds: (element.getAttribute('data-place-ids') ?? '').split(' ').filter(Boolean),
          centre: { x: (left + right) / 2, y: (top + bottom) / 2 },
        };
      },
    ),
  );
}

/** The marker's accessible name agrees with the places it claims to stand for. */
function nameMatchesPlaces(marker: DrawnMarker): boolean {
  if (marker.placeIds.length !== 1) {
    return marker.title.includes(`at ${marker.placeIds.length} places`);
  }
  const place = placeById.get(marker.placeIds[0]!);
  if (!place) return false;
  if (marker.title === place.name || marker.title.startsWith(`${place.name}: `)) return true;
  if (marker.title.endsWith(` at ${place.name}`)) return true;
  // A single event: "12 Mar 2019: <title>".
  return events.some((e) => e.placeId === place.id && marker.title.endsWith(`: ${e.title}`));
}

/**
 * Markers drawn further than the tolerance from the projection of their data coordinates. A
 * cluster stands at the mean of its places in the projected plane (what Supercluster computes),
 * which is the mean of their projected points, since the projection to the screen is affine
 * in Web Mercator.
 */
async function misplacedMarkers(page: Page): Promise<string[]> {
  const markers = await drawnMarkers(page);
  expect(markers.length).toBeGreaterThan(0);
  const named = markers.filter(nameMatchesPlaces);
  const wrong = markers
    .filter((m) => !named.includes(m))
    .map((m) => `${m.title}: named unlike its places ${m.placeIds.join(', ')}`);
  // One trip to the page for every coordinate of every marker.
  const coordinates = named.flatMap((m) =>
    m.placeIds.map((id) => [placeById.get(id)!.lat, placeById.get(id)!.lon] as [number, number]),
  );
  const projected = await project(page, coordinates);
  let next = 0;
  for (const marker of named) {
    const own = projected.slice(next, next + marker.placeIds.length);
    next += marker.placeIds.length;
    const expected = {
      x: own.reduce((s, p) => s + p.x, 0) / own.length,
      y: own.reduce((s, p) => s + p.y, 0) / own.length,
    };
    const off = Math.hypot(marker.centre.x - expected.x, marker.centre.y - expected.y);
    if (off > TOLERANCE) wrong.push(`${marker.title}: drawn ${off.toFixed(1)} px from its place`);
  }
  return wrong;
}

const expectMarkersInPlace = (page: Page, when: string) =>
  expect.poll(() => misplacedMarkers(page), { message: when, timeout: 3000 }).toEqual([]);

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t =
    length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Zone outlines against their rings: every vertex drawn inside the view is within the
 * tolerance of a vertex of the data, and every vertex of the data inside the view is within
 * the tolerance of the drawn outline (Leaflet may drop a vertex that lies on the line).
 */
async function misplacedZones(page: Page): Promise<string[]> {
  const drawn = await canvas(page).evaluate((container) => {
    const view = container.getBoundingClientRect();
    return {
      view: { left: view.left, top: view.top, right: view.right, bottom: view.bottom },
      zones: [...container.querySelectorAll<SVGPathElement>('path[aria-label$=": details"]')].map(
        (path) => {
          // Leaflet writes "M x yL x y…z" in the coordinates of its SVG layer, which is moved
          // by a CSS transform: the path's page box against its own box gives that offset.
          const own = path.getBBox();
          const page = path.getBoundingClientRect();
          const rings = (path.getAttribute('d') ?? '')
            .split(/[zZ]/)
            .map((ring) =>
              [...ring.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => ({
                x: Number(m[1]) - own.x + page.left,
                y: Number(m[2]) - own.y + page.top,
              })),
            )
            .filter((ring) => ring.length > 0);
          return { label: path.getAttribute('aria-label') ?? '', rings };
        },
      ),
    };
  });
  const inView = (p: Point) =>
    p.x >= drawn.view.left &&
    p.x <= drawn.view.right &&
    p.y >= drawn.view.top &&
    p.y <= drawn.view.bottom;
  const wrong: string[] = [];
  for (const zone of drawn.zones) {
    const place = places.find((p) => `${p.name}: details` === zone.label);
    if (!place?.area) {
      wrong.push(`${zone.label}: no zone of that name in the data`);
      continue;
    }
    const expected = await project(
      page,
      place.area.rings.flat().map(([lng, lat]) => [lat, lng] as [number, number]),
    );
    const drawnVertices = zone.rings.flat();
    for (const vertex of drawnVertices.filter(inView)) {
      const nearest = Math.min(...expected.map((e) => Math.hypot(e.x - vertex.x, e.y - vertex.y)));
      if (nearest > TOLERANCE)
        wrong.push(`${place.name}: a drawn vertex is ${nearest.toFixed(1)} px from the data`);
    }
    for (const vertex of expected.filter(inView)) {
      let nearest = Infinity;
      for (const ring of zone.rings)
        for (let i = 0; i < ring.length; i += 1)
          nearest = Math.min(
            nearest,
            distanceToSegment(vertex, ring[i]!, ring[(i + 1) % ring.length]!),
          );
      if (nearest > TOLERANCE)
        wrong.push(
          `${place.name}: a vertex of the data is ${nearest.toFixed(1)} px from the outline`,
        );
    }
  }
  return wrong;
}

/**
 * Place labels (names of cities and towns) against their places: each label is centred
 * vertically on its place and starts just right of it.
 */
async function misplacedLabels(page: Page): Promise<string[]> {
  const labels = await mapPanel(page)
    .locator('.map-label')
    .evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.textContent ?? '', left: r.left, top: r.top, bottom: r.bottom };
      }),
    );
  const wrong: string[] = [];
  const known = labels.filter((label) => {
    if (places.some((p) => p.name === label.name)) return true;
    wrong.push(`${label.name}: no place of that name`);
    return false;
  });
  const projected = await project(
    page,
    known.map((label) => {
      const place = places.find((p) => p.name === label.name)!;
      return [place.lat, place.lon] as [number, number];
    }),
  );
  known.forEach((label, i) => {
    const at = projected[i]!;
    const dy = (label.top + label.bottom) / 2 - at.y;
    const dx = label.left - at.x;
    if (Math.abs(dy) > TOLERANCE || dx < 0 || dx > 12)
      wrong.push(
        `${label.name}: label ${dx.toFixed(1)} px right and ${dy.toFixed(1)} px below its place`,
      );
  });
  return wrong;
}

async function expectAllInPlace(page: Page, when: string) {
  await expectMarkersInPlace(page, when);
  await expect.poll(() => misplacedZones(page), { message: when, timeout: 3000 }).toEqual([]);
  await expect.poll(() => misplacedLabels(page), { message: when, timeout: 3000 }).toEqual([]);
}

async function setRange(page: Page, from: string, to: string) {
  await page.getByLabel('From', { exact: true }).fill(from);
  await page.getByLabel('To', { exact: true }).fill(to);
  await waitForRange(page, from, to);
  await settle(page);
}

// Each test walks the map through many views on a machine shared with other suites.
test.describe.configure({ timeout: 120_000 });

const zoomButton = (page: Page, name: 'Zoom in' | 'Zoom out'): Locator =>
  mapPanel(page).getByRole('button', { name, exact: true });

test('on the issue’s range every marker, zone and label is where its coordinates put it, through zoom, pan, a range change and "Show all talks venues"', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  await expect(mapPanel(page).locator('.map-venue').first()).toBeVisible();
  // The range has zones and labels to check, not only markers.
  await expect(mapPanel(page).locator('path[aria-label$=": details"]').first()).toBeAttached();
  await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
  await expectAllInPlace(page, 'as loaded');

  await moveMap(page, () => zoomButton(page, 'Zoom in').click());
  await expectAllInPlace(page, 'zoomed in');
  await moveMap(page, () => zoomButton(page, 'Zoom out').click());
  await moveMap(page, () => zoomButton(page, 'Zoom out').click());
  await expectAllInPlace(page, 'zoomed out');

  await canvas(page).focus();
  await moveMap(page, () => page.keyboard.press('ArrowLeft'));
  await moveMap(page, () => page.keyboard.press('ArrowUp'));
  await expectAllInPlace(page, 'panned');

  await setRange(page, '2019-01-01', '2020-06-30');
  await expectAllInPlace(page, 'after a range change');

  await moveMap(page, () =>
    mapPanel(page).getByRole('button', { name: 'Show all talks venues' }).click(),
  );
  await expectAllInPlace(page, 'after "Show all talks venues"');
});

test('on seeded random ranges every marker is where its coordinates put it', async ({ page }) => {
  const random = seededRandom(16);
  const first = Date.UTC(2012, 0, 1);
  const last = Date.UTC(2025, 11, 31);
  const day = 86_400_000;
  await page.goto('./');
  await expect(
    mapPanel(page).locator('.leaflet-marker-icon[data-place-ids]').first(),
  ).toBeVisible();
  for (let i = 0; i < 5; i += 1) {
    const start = first + Math.floor(random() * (last - first));
    const length = (30 + Math.floor(random() * 1000)) * day;
    const from = new Date(start).toISOString().slice(0, 10);
    const to = new Date(Math.min(start + length, last)).toISOString().slice(0, 10);
    await setRange(page, from, to);
    if ((await mapPanel(page).locator('.leaflet-marker-icon[data-place-ids]').count()) === 0)
      continue;
    await expectAllInPlace(page, `${from} to ${to}`);
    await moveMap(page, () => zoomButton(page, i % 2 ? 'Zoom out' : 'Zoom in').click());
    await expectAllInPlace(page, `${from} to ${to}, zoomed`);
  }
});

test('an open popup’s tip points at its marker', async ({ page }) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31');
  await waitForRange(page, '2018-09-01', '2018-12-31');
  for (const selector of ['.map-venue', '.map-base']) {
    const marker = mapPanel(page).locator(`${selector}[data-place-ids]`).first();
    // Enter opens the popup wherever the marker is drawn (a click would land on whatever
    // covers its drawn position).
    await marker.focus();
    await page.keyboard.press('Enter');
    const tip = mapPanel(page).locator('.leaflet-popup-tip');
    await expect(tip).toBeVisible();
    const placeId = (await marker.getAttribute('data-place-ids'))!;
    const place = placeById.get(placeId)!;
    await settle(page);
    const [at] = await project(page, [[place.lat, place.lon]]);
    const box = (await tip.boundingBox())!;
    // The tip is a square turned 45° whose lower corner is the point it shows.
    expect(Math.abs(box.x + box.width / 2 - at!.x), `${place.name}: tip x`).toBeLessThanOrEqual(
      TOLERANCE,
    );
    expect(box.y + box.height - at!.y, `${place.name}: tip y`).toBeLessThanOrEqual(TOLERANCE);
    expect(box.y + box.height - at!.y, `${place.name}: tip y`).toBeGreaterThan(-20);
    await page.keyboard.press('Escape');
    await expect(tip).toHaveCount(0);
  }
});
