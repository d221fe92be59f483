import Supercluster, {
  type ClusterFeature,
  type ClusterProperties,
  type PointFeature,
} from 'supercluster';
import type { OwnColumns, OwnLayer } from '@/data/own-events';
import type { LegendItem } from '@/lib/export/types';
import type { OwnMark } from './export-map';
import { light, OWN_TYPE_COLOURS, ownTypeToken } from '@/styles/colours';

// The analyst's own events on the map: clustered by position (supercluster), each mark in the
// colour of its most frequent kind and sized by the deaths it holds. Pure: the component is
// OwnEventMarks.tsx.

/** What a point of the index carries: deaths and a count per kind (the last slot: "other"). */
export interface OwnPointProperties {
  /** Position of the event in the layer (-1 for a cluster). */
  index: number;
  deaths: number;
  kinds: number[];
}

/** The kind's slot: its place among the layer's kinds (most frequent first), or "other". */
export function kindSlot(type: string, types: readonly string[]): number {
  const i = types.indexOf(type);
  return i >= 0 && i < OWN_TYPE_COLOURS ? i : OWN_TYPE_COLOURS;
}

/**
 * A supercluster index of the events at the given positions of the layer (its window), summing
 * deaths and kinds over each cluster; each point keeps its position in the layer.
 */
export function ownEventIndex(columns: OwnColumns, positions: Iterable<number>) {
  const index = new Supercluster<OwnPointProperties, OwnPointProperties>({
    radius: 48,
    maxZoom: 16,
    map: (p) => ({ index: -1, deaths: p.deaths, kinds: [...p.kinds] }),
    reduce: (into, p) => {
      into.deaths += p.deaths;
      for (let i = 0; i < into.kinds.length; i += 1) into.kinds[i]! += p.kinds[i]!;
    },
  });
  const points: PointFeature<OwnPointProperties>[] = [];
  for (const i of positions) {
    const kinds = new Array<number>(OWN_TYPE_COLOURS + 1).fill(0);
    kinds[Math.min(columns.type[i]!, OWN_TYPE_COLOURS)]! += 1;
    points.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [columns.lon[i]!, columns.lat[i]!] },
      properties: { index: i, deaths: columns.deaths[i]!, kinds },
    });
  }
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
  /** The event's position in the layer (-1 for a cluster). */
  index: number;
  /** supercluster's id of a cluster (-1 for a single event). */
  clusterId: number;
  /** The zoom at which a cluster splits (its "Zoom in"); the event's own zoom otherwise. */
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
  const count = props.cluster ? (props.point_count ?? 1) : 1;
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
    clusterId: props.cluster ? props.cluster_id! : -1,
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

/**
 * The legend of the analyst's events, for the screen and the export alike: a ring per kind
 * with a colour (most frequent first), one for the other kinds, in the light theme's colours.
 */
export function ownLegendItems(layer: Pick<OwnLayer, 'types'>): LegendItem[] {
  const named = layer.types.slice(0, OWN_TYPE_COLOURS);
  const others = layer.types.length - named.length;
  return [
    ...named.map((type, i) => ({
      label: `Your events: ${type}`,
      color: light(ownTypeToken(i)),
      symbol: 'ring' as const,
    })),
    ...(others > 0
      ? [
          {
            label: `Your events: ${others} other kinds`,
            color: light(ownTypeToken(-1)),
            symbol: 'ring' as const,
          },
        ]
      : []),
  ];
}

/** What the size of a ring says, under the legend. */
export const OWN_SIZE_NOTE = `Ring size: deaths reported (${OWN_SIZE_LIMITS.map((n) => n.toLocaleString('en-GB')).join(', ')} and more); a number inside: events clustered`;

/** The marks of an index at a zoom, each cluster with the zoom that splits it. */
export function ownMarksAt(index: ReturnType<typeof ownEventIndex>, zoom: number): OwnDrawnMark[] {
  return index.getClusters([-180, -85, 180, 85], zoom).map((f) => {
    const props = f.properties as Partial<ClusterProperties>;
    return ownDrawnMark(f, props.cluster ? index.getClusterExpansionZoom(props.cluster_id!) : zoom);
  });
}
