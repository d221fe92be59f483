import type { Tooltip as LeafletTooltip } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { CircleMarker, Popup, Tooltip, useMap } from 'react-leaflet';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { crossingIcon, latLng } from './icons';
import { useZoom } from './use-zoom';
import { placementOf, SIDE_DIRECTION, type LabelKind, type Placement } from './label-placement';
import { LAND_SYRIA, PLACE_DOT, TOWN_MIN_ZOOM } from './map-style';
import { PlacePopup } from './popups';
import { TitledMarker } from './TitledMarker';
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

/** A placement as Leaflet's tooltip takes it: a direction, and an offset from the point. */
function tooltipOffset({ side, distance }: Placement): [number, number] {
  const [dx, dy] = SIDE_DIRECTION[side];
  return [dx * distance, dy * distance];
}

/**
 * A place's name, on the side of its symbol its placement gives (see label-placement.ts;
 * Leaflet marks the side with its class `leaflet-tooltip-<side>`). A new placement moves the
 * tooltip in place: Leaflet reads direction and offset when it positions it, and a tooltip made
 * anew for each placement left its predecessor behind, empty, in the labels' pane.
 */
function PlaceLabel({ name, kind, at }: { name: string; kind: LabelKind; at: Placement }) {
  const tooltip = useRef<LeafletTooltip>(null);
  const { side, distance } = at;
  useEffect(() => {
    const shown = tooltip.current;
    if (!shown) return;
    shown.options.direction = side;
    shown.options.offset = tooltipOffset({ side, distance });
    shown.update();
  }, [side, distance]);
  return (
    <Tooltip
      ref={tooltip}
      permanent
      direction={side}
      offset={tooltipOffset(at)}
      pane={LABEL_PANE}
      className={`map-label map-label--${kind}`}
    >
      {name}
    </Tooltip>
  );
}

/**
 * A place drawn as a dot with its name beside it. The dot carries `data-place-ids`, as the
 * markers do, for the geometry tests.
 */
function PlaceDot({ place, kind, at }: { place: Place; kind: 'capital' | 'town'; at: Placement }) {
  return (
    <CircleMarker
      center={latLng(place.lat, place.lon)}
      radius={kind === 'capital' ? 3 : 2.5}
      interactive={false}
      pathOptions={kind === 'capital' ? CAPITAL_STYLE : TOWN_STYLE}
      className={`map-place map-place--${kind}`}
      eventHandlers={{
        add: (event) => {
          const element = (event.target as { getElement: () => Element | undefined }).getElement();
          element?.setAttribute('data-place-ids', place.id);
        },
      }}
    >
      <PlaceLabel name={nameOf(place)} kind={kind} at={at} />
    </CircleMarker>
  );
}

/**
 * The governorate capitals at every zoom; towns and border crossings only from TOWN_MIN_ZOOM,
 * where there is room for their names (at the country view they would bury the capitals).
 * Each name is placed clear of the clusters, venues and bases drawn (`obstacles`) and of the
 * other names; the export is told the placements (`onPlaced`) and draws the same.
 */
export function PlaceMarks({
  capitals,
  towns,
  crossings,
  obstacles,
  onPlaced,
}: {
  capitals: readonly Place[];
  towns: readonly Place[];
  crossings: readonly Place[];
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
          at={placementOf(placements, place.id, 'capital')}
        />
      ))}
      {shownTowns.map((place) => (
        <PlaceDot
          key={place.id}
          place={place}
          kind="town"
          at={placementOf(placements, place.id, 'town')}
        />
      ))}
      {shownCrossings.map((place) => (
        <TitledMarker
          key={place.id}
          position={latLng(place.lat, place.lon)}
          title={t('map.crossing.title', { place: nameOf(place) })}
          placeIds={[place.id]}
          icon={crossingIcon()}
        >
          <PlaceLabel
            name={nameOf(place)}
            kind="crossing"
            at={placementOf(placements, place.id, 'crossing')}
          />
          <Popup>
            <PlacePopup place={place} />
          </Popup>
        </TitledMarker>
      ))}
    </>
  );
}
