import {
  DomUtil,
  point,
  Tooltip as LeafletTooltip,
  type Layer,
  type LeafletEvent,
  type Point,
} from 'leaflet';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { CircleMarker, Popup, useMap } from 'react-leaflet';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { crossingIcon, latLng } from './icons';
import { useZoom } from './use-zoom';
import {
  placementOf,
  SIDE_DIRECTION,
  SIDES,
  type LabelKind,
  type LabelSide,
  type Placement,
} from './label-placement';
import { LAND_SYRIA, PLACE_DOT, TOWN_MIN_ZOOM } from './map-style';
import { PlacePopup } from './popups';
import { TitledMarker } from './TitledMarker';
import type { NamedPlaces } from './use-map-marks';
import { usePlaceLabels, type LabelObstacles } from './use-place-labels';

/**
 * Names of places and countries sit in a pane of their own above the markers (and below
 * tooltips and popups): an event cluster must not hide the name of its city.
 */
export const LABEL_PANE = 'place-labels';

// Made once (Leaflet restyles a path handed a new options object). The colours are the light
// theme's; the stylesheet gives the dots the theme's own through their class names.
const CAPITAL_STYLE = {
  color: PLACE_DOT,
  fillColor: PLACE_DOT,
  fillOpacity: 1,
  weight: 1,
} as const;
const TOWN_STYLE = { ...CAPITAL_STYLE, fillColor: LAND_SYRIA, weight: 1.5 } as const;

/**
 * A place's name as a Leaflet tooltip that never measures itself. Leaflet's own tooltip reads
 * its box (offsetWidth) each time it is placed, to set itself beside its point; a name moved in
 * the middle of a range change so made the browser lay out the whole page there and again at
 * the frame, about 5 ms of each change. This one is only an anchor: its point is the dot's,
 * moved out along the side by the placement's distance; the name inside (`.map-label`) is set
 * off that point by its own size in CSS (map.css), towards the side. Leaflet's class
 * `leaflet-tooltip-<side>` on the anchor says the side, as it does on its own tooltips.
 */
class PlaceNameTooltip extends LeafletTooltip {
  /** Called by Leaflet wherever it places a tooltip (opening, zooming, `update()`). */
  _setPosition(at: Point) {
    const anchor = this.getElement();
    if (!anchor) return;
    const side = this.options.direction as LabelSide;
    for (const other of SIDES) DomUtil.removeClass(anchor, `leaflet-tooltip-${other}`);
    DomUtil.addClass(anchor, `leaflet-tooltip-${side}`);
    DomUtil.setPosition(anchor, at.add(point(this.options.offset ?? [0, 0])));
  }

  /**
   * Sets the anchor where its options now put it. Leaflet's `update()` would also take the
   * name out of the anchor and put it back, with the anchor hidden meanwhile: a style change
   * for every name moved by a range change.
   */
  move() {
    const at = this.getLatLng();
    if (this._map && at) this._setPosition(this._map.latLngToLayerPoint(at));
  }
}

/** A placement as the anchor takes it: the side, and the point's offset from the dot. */
function tooltipOffset({ side, distance }: Placement): [number, number] {
  const [dx, dy] = SIDE_DIRECTION[side];
  return [dx * distance, dy * distance];
}

/**
 * A place's name, on the side of its symbol its placement gives (see label-placement.ts). Gives
 * the function to hand the symbol (a dot or a crossing's marker) once Leaflet has added it; the
 * name is bound to it then. A new placement moves the name in place.
 */
function usePlaceName(name: string, kind: LabelKind, at: Placement): (symbol: Layer) => void {
  const [symbol, setSymbol] = useState<Layer | null>(null);
  const label = useRef<PlaceNameTooltip | null>(null);
  // The placement the name is made with (first of the effects, each commit).
  const placed = useRef(at);
  useEffect(() => {
    placed.current = at;
  });
  const { side, distance } = at;
  useEffect(() => {
    if (!symbol) return;
    const text = document.createElement('span');
    text.className = `map-label map-label--${kind}`;
    text.textContent = name;
    const tooltip = new PlaceNameTooltip({
      permanent: true,
      pane: LABEL_PANE,
      className: 'map-label-anchor',
      direction: placed.current.side,
      offset: tooltipOffset(placed.current),
    }).setContent(text);
    label.current = tooltip;
    symbol.bindTooltip(tooltip);
    return () => {
      label.current = null;
      symbol.unbindTooltip();
    };
  }, [symbol, name, kind]);
  useEffect(() => {
    const tooltip = label.current;
    if (!tooltip) return;
    tooltip.options.direction = side;
    tooltip.options.offset = tooltipOffset({ side, distance });
    tooltip.move();
    // For the geometry tests: how far from its place the name's near edge should be.
    tooltip.getElement()?.setAttribute('data-label-distance', String(distance));
  }, [symbol, name, kind, side, distance]);
  return setSymbol;
}

/**
 * A place drawn as a dot with its name beside it. The dot carries `data-place-ids`, as the
 * markers do, for the geometry tests.
 */
const PlaceDot = memo(function PlaceDot({
  place,
  kind,
  side,
  distance,
}: { place: Place; kind: 'capital' | 'town' } & Placement) {
  const nameOn = usePlaceName(nameOf(place), kind, { side, distance });
  const events = useMemo(
    () => ({
      add: (event: LeafletEvent) => {
        const added = event.target as Layer & { getElement: () => Element | undefined };
        added.getElement()?.setAttribute('data-place-ids', place.id);
        nameOn(added);
      },
    }),
    [place, nameOn],
  );
  return (
    <CircleMarker
      center={latLng(place.lat, place.lon)}
      radius={kind === 'capital' ? 3 : 2.5}
      interactive={false}
      pathOptions={kind === 'capital' ? CAPITAL_STYLE : TOWN_STYLE}
      className={`map-place map-place--${kind}`}
      eventHandlers={events}
    />
  );
});

/** A border crossing: its symbol, its name beside it, its popup. */
const CrossingMark = memo(function CrossingMark({
  place,
  side,
  distance,
}: { place: Place } & Placement) {
  const nameOn = usePlaceName(nameOf(place), 'crossing', { side, distance });
  const events = useMemo(
    () => ({ add: (event: LeafletEvent) => nameOn(event.target as Layer) }),
    [nameOn],
  );
  return (
    <TitledMarker
      position={latLng(place.lat, place.lon)}
      title={t('map.crossing.title', { place: nameOf(place) })}
      placeIds={[place.id]}
      icon={crossingIcon()}
      eventHandlers={events}
    >
      <Popup>
        <PlacePopup place={place} />
      </Popup>
    </TitledMarker>
  );
});

/**
 * The governorate capitals at every zoom; towns and border crossings only from TOWN_MIN_ZOOM,
 * where there is room for their names (at the country view they would bury the capitals).
 * Each name is placed clear of the clusters, venues and bases drawn (`obstacles`) and of the
 * other names; the export is told the placements (`onPlaced`) and draws the same.
 */
export function PlaceMarks({
  named: { capitals, towns, crossings },
  obstacles,
  onPlaced,
}: {
  named: NamedPlaces;
  obstacles: LabelObstacles;
  onPlaced: (placements: ReadonlyMap<string, Placement>) => void;
}) {
  const map = useMap();
  const zoom = useZoom();
  const detailed = zoom >= TOWN_MIN_ZOOM;
  const shownTowns = useMemo(() => (detailed ? towns : []), [detailed, towns]);
  const shownCrossings = useMemo(() => (detailed ? crossings : []), [detailed, crossings]);
  const placements = usePlaceLabels(
    map,
    zoom,
    { capitals, towns: shownTowns, crossings: shownCrossings },
    obstacles,
  );
  useEffect(() => {
    onPlaced(placements);
  });
  return (
    <>
      {capitals.map((place) => (
        <PlaceDot
          key={place.id}
          place={place}
          kind="capital"
          {...placementOf(placements, place.id, 'capital')}
        />
      ))}
      {shownTowns.map((place) => (
        <PlaceDot
          key={place.id}
          place={place}
          kind="town"
          {...placementOf(placements, place.id, 'town')}
        />
      ))}
      {shownCrossings.map((place) => (
        <CrossingMark
          key={place.id}
          place={place}
          {...placementOf(placements, place.id, 'crossing')}
        />
      ))}
    </>
  );
}
