import Supercluster, {
  type ClusterFeature,
  type ClusterProperties,
  type PointFeature,
} from 'supercluster';
import { eachPosition, type RangePositions } from '@/data/own-events';
import type { OwnEventTable } from '@/data/own-event-table';
import type { OwnMark } from './export-map';
import { light, OWN_TYPE_COLOURS, ownTypeToken } from '@/styles/colours';

// The analyst's own events on the map: clustered by position (supercluster), each mark in the
// colour of its most frequent kind and sized by the deaths it holds. Pure: the component is
// OwnEventMarks.tsx. The clustering worker imports this module, so it holds no interface text
// (the legend, which does, is own-event-legend.ts): the worker bundles no message catalogue.

/** What the clustering reads of a layer's table: a copy of four of its columns. */
export type ClusterColumns = Pick<OwnEventTable, 'lon' | 'lat' | 'deaths' | 'type'>;

/**
 * What a point of the index carries: the events at one place (a file names the same coordinates
 * for every event of a town), their deaths and a count per kind (the last slot: "other").
 */
export interface OwnPointProperties {
  /** Position of the event in the layer when it is alone at its place (-1 otherwise). */
  index: number;
  /** The first of its events in the layer: names the mark. */
  first: number;
  count: number;
  deaths: number;
  kinds: number[];
}

/** The kind's slot: its place among the layer's kinds (most frequent first), or "other". */
export function kindSlot(type: string, types: readonly string[]): number {
  const i = types.indexOf(type);
  return i >= 0 && i < OWN_TYPE_COLOURS ? i : OWN_TYPE_COLOURS;
}

/**
 * A supercluster index of the layer's events in a window, summing events, deaths (those stated)
 * and kinds over each cluster. The events at the same coordinates are one point first: no zoom
 * could tell them apart, and a file of a million events has a few thousand places (clustering
 * each event took 1.7 s of a second core at 1,000,000 events, while the page drew).
 */
export function ownEventIndex(columns: ClusterColumns, window: RangePositions) {
  const index = new Supercluster<OwnPointProperties, OwnPointProperties>({
    radius: 48,
    maxZoom: 16,
    map: (p) => ({ ...p, index: -1, kinds: [...p.kinds] }),
    reduce: (into, p) => {
      into.count += p.count;
      into.deaths += p.deaths;
      into.first = Math.min(into.first, p.first);
      for (let i = 0; i < into.kinds.length; i += 1) into.kinds[i]! += p.kinds[i]!;
    },
  });
  const places = new Map<number, Map<number, OwnPointProperties>>();
  eachPosition(window, (i) => {
    const lon = columns.lon[i]!;
    const lat = columns.lat[i]!;
    let byLat = places.get(lon);
    if (!byLat) places.set(lon, (byLat = new Map()));
    let place = byLat.get(lat);
    if (!place) {
      place = {
        index: i,
        first: i,
        count: 0,
        deaths: 0,
        kinds: new Array<number>(OWN_TYPE_COLOURS + 1).fill(0),
      };
      byLat.set(lat, place);
    } else place.index = -1;
    place.count += 1;
    place.first = Math.min(place.first, i);
    // NaN where the file states no deaths: none to add.
    place.deaths += columns.deaths[i]! || 0;
    place.kinds[Math.min(columns.type[i]!, OWN_TYPE_COLOURS)]! += 1;
  });
  const points: PointFeature<OwnPointProperties>[] = [];
  for (const [lon, byLat] of places)
    for (const [lat, properties] of byLat)
      points.push({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties,
      });
  index.load(points);
  return index;
}

/** The slot of the kind with most events (the first of equals). */
export function dominantSlot(kinds: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < kinds.length; i += 1) if (kinds[i]! > kinds[best]!) best = i;
  return best;
}

/** What a cluster or single event of the index is drawn as, on screen and in the export. */
export interface OwnDrawnMark extends OwnMark {
  /** The kind's slot (its colour), and the size class. */
  slot: number;
  size: number;
  /** The event's position in the layer (-1 for more than one event). */
  index: number;
  /** Names the mark among those drawn: a cluster's id, or its first event's position. */
  key: string;
  /** The zoom at which a cluster splits (its "Zoom in"); the zoom asked for when nothing would. */
  expansionZoom: number;
  deaths: number;
  kinds: readonly number[];
}

export function ownDrawnMark(
  feature: ClusterFeature<OwnPointProperties> | PointFeature<OwnPointProperties>,
  expansionZoom = 0,
): OwnDrawnMark {
  const [lng, lat] = feature.geometry.coordinates as [number, number];
  const props = feature.properties as OwnPointProperties & Partial<ClusterProperties>;
  const { count } = props;
  const slot = dominantSlot(props.kinds);
  const size = Math.max(sizeClass(props.deaths), count > 1 ? 2 : 0);
  return {
    lat,
    lng,
    count,
    slot,
    size,
    diameter: OWN_SIZES[size]!,
    color: light(ownTypeToken(slot)),
    index: props.index,
    key: props.cluster ? `cluster:${props.cluster_id}` : `at:${props.first}`,
    expansionZoom,
    deaths: props.deaths,
    kinds: props.kinds,
  };
}

/** Size classes of a mark by deaths: 0 (none), 1–9, 10–99, 100–999, 1,000 and more. */
export const OWN_SIZE_LIMITS = [1, 10, 100, 1000] as const;
/** Diameter of each size class in pixels. */
export const OWN_SIZES = [12, 16, 22, 30, 40] as const;

export function sizeClass(deaths: number): number {
  let c = 0;
  while (c < OWN_SIZE_LIMITS.length && deaths >= OWN_SIZE_LIMITS[c]!) c += 1;
  return c;
}

/** The marks of an index at a zoom, each cluster with the zoom that splits it. */
export function ownMarksAt(index: ReturnType<typeof ownEventIndex>, zoom: number): OwnDrawnMark[] {
  return index.getClusters([-180, -85, 180, 85], zoom).map((f) => {
    const props = f.properties as Partial<ClusterProperties>;
    return ownDrawnMark(f, props.cluster ? index.getClusterExpansionZoom(props.cluster_id!) : zoom);
  });
}
