import { CircleMarker, Popup, Tooltip } from 'react-leaflet';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { crossingIcon, latLng } from './icons';
import { useZoom } from './use-zoom';
import { LAND_SYRIA, PLACE_DOT, TOWN_MIN_ZOOM } from './map-style';
import { PlacePopup } from './popups';
import { TitledMarker } from './TitledMarker';

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
 * A place drawn as a dot with its name beside it. The dot carries `data-place-ids`, as the
 * markers do, for the geometry tests.
 */
function PlaceDot({ place, kind }: { place: Place; kind: 'capital' | 'town' }) {
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
      <Tooltip
        permanent
        direction="right"
        offset={[4, 0]}
        pane={LABEL_PANE}
        className={`map-label map-label--${kind}`}
      >
        {nameOf(place)}
      </Tooltip>
    </CircleMarker>
  );
}

/**
 * The governorate capitals at every zoom; towns and border crossings only from TOWN_MIN_ZOOM,
 * where there is room for their names (at the country view they would bury the capitals).
 */
export function PlaceMarks({
  capitals,
  towns,
  crossings,
}: {
  capitals: readonly Place[];
  towns: readonly Place[];
  crossings: readonly Place[];
}) {
  const detailed = useZoom() >= TOWN_MIN_ZOOM;
  return (
    <>
      {capitals.map((place) => (
        <PlaceDot key={place.id} place={place} kind="capital" />
      ))}
      {detailed
        ? towns.map((place) => <PlaceDot key={place.id} place={place} kind="town" />)
        : null}
      {detailed
        ? crossings.map((place) => (
            <TitledMarker
              key={place.id}
              position={latLng(place.lat, place.lon)}
              title={t('map.crossing.title', { place: nameOf(place) })}
              placeIds={[place.id]}
              icon={crossingIcon()}
            >
              <Tooltip
                permanent
                direction="right"
                offset={[6, 0]}
                pane={LABEL_PANE}
                className="map-label map-label--crossing"
              >
                {nameOf(place)}
              </Tooltip>
              <Popup>
                <PlacePopup place={place} />
              </Popup>
            </TitledMarker>
          ))
        : null}
    </>
  );
}
