import { readFileSync } from 'node:fs';
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { eventCategoryLabels } from '../src/data/labels';
import { eventCategories } from '../src/data/schemas/events';
import type { Language } from '../src/i18n/catalogue';
import { translate } from '../src/i18n/t';
import { MAX_DISTANCE } from '../src/features/map/label-placement';
import { GOVERNORATE_CAPITALS } from '../src/features/map/map-style';
import { formatSpan } from '../src/lib/format';
import { seededRandom } from '../src/lib/random';
import { readDataset, setRange, waitForRange } from './helpers';

// These tests walk the map through many views, and the machine running them may be shared:
// waiting longer for the page costs nothing when it is quick.
const expect = baseExpect.configure({ timeout: 15_000 });

/**
 * "Drawn equals data" for the map: every marker, zone outline, place label and popup tip is
 * compared with the map's own projection of the coordinates the dataset gives. The projection
 * is read from the running Leaflet map (MapView hangs it on its container as `leafletMap`); the
 * coordinates come from public/data, never from what the page says about its own marks.
 */

interface PlaceRecord {
  id: string;
  name: string;
  nameAr: string;
  lat: number;
  lon: number;
  kind: string;
  country: string;
  area?: { rings: [number, number][][] };
}
interface EventRecord {
  id: string;
  category: string;
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

// By its area, not its heading: the same in either language.
const mapPanel = (page: Page) => page.locator('section.panel[data-area="map"]');
const nameIn = (place: PlaceRecord, language: Language) =>
  language === 'ar' ? place.nameAr : place.name;
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

/** Waits until an element has stayed where it is for three frames in a row. */
function atRest(locator: Locator) {
  return locator.evaluate(
    (element) =>
      new Promise<void>((resolve) => {
        let last = '';
        let still = 0;
        const check = () => {
          const r = element.getBoundingClientRect();
          const now = `${r.x},${r.y}`;
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 3) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );
}

interface DrawnMarker {
  title: string;
  dot: boolean;
  placeIds: string[];
  /** The centre of the box of everything the marker draws (its shape, not only its container). */
  centre: Point;
}

/** Every marker that stands for places, with the box of what it draws. */
function drawnMarkers(page: Page): Promise<DrawnMarker[]> {
  return canvas(page).evaluate((container) =>
    [
      ...container.querySelectorAll<Element>(
        '.leaflet-marker-icon[data-place-ids], path[data-place-ids]',
      ),
    ].map((element) => {
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
        // A place dot (an SVG circle) has no name of its own: its label is checked apart.
        title: element.getAttribute('title') ?? '',
        dot: element.tagName.toLowerCase() === 'path',
        placeIds: (element.getAttribute('data-place-ids') ?? '').split(' ').filter(Boolean),
        centre: { x: (left + right) / 2, y: (top + bottom) / 2 },
      };
    }),
  );
}

/** The marker's accessible name agrees with the places it claims to stand for. */
function nameMatchesPlaces(marker: DrawnMarker): boolean {
  if (marker.dot) return marker.placeIds.length === 1 && placeById.has(marker.placeIds[0]!);
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
async function misplacedMarkers(page: Page, language: Language = 'en'): Promise<string[]> {
  const markers = await drawnMarkers(page);
  expect(markers.length).toBeGreaterThan(0);
  // Names are checked in English; in Arabic, that the places are the dataset's.
  const named = markers.filter((m) =>
    language === 'en' ? nameMatchesPlaces(m) : m.placeIds.every((id) => placeById.has(id)),
  );
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

const expectMarkersInPlace = (page: Page, when: string, language: Language = 'en') =>
  expect
    .poll(() => misplacedMarkers(page, language), { message: when, timeout: 10_000 })
    .toEqual([]);

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
async function misplacedZones(page: Page, language: Language = 'en'): Promise<string[]> {
  const zoneLabel = (zone: string) => translate(language, 'map.zone.details', { zone });
  const drawn = await canvas(page).evaluate((container, suffix) => {
    const view = container.getBoundingClientRect();
    return {
      view: { left: view.left, top: view.top, right: view.right, bottom: view.bottom },
      zones: [...container.querySelectorAll<SVGPathElement>(`path[aria-label$="${suffix}"]`)].map(
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
            // Leaflet writes "M0 0" for an outline wholly outside the view: nothing drawn.
            .filter((ring) => ring.length > 2);
          return { label: path.getAttribute('aria-label') ?? '', rings };
        },
      ),
    };
  }, zoneLabel(''));
  const inView = (p: Point) =>
    p.x >= drawn.view.left &&
    p.x <= drawn.view.right &&
    p.y >= drawn.view.top &&
    p.y <= drawn.view.bottom;
  const wrong: string[] = [];
  for (const zone of drawn.zones) {
    const place = places.find((p) => zoneLabel(nameIn(p, language)) === zone.label);
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
 * Place labels (names of cities and towns) against their places: each label lies on the side
 * of its place its anchor names (Leaflet's `leaflet-tooltip-right`: the placement chosen to keep
 * it off the clusters), centred on the place across that side, its near edge at most MAX_DISTANCE away.
 */
async function misplacedLabels(page: Page, language: Language = 'en'): Promise<string[]> {
  const labels = await mapPanel(page)
    .locator('.map-label')
    .evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        // The side and the distance are named on the name's anchor, Leaflet's tooltip.
        const anchor = e.closest('.leaflet-tooltip');
        const side =
          /leaflet-tooltip-(right|left|top|bottom)/.exec(anchor?.className ?? '')?.[1] ?? 'none';
        return {
          name: e.textContent ?? '',
          side,
          distance: Number(anchor?.getAttribute('data-label-distance')),
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        };
      }),
    );
  const wrong: string[] = [];
  // Two places may share a name (a town and a governorate capital): a label is in place when
  // it is in place for one of them.
  const candidates = labels.map((label) =>
    places.filter((p) => nameIn(p, language) === label.name),
  );
  const projected = await project(
    page,
    candidates.flat().map((p) => [p.lat, p.lon] as [number, number]),
  );
  let next = 0;
  labels.forEach((label, i) => {
    const own = projected.slice(next, next + candidates[i]!.length);
    next += candidates[i]!.length;
    if (own.length === 0) {
      wrong.push(`${label.name}: no place of that name`);
      return;
    }
    // How far the label's near edge is from its place along its side, and how far its middle
    // is from the place across it.
    const offsets = own.map((at) => {
      const middleX = (label.left + label.right) / 2 - at.x;
      const middleY = (label.top + label.bottom) / 2 - at.y;
      switch (label.side) {
        case 'right':
          return { along: label.left - at.x, across: middleY };
        case 'left':
          return { along: at.x - label.right, across: middleY };
        case 'top':
          return { along: at.y - label.bottom, across: middleX };
        case 'bottom':
          return { along: label.top - at.y, across: middleX };
        default:
          return { along: NaN, across: NaN };
      }
    });
    // Its near edge at the distance its placement gives, never beyond MAX_DISTANCE.
    const fits = offsets.some(
      ({ along, across }) =>
        Math.abs(across) <= TOLERANCE &&
        Math.abs(along - label.distance) <= TOLERANCE &&
        label.distance <= MAX_DISTANCE,
    );
    if (!fits)
      wrong.push(
        `${label.name}: on its ${label.side}, ${offsets.map(({ along, across }) => `${along.toFixed(1)} px away and ${across.toFixed(1)} px off centre`).join(' or ')}`,
      );
  });
  return wrong;
}

async function expectAllInPlace(page: Page, when: string, language: Language = 'en') {
  await expectMarkersInPlace(page, when, language);
  await expect
    .poll(() => misplacedZones(page, language), { message: when, timeout: 10_000 })
    .toEqual([]);
  await expect
    .poll(() => misplacedLabels(page, language), { message: when, timeout: 10_000 })
    .toEqual([]);
}

async function setRangeAndSettle(page: Page, from: string, to: string) {
  await setRange(page, from, to);
  await settle(page);
}

test.describe.configure({ timeout: 180_000 });

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

  await setRangeAndSettle(page, '2019-01-01', '2020-06-30');
  await expectAllInPlace(page, 'after a range change');

  await moveMap(page, () =>
    mapPanel(page).getByRole('button', { name: 'Show all talks venues' }).click(),
  );
  await expectAllInPlace(page, 'after "Show all talks venues"');
});

test('in Arabic, right to left, every marker, zone and label is where its coordinates put it, through zoom, pan and "Show all talks venues"', async ({
  page,
}) => {
  await page.goto('./?from=2018-09-01&to=2018-12-31&lang=ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(mapPanel(page).locator('.map-venue').first()).toBeVisible({ timeout: 60_000 });
  const detailsSuffix = translate('ar', 'map.zone.details', { zone: '' });
  await expect(
    mapPanel(page).locator(`path[aria-label$="${detailsSuffix}"]`).first(),
  ).toBeAttached();
  await expect(mapPanel(page).locator('.map-label').first()).toBeVisible();
  await expectAllInPlace(page, 'as loaded', 'ar');
  const button = (key: 'map.zoomIn' | 'map.zoomOut' | 'map.showAllVenues') =>
    mapPanel(page).getByRole('button', { name: translate('ar', key), exact: true });
  await moveMap(page, () => button('map.zoomIn').click());
  await expectAllInPlace(page, 'zoomed in', 'ar');
  await canvas(page).focus();
  await moveMap(page, () => page.keyboard.press('ArrowLeft'));
  await expectAllInPlace(page, 'panned', 'ar');
  await moveMap(page, () => button('map.showAllVenues').click());
  await expectAllInPlace(page, 'after "Show all talks venues"', 'ar');
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
    await setRangeAndSettle(page, from, to);
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
    // Opening the popup may pan the map to fit it, over several frames: measure once it rests
    // (read mid-pan, the tip and the projection come from different frames).
    await atRest(tip);
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

/** WCAG relative luminance of a computed CSS colour ("rgb(…)", "rgba(…)" or "color(srgb …)"). */
function luminance(css: string): number {
  const numbers = [...css.matchAll(/[\d.]+/g)].map((m) => Number(m[0]));
  const srgb = css.startsWith('color(')
    ? numbers.slice(0, 3)
    : numbers.slice(0, 3).map((n) => n / 255);
  const [r, g, b] = srgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

test('in the dark theme the basemap is dark and every legend swatch stands out from the legend', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Colour theme' }).selectOption('dark');
  await expect
    .poll(() => canvas(page).locator('.leaflet-basemap-pane path').count())
    .toBeGreaterThan(10);
  const colours = await mapPanel(page).evaluate((panel) => {
    const land = [...panel.querySelectorAll('.leaflet-basemap-pane path')].map(
      (p) => getComputedStyle(p).fill,
    );
    const legend = panel.querySelector('[aria-label="Legend"]')!;
    // The legend's background: the first ancestor that paints one.
    let background = 'rgb(255, 255, 255)';
    for (let e: Element | null = legend; e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      if (!/rgba\(.*, 0\)|transparent/.test(colour)) {
        background = colour;
        break;
      }
    }
    const swatches = [...legend.querySelectorAll('li')].map((li) => {
      const swatch = li.querySelector('[aria-hidden="true"]')!;
      const style = getComputedStyle(swatch);
      // An outlined swatch (a zone, a town) is seen by its outline; a filled one by its fill.
      const outlined = parseFloat(style.borderTopWidth) > 0;
      return {
        label: li.textContent ?? '',
        colour: outlined ? style.borderTopColor : style.backgroundColor,
      };
    });
    return {
      land,
      sea: getComputedStyle(panel.querySelector('.map__canvas')!).backgroundColor,
      background,
      swatches,
    };
  });
  expect(colours.land.length).toBeGreaterThan(10);
  for (const fill of new Set(colours.land))
    expect(luminance(fill), `land ${fill}`).toBeLessThan(0.1);
  expect(luminance(colours.sea), `sea ${colours.sea}`).toBeLessThan(0.1);
  expect(colours.swatches.length).toBeGreaterThan(5);
  for (const swatch of colours.swatches)
    expect(
      contrast(swatch.colour, colours.background),
      `${swatch.label}: ${swatch.colour} on ${colours.background}`,
    ).toBeGreaterThanOrEqual(3);
});

test('the exported map draws place and country names above the event markers, as the screen does', async ({
  page,
}) => {
  await page.goto('./?from=2018-01-01&to=2018-12-31');
  await expect(mapPanel(page).locator('.map-cluster').first()).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mapPanel(page).getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const names = [...new Set(places.map((p) => p.name)), 'SYRIA', 'LEBANON', 'IRAQ'];
  const order = await page.evaluate(
    ({ svg, names }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      // The map is the drawing nested in the frame.
      const drawing = doc.querySelector('svg svg')!;
      const all = [...drawing.querySelectorAll('*')];
      const markers = all.flatMap((e, i) =>
        e.tagName === 'circle' && Number(e.getAttribute('r')) >= 6 ? [i] : [],
      );
      const labels = all.flatMap((e, i) =>
        e.tagName === 'text' && names.includes(e.textContent ?? '') ? [i] : [],
      );
      return { markers, labels };
    },
    { svg, names },
  );
  expect(order.markers.length).toBeGreaterThan(3);
  expect(order.labels.length).toBeGreaterThan(5);
  // Later in the document is drawn on top.
  expect(Math.min(...order.labels)).toBeGreaterThan(Math.max(...order.markers));
});

/** The shape an exported legend symbol draws, read from its SVG element. */
function shapeOf(element: { tag: string; d: string; fill: string; fillOpacity: string }): string {
  if (element.tag === 'line') return 'line';
  if (element.tag === 'circle') return element.fill === '#ffffff' ? 'ring' : 'circle';
  if (element.tag === 'rect') return element.fillOpacity ? 'area' : 'square';
  if (element.tag === 'path') {
    const corners = (element.d.match(/[MLlHhVv]/g) ?? []).length;
    return corners === 4 ? 'diamond' : corners === 3 ? 'triangle' : `path of ${corners}`;
  }
  return element.tag;
}

test('the exported legend is the screen legend, each symbol drawn as the map draws it', async ({
  page,
}) => {
  await page.goto('./?from=2017-01-01&to=2019-12-31');
  await expect(mapPanel(page).locator('.map-cluster, .map-event').first()).toBeVisible();
  const screen = await mapPanel(page)
    .locator('[aria-label="Legend"] li')
    .evaluateAll((items) =>
      items.map((li) => ({
        label: li.textContent ?? '',
        symbol: li.querySelector('[data-symbol]')?.getAttribute('data-symbol') ?? '',
      })),
    );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    mapPanel(page).getByRole('button', { name: 'Download SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const exported = await page.evaluate(
    ({ svg, labels }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].filter((t) =>
        labels.includes(t.textContent ?? ''),
      );
      return texts.map((t) => {
        // Each symbol is a group of its shapes; the map's are one shape each.
        const group = t.previousElementSibling!;
        const shape = group.firstElementChild ?? group;
        return {
          label: t.textContent ?? '',
          tag: shape.tagName,
          d: shape.getAttribute('d') ?? '',
          fill: shape.getAttribute('fill') ?? '',
          fillOpacity: shape.getAttribute('fill-opacity') ?? '',
        };
      });
    },
    { svg, labels: screen.map((s) => s.label) },
  );
  // One list: the same items in the same order, each with the symbol the screen shows.
  expect(exported.map((e) => e.label)).toEqual(screen.map((s) => s.label));
  expect(exported.map(shapeOf)).toEqual(screen.map((s) => s.symbol));
  // The map draws points and areas, no lines: no item of its legend may be a line.
  expect(exported.map(shapeOf)).not.toContain('line');
  // And the screen's symbols are the map's: events round, venues turned 45°, bases square.
  const looks = await canvas(page).evaluate((container) => {
    const style = (selector: string) => {
      const e = container.querySelector(selector);
      return e ? getComputedStyle(e) : null;
    };
    return {
      event: style('.map-event span')?.borderRadius ?? null,
      cluster: style('.map-cluster')?.borderRadius ?? null,
      venue: style('.map-venue__shape')?.rotate ?? null,
      base: style('.map-base')?.borderRadius ?? null,
    };
  });
  const symbolOf = (pattern: RegExp) => screen.find((s) => pattern.test(s.label))?.symbol;
  if (looks.event) expect(looks.event).toBe('50%');
  if (looks.cluster) expect(looks.cluster).toBe('50%');
  expect(symbolOf(/^Several events/)).toBe('circle');
  expect(looks.venue).toBe('45deg');
  expect(symbolOf(/^Talks venue/)).toBe('diamond');
  expect(looks.base).toBe('0px');
  expect(symbolOf(/^Military base/)).toBe('square');
});

test('a cluster’s popup sums up the events of its places in the range, and zooms in on them', async ({
  page,
}) => {
  const [from, to] = ['2011-03-15', '2025-12-31'];
  await page.goto(`./?from=${from}&to=${to}`);
  const clusters = mapPanel(page).locator('.map-cluster[title*=" places"]');
  await expect(clusters.first()).toBeVisible();
  // The cluster holding the most events.
  const counts = await clusters.evaluateAll((elements) =>
    elements.map((e) => Number.parseInt((e.getAttribute('title') ?? '').replaceAll(',', ''), 10)),
  );
  const cluster = clusters.nth(counts.indexOf(Math.max(...counts)));
  const placeIds = (await cluster.getAttribute('data-place-ids'))!.split(' ');
  const inRange = events.filter(
    (e) => placeIds.includes(e.placeId) && e.date <= to && (e.endDate ?? e.date) >= from,
  );
  expect(inRange.length).toBeGreaterThan(1);

  await cluster.click();
  const popup = page.getByTestId('cluster-popup');
  await expect(popup).toBeVisible();
  const text = (await popup.textContent()) ?? '';
  const atPlaces = new Set(inRange.map((e) => e.placeId));
  expect(text).toContain(
    `${inRange.length.toLocaleString('en-GB')} events at ${atPlaces.size} places`,
  );
  const first = inRange.map((e) => e.date).sort()[0]!;
  const last = inRange
    .map((e) => e.endDate ?? e.date)
    .sort()
    .at(-1)!;
  await expect(popup.getByTestId('cluster-span')).toHaveText(formatSpan(first, last));
  const categories = await popup
    .getByRole('list', { name: 'By category' })
    .locator('li')
    .allTextContents();
  expect(categories).toEqual(
    eventCategories
      .map((c) => [c, inRange.filter((e) => e.category === c).length] as const)
      .filter(([, n]) => n > 0)
      .map(([c, n]) => `${eventCategoryLabels[c]}: ${n.toLocaleString('en-GB')}`),
  );
  // The busiest place is named first, with its count.
  const perPlace = [...atPlaces].map((id) => ({
    name: placeById.get(id)!.name,
    count: inRange.filter((e) => e.placeId === id).length,
  }));
  perPlace.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  await expect(popup.getByTestId('cluster-places')).toContainText(
    `Most events at ${perPlace[0]!.name} (${perPlace[0]!.count.toLocaleString('en-GB')})`,
  );

  const zoom = await canvas(page).evaluate((c) =>
    (c as HTMLElement & { leafletMap?: { getZoom(): number } }).leafletMap!.getZoom(),
  );
  await moveMap(page, () => popup.getByRole('button', { name: 'Zoom in' }).click());
  const zoomed = await canvas(page).evaluate((c) =>
    (c as HTMLElement & { leafletMap?: { getZoom(): number } }).leafletMap!.getZoom(),
  );
  expect(zoomed).toBeGreaterThan(zoom);
  await expect(popup).toHaveCount(0);
});
