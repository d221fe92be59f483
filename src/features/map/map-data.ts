import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Meeting } from '@/data/schemas/meetings';
import type { Place } from '@/data/schemas/places';
import { addDays, spanOverlapsRange, type DateRange } from '@/lib/dates';

/** The properties of a place point fed to the clusterer: how many events it holds. */
export interface PlacePointProperties {
  placeId: string;
  /** Events at this place in the range. */
  count: number;
  /** The category of the place's only event, when it has exactly one. */
  category?: ConflictEvent['category'];
}

export type PlacePoint = Feature<
  { type: 'Point'; coordinates: [number, number] },
  PlacePointProperties
>;

/**
 * One GeoJSON point per place for Supercluster, from the number of events at each place in
 * the range. Clustering places rather than events keeps the work per range change
 * proportional to the number of places (dozens to thousands) instead of events (up to
 * millions). Events whose place is unknown are left out and counted, so the panel can say so.
 */
export function placePoints(
  counts: ReadonlyMap<string, number>,
  places: ReadonlyMap<string, Place>,
  /** The category of the only event at a place, asked for places with exactly one. */
  onlyCategory: (placeId: string) => ConflictEvent['category'] | undefined,
): { points: PlacePoint[]; unplaced: number } {
  const points: PlacePoint[] = [];
  let unplaced = 0;
  for (const [placeId, count] of counts) {
    const place = places.get(placeId);
    if (!place) {
      unplaced += count;
      continue;
    }
    const category = count === 1 ? onlyCategory(placeId) : undefined;
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { placeId, count, ...(category ? { category } : {}) },
    });
  }
  return { points, unplaced };
}

/** The zones (de-escalation areas) that existed on some day of the range. */
export function zonesInRange(places: readonly Place[], range: DateRange): Place[] {
  return places.filter(
    (p) =>
      p.kind === 'zone' &&
      p.area !== undefined &&
      spanOverlapsRange(p.validFrom ?? '0000-01-01', p.validTo ?? '9999-12-31', range),
  );
}

export interface Venue {
  place: Place;
  meetings: Meeting[];
}

/** The meetings of the range grouped by venue, busiest venue first. */
export function venuesOf(
  meetings: readonly Meeting[],
  places: ReadonlyMap<string, Place>,
): Venue[] {
  const byPlace = new Map<string, Meeting[]>();
  for (const m of meetings) byPlace.set(m.placeId, [...(byPlace.get(m.placeId) ?? []), m]);
  return [...byPlace]
    .flatMap(([placeId, list]) => {
      const place = places.get(placeId);
      return place
        ? [{ place, meetings: list.sort((a, b) => a.start.localeCompare(b.start)) }]
        : [];
    })
    .sort(
      (a, b) => b.meetings.length - a.meetings.length || a.place.name.localeCompare(b.place.name),
    );
}

/** How many calendar months a range touches: the steps of the play control. */
export function monthCount(range: DateRange): number {
  const [fromYear, fromMonth] = range.from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = range.to.split('-').map(Number) as [number, number];
  return Math.max(0, (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1);
}

/** The `index`th calendar month a range touches (from 0), clipped to the range. */
export function monthStep(range: DateRange, index: number): DateRange | undefined {
  if (!(index >= 0 && index < monthCount(range))) return undefined;
  const [year, month] = range.from.split('-').map(Number) as [number, number];
  const months = year * 12 + (month - 1) + index;
  const start = (y: number, m: number) =>
    `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-01`;
  const first = start(Math.floor(months / 12), months % 12);
  const last = addDays(start(Math.floor((months + 1) / 12), (months + 1) % 12), -1);
  return { from: first < range.from ? range.from : first, to: last > range.to ? range.to : last };
}

/**
 * Makes each ring of a polygon continuous across the antimeridian: where two consecutive
 * longitudes are more than 180° apart, the rest of the ring is shifted by ±360°, so Leaflet
 * draws Russia or Fiji whole instead of a band across the world.
 */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  let offset = 0;
  ring.forEach((position, i) => {
    const [lon, lat] = position as [number, number];
    if (i > 0) {
      const previous = (ring[i - 1] as [number, number])[0];
      const jump = lon - previous;
      if (jump > 180) offset -= 360;
      else if (jump < -180) offset += 360;
    }
    out.push([lon + offset, lat]);
  });
  return out;
}

/** Every polygon of a country feature, rings unwrapped, as Leaflet's [lat, lng] lists. */
export function countryRings(geometry: Polygon | MultiPolygon): [number, number][][][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map((polygon) =>
    polygon.map((ring) => unwrapRing(ring).map(([lon, lat]) => [lat as number, lon as number])),
  );
}
