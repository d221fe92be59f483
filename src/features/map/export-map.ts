import type { Map as LeafletMap } from 'leaflet';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import { currentLanguage } from '@/i18n/language';
import { formatCompact, formatNumber } from '@/lib/format';
import type { Country } from './basemap';
import { boxesMeet, type LatLngBox } from './basemap-area';
import { baseHolderStyle, type ShownBase } from './bases';
import {
  LABEL_STYLE,
  labelHeight,
  placementOf,
  SIDE_DIRECTION,
  type LabelKind,
  type Placement,
} from './label-placement';
import { light } from '@/styles/colours';
import {
  BORDER,
  COUNTRY_LABEL,
  CROSSING,
  GOVERNORATE_FILLS,
  GOVERNORATE_LINE,
  LAND,
  LAND_SYRIA,
  MARK_EDGE,
  OPEN_ROUND,
  PLACE_DOT,
  SEA,
  VENUE,
  ZONE,
} from './map-style';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface MapMarks {
  countries: readonly Country[];
  zones: readonly Place[];
  capitals: readonly Place[];
  /** Towns and border crossings, when the map is zoomed in far enough to show them. */
  towns: readonly Place[];
  crossings: readonly Place[];
  labels: readonly { name: string; lat: number; lng: number; main: boolean }[];
  /** Where each place's name sits beside its symbol, as on screen (by place id). */
  placements?: ReadonlyMap<string, Placement>;
  /** Event clusters or single events as shown: position, count, colour. */
  events: readonly { lat: number; lng: number; count: number; color: string }[];
  /** The analyst's own events as shown: rings of a diameter (px), with a count for a cluster. */
  ownEvents?: readonly OwnMark[];
  venues: readonly Place[];
  /** The venue of the open round, ringed as on screen; null when no round's venue is drawn. */
  openRoundVenueId: string | null;
  /** The bases held in the range, each drawn in its holder's colour. */
  bases: readonly ShownBase[];
  /** Governorates of the governorate view, with their class (0: no events, unfilled). */
  governorates?: readonly { polygons: [number, number][][][]; fillClass: number }[];
}

/** One ring of the analyst's events, as drawn on screen. */
export interface OwnMark {
  lat: number;
  lng: number;
  count: number;
  diameter: number;
  /** The colour of its kind, light theme. */
  color: string;
}

/**
 * Redraws the map as it stands on screen into a plain SVG (paths, circles and text), using the
 * map's own projection: Leaflet's layers are a mix of HTML and SVG, and online tiles are images
 * from another site, so the export draws from the data instead of copying the page.
 */
export function buildMapSvg(map: LeafletMap, marks: MapMarks): SVGSVGElement {
  const { x: width, y: height } = map.getSize();
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  const add = (
    parent: Element,
    name: string,
    attrs: Record<string, string | number>,
    text?: string,
  ) => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    parent.appendChild(node);
    return node;
  };
  const at = (lat: number, lng: number) => map.latLngToContainerPoint([lat, lng]);
  /** A path through closed rings of [lat, lng] points, as the map projects them. */
  const ringsPath = (rings: readonly (readonly [number, number])[][]) =>
    rings
      .map(
        (ring) =>
          ring
            .map(
              ([lat, lng], i) =>
                `${i === 0 ? 'M' : 'L'}${fmt(at(lat, lng).x)},${fmt(at(lat, lng).y)}`,
            )
            .join('') + 'Z',
      )
      .join('');
  // A diamond of half-diagonal r centred on p: a talks venue, and the ring of the open round's.
  const diamond = (p: { x: number; y: number }, r: number) =>
    `M${fmt(p.x)},${fmt(p.y - r)}l${r},${r}l-${r},${r}l-${r},-${r}z`;
  // Names of places and countries go in a layer of their own, drawn last: above the markers,
  // as the screen's label pane is, so that a cluster never hides the name of its city. A place's
  // name has a halo, as on screen.
  const names = document.createElementNS(SVG_NS, 'g');
  names.setAttribute('stroke', light('map-halo'));
  names.setAttribute('stroke-width', '2.5');
  names.setAttribute('stroke-linejoin', 'round');
  names.setAttribute('paint-order', 'stroke');
  // Anchors are sides of the map ("end" is a name's right edge, left of its dot), in Arabic too.
  names.setAttribute('direction', 'ltr');
  // A place's name on the side of its symbol the screen placed it (label-placement.ts), its
  // line centred as the screen's is: the baseline a third of the size below the middle.
  const placeName = (p: { x: number; y: number }, place: Place, kind: LabelKind) => {
    const { fontSize } = LABEL_STYLE[kind];
    const { side, distance } = placementOf(marks.placements, place.id, kind);
    const [dx, dy] = SIDE_DIRECTION[side];
    const x = p.x + dx * distance;
    const middle = p.y + dy * (distance + labelHeight(fontSize) / 2);
    add(
      names,
      'text',
      {
        x: fmt(x),
        y: fmt(middle + fontSize * 0.35),
        'text-anchor': side === 'right' ? 'start' : side === 'left' ? 'end' : 'middle',
        'font-size': fontSize,
        fill: PLACE_DOT,
        'data-label-side': side,
      },
      nameOf(place),
    );
  };
  const padded = map.getBounds().pad(0.3);
  const view: LatLngBox = {
    south: padded.getSouth(),
    west: padded.getWest(),
    north: padded.getNorth(),
    east: padded.getEast(),
  };
  const arabic = currentLanguage() === 'ar';

  add(svg, 'rect', { x: 0, y: 0, width, height, fill: SEA });
  const land = add(svg, 'g', { stroke: BORDER, 'stroke-width': 0.8 });
  for (const country of marks.countries) {
    for (const [i, polygon] of country.polygons.entries()) {
      // The same rule as the live basemap's: a polygon whose outer ring's box meets the area.
      if (!boxesMeet(country.boxes[i]!, view)) continue;
      const d = ringsPath(polygon);
      add(land, 'path', {
        d,
        fill: country.name === 'Syria' ? LAND_SYRIA : LAND,
        'fill-rule': 'evenodd',
      });
    }
  }
  const governorateLayer = add(svg, 'g', { stroke: GOVERNORATE_LINE, 'stroke-width': 1 });
  for (const governorate of marks.governorates ?? []) {
    const d = governorate.polygons.map(ringsPath).join('');
    const fill = GOVERNORATE_FILLS[governorate.fillClass] ?? 'none';
    add(governorateLayer, 'path', {
      d,
      fill,
      'fill-opacity': fill === 'none' ? 0 : 0.8,
      'fill-rule': 'evenodd',
      'data-governorate-class': governorate.fillClass,
    });
  }
  for (const zone of marks.zones) {
    // Zone rings are [lng, lat] (GeoJSON order).
    const d = ringsPath(
      (zone.area?.rings ?? []).map((ring) => ring.map(([lng, lat]) => [lat, lng] as const)),
    );
    add(svg, 'path', {
      d,
      fill: ZONE,
      'fill-opacity': 0.15,
      stroke: ZONE,
      'stroke-width': 1.5,
      'stroke-dasharray': '6 4',
    });
  }
  for (const label of marks.labels) {
    const p = at(label.lat, label.lng);
    add(
      names,
      'text',
      {
        x: fmt(p.x),
        y: fmt(p.y),
        'text-anchor': 'middle',
        'font-size': label.main ? 15 : 11,
        'font-weight': 700,
        fill: COUNTRY_LABEL,
        // Country names have no halo on screen either.
        stroke: 'none',
        // Spaced capitals in English; Arabic letters spaced apart would come unjoined.
        'letter-spacing': arabic ? 0 : 1.5,
      },
      label.name,
    );
  }
  for (const place of marks.capitals) {
    const p = at(place.lat, place.lon);
    add(svg, 'circle', { cx: fmt(p.x), cy: fmt(p.y), r: 2.5, fill: PLACE_DOT });
    placeName(p, place, 'capital');
  }
  for (const place of marks.towns) {
    const p = at(place.lat, place.lon);
    add(svg, 'circle', {
      cx: fmt(p.x),
      cy: fmt(p.y),
      r: 2.5,
      fill: LAND_SYRIA,
      stroke: PLACE_DOT,
      'stroke-width': 1.5,
    });
    placeName(p, place, 'town');
  }
  for (const place of marks.crossings) {
    const p = at(place.lat, place.lon);
    add(svg, 'path', { d: `M${fmt(p.x)},${fmt(p.y - 7)}l7,14h-14z`, fill: CROSSING });
    placeName(p, place, 'crossing');
  }
  for (const { place: base, period } of marks.bases) {
    const p = at(base.lat, base.lon);
    add(svg, 'rect', {
      x: fmt(p.x - 5),
      y: fmt(p.y - 5),
      width: 10,
      height: 10,
      fill: baseHolderStyle(period.heldBy).color,
      stroke: MARK_EDGE,
      'stroke-width': 1.5,
    });
  }
  // The analyst's events under the curated ones, as on screen (their markers sit lower).
  for (const own of marks.ownEvents ?? []) {
    const p = at(own.lat, own.lng);
    const r = own.diameter / 2 - 1.5;
    add(svg, 'circle', {
      cx: fmt(p.x),
      cy: fmt(p.y),
      r,
      fill: own.color,
      'fill-opacity': 0.22,
      stroke: own.color,
      'stroke-width': 3,
      'data-own': 'true',
    });
    if (own.count > 1)
      add(
        svg,
        'text',
        {
          x: fmt(p.x),
          y: fmt(p.y + 3.5),
          'text-anchor': 'middle',
          'font-size': 10,
          'font-weight': 700,
          fill: PLACE_DOT,
        },
        ownCountLabel(own.count),
      );
  }
  for (const event of marks.events) {
    const p = at(event.lat, event.lng);
    const r = event.count > 1 ? clusterRadius(event.count) : 6;
    add(svg, 'circle', {
      cx: fmt(p.x),
      cy: fmt(p.y),
      r,
      fill: event.color,
      'fill-opacity': 0.9,
      stroke: MARK_EDGE,
      'stroke-width': 1.5,
    });
    if (event.count > 1) {
      add(
        svg,
        'text',
        {
          x: fmt(p.x),
          y: fmt(p.y + 4),
          'text-anchor': 'middle',
          'font-size': 11,
          'font-weight': 700,
          fill: light('map-mark-text'),
        },
        formatNumber(event.count),
      );
    }
  }
  for (const venue of marks.venues) {
    const p = at(venue.lat, venue.lon);
    if (venue.id === marks.openRoundVenueId) {
      add(svg, 'path', {
        d: diamond(p, 13),
        fill: 'none',
        stroke: OPEN_ROUND,
        'stroke-width': 3,
        'data-open-round': 'true',
      });
    }
    add(svg, 'path', {
      d: diamond(p, 8),
      fill: VENUE,
      stroke: MARK_EDGE,
      'stroke-width': 1.5,
    });
  }
  svg.appendChild(names);
  return svg;
}

/** A cluster's count as its ring shows it: 1,234 as "1.2k" (Arabic "١٫٢ ألف"). */
export function ownCountLabel(count: number): string {
  return formatCompact(count);
}

/** The radius of a cluster disc for a number of events; shared with the on-screen clusters. */
export function clusterRadius(count: number): number {
  return Math.min(10 + Math.sqrt(count) * 2.2, 28);
}

function fmt(value: number): string {
  return value.toFixed(1);
}
