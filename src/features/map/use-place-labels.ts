import type { Map as LeafletMap } from 'leaflet';
import { useMemo } from 'react';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import type { ShownBase } from './bases';
import { clusterRadius, type OwnMark } from './export-map';
import {
  LABEL_STYLE,
  labelHeight,
  placeLabels,
  type LabelKind,
  type LabelRequest,
  type Obstacle,
  type Placement,
} from './label-placement';
import { clustersAt, type ClusterIndex, type NamedPlaces } from './use-map-marks';

/** What the names of places keep clear of, as drawn: event markers, the analyst's rings, talks venues, bases. */
export interface LabelObstacles {
  /** The events' clusters; null when the events are not drawn as markers. */
  readonly clusters: ClusterIndex | null;
  readonly venues: readonly Place[];
  readonly bases: readonly ShownBase[];
  /** The analyst's rings, as drawn (their diameters in pixels). */
  readonly rings: readonly OwnMark[];
}

// Half the size of each marker's icon (icons.ts), and a pixel of air.
const SINGLE_EVENT_R = 8;
const VENUE_HALF = 12;
const BASE_HALF = 7;

let context: CanvasRenderingContext2D | null | undefined;
const widths = new Map<string, number>();
/** A name's width in the map's font, measured as the browser sets it (with room for its halo). */
function textWidth(text: string, fontSize: number, family: string): number {
  const key = `${fontSize}px ${family}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    if (context) context.font = `${fontSize}px ${family}`;
    width = (context ? context.measureText(text).width : text.length * fontSize * 0.6) + 4;
    // Kept once the fonts are in: a width measured in a fallback font is measured again.
    if (document.fonts?.status === 'loaded') widths.set(key, width);
  }
  return width;
}

/**
 * Where each shown place's name goes at this zoom (label-placement.ts): the capitals first,
 * then the crossings, then the towns. Placed in the map's pixels at the zoom (`project`), which
 * panning does not change: worked out again only when the zoom, the places or the markers do.
 */
export function usePlaceLabels(
  map: LeafletMap,
  zoom: number,
  shown: NamedPlaces,
  { clusters, venues, bases, rings }: LabelObstacles,
): ReadonlyMap<string, Placement> {
  // The map's font, read once per map: reading a computed style while the page has just
  // changed would make the browser lay it out again in the middle of a range change.
  const family = useMemo(() => getComputedStyle(map.getContainer()).fontFamily, [map]);
  return useMemo(() => {
    const project = (lat: number, lng: number) => map.project([lat, lng], zoom);
    const obstacles: Obstacle[] = [];
    for (const cluster of clusters ? clustersAt(clusters, zoom) : []) {
      const [lng, lat] = cluster.geometry.coordinates as [number, number];
      const { count } = cluster.properties as { count: number };
      const p = project(lat, lng);
      obstacles.push({
        kind: 'disc',
        x: p.x,
        y: p.y,
        r: count > 1 ? clusterRadius(count) + 1 : SINGLE_EVENT_R,
      });
    }
    const square = (place: Place, half: number): Obstacle => {
      const p = project(place.lat, place.lon);
      return {
        kind: 'box',
        box: { left: p.x - half, right: p.x + half, top: p.y - half, bottom: p.y + half },
      };
    };
    for (const ring of rings) {
      const p = project(ring.lat, ring.lng);
      obstacles.push({ kind: 'disc', x: p.x, y: p.y, r: ring.diameter / 2 + 1 });
    }
    for (const venue of venues) obstacles.push(square(venue, VENUE_HALF));
    for (const base of bases) obstacles.push(square(base.place, BASE_HALF));
    const requests: LabelRequest[] = [];
    const ask = (places: readonly Place[], kind: LabelKind) => {
      const { fontSize, gap } = LABEL_STYLE[kind];
      for (const place of places) {
        const p = project(place.lat, place.lon);
        requests.push({
          key: place.id,
          x: p.x,
          y: p.y,
          width: textWidth(nameOf(place), fontSize, family),
          height: labelHeight(fontSize),
          gap,
        });
      }
    };
    ask(shown.capitals, 'capital');
    ask(shown.crossings, 'crossing');
    ask(shown.towns, 'town');
    return placeLabels(requests, obstacles);
    // (The names' language is fixed for the map's life: the dashboard is mounted afresh in
    // another language.)
  }, [
    map,
    family,
    zoom,
    shown.capitals,
    shown.towns,
    shown.crossings,
    clusters,
    venues,
    bases,
    rings,
  ]);
}
