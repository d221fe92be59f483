import { expect as baseExpect, type Page } from '@playwright/test';
import type { Language } from '../src/i18n/catalogue';
import { translate } from '../src/i18n/t';
import { MAX_DISTANCE } from '../src/features/map/label-placement';
import { readDataset } from './helpers';

/**
 * The map's marks against the dataset, for the map's tests: the map's own projection of the
 * coordinates the dataset gives, read from the running Leaflet map (MapView hangs it on its
 * container as `leafletMap`), and checks that every marker, zone outline and place label is
 * drawn where its coordinates put it. The coordinates come from public/data, never from what
 * the page says about its own marks.
 */

// The map's tests walk it through many views, and the machine running them may be shared:
// waiting longer for the page costs nothing when it is quick.
export const expect = baseExpect.configure({ timeout: 15_000 });

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
export const places = readDataset<{ places: PlaceRecord[] }>('places.json').places;
export const events = readDataset<{ events: EventRecord[] }>('events.json').events;
export const placeById = new Map(places.map((p) => [p.id, p]));

/** How far (CSS px) a drawn mark may sit from the projection of its coordinates. */
export const TOLERANCE = 2;

interface Point {
  x: number;
  y: number;
}
interface LeafletLike {
  latLngToContainerPoint(latLng: [number, number]): Point;
  once(type: string, fn: () => void): void;
}

// By its area, not its heading: the same in either language.
export const mapPanel = (page: Page) => page.locator('section.panel[data-area="map"]');
const nameIn = (place: PlaceRecord, language: Language) =>
  language === 'ar' ? place.nameAr : place.name;
export const canvas = (page: Page) => mapPanel(page).locator('.map__canvas');

/** The page position (CSS px) at which the running map projects each [lat, lng]. */
export function project(page: Page, coordinates: readonly [number, number][]): Promise<Point[]> {
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
export async function moveMap(page: Page, action: () => Promise<void>) {
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
export function settle(page: Page) {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
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

export async function expectAllInPlace(page: Page, when: string, language: Language = 'en') {
  await expectMarkersInPlace(page, when, language);
  await expect
    .poll(() => misplacedZones(page, language), { message: when, timeout: 10_000 })
    .toEqual([]);
  await expect
    .poll(() => misplacedLabels(page, language), { message: when, timeout: 10_000 })
    .toEqual([]);
}
