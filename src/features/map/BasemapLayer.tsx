import type { Map as LeafletMap } from 'leaflet';
import { memo, useMemo, useState } from 'react';
import { Marker, Pane, Polygon, useMap, useMapEvents } from 'react-leaflet';
import type { Country } from './basemap';
import { boxContains, grownBox, polygonsMeeting, type LatLngBox } from './basemap-area';
import { countryLabelIcon, latLng } from './icons';
import { BORDER, COUNTRY_LABELS, LAND, LAND_SYRIA } from './map-style';
import { LABEL_PANE } from './PlaceMarks';

// Created once, so a range change does not touch the basemap (Leaflet restyles or rebuilds a
// layer handed a new options object). The colours are the light theme's; the stylesheet gives
// the land the theme's own through the class names (handed to Leaflet when it creates each
// path: a className in pathOptions arrives too late to be used).
const LAND_STYLE = { fillColor: LAND, fillOpacity: 1, color: BORDER, weight: 0.8 } as const;
const SYRIA_STYLE = { ...LAND_STYLE, fillColor: LAND_SYRIA } as const;

/**
 * The offline basemap: countries from Natural Earth, Syria lighter than its neighbours, and
 * the countries' names in the label pane (which sits above the markers). Nothing while online
 * tiles are shown. Of the world's countries, only the polygons that meet an area around the
 * view (the view grown by its own size on every side) are handed to Leaflet, which projects
 * every point of what it is given at each zoom: at the first view (1440×900), 43 countries and
 * 16,000 of the world's 98,000 points; a step of zoom there took 43 ms instead of 71 ms.
 * The area moves only when the view leaves it (or, zooming, is about to), so a pan within it
 * renders nothing. A range change renders none of this either: the countries load once.
 */
export const BasemapLayer = memo(function BasemapLayer({
  countries,
}: {
  countries: readonly Country[] | undefined;
}) {
  const area = useDrawnArea();
  return (
    <>
      <Pane name="basemap" style={{ zIndex: 250 }}>
        {countries?.map((country) => (
          <CountryShape
            key={country.name + country.polygons.length}
            country={country}
            area={area}
          />
        ))}
      </Pane>
      {COUNTRY_LABELS.map((label) => (
        <Marker
          key={label.name}
          position={latLng(label.lat, label.lng)}
          pane={LABEL_PANE}
          interactive={false}
          keyboard={false}
          icon={countryLabelIcon(label.name, label.main)}
        />
      ))}
    </>
  );
});

/** One country's polygons that meet the area drawn; the same list while the same ones do. */
const CountryShape = memo(function CountryShape({
  country,
  area,
}: {
  country: Country;
  area: LatLngBox;
}) {
  const meeting = polygonsMeeting(country.boxes, area).join(' ');
  const positions = useMemo(
    () => (meeting === '' ? [] : meeting.split(' ').map((i) => country.polygons[Number(i)]!)),
    [country, meeting],
  );
  if (positions.length === 0) return null;
  return (
    <Polygon
      positions={positions}
      interactive={false}
      pathOptions={country.name === 'Syria' ? SYRIA_STYLE : LAND_STYLE}
      className={country.name === 'Syria' ? 'map-land map-land--syria' : 'map-land'}
    />
  );
});

/** The view the map shows (or will, at `zoom` around `center`), at its size now. */
function viewAt(map: LeafletMap, center = map.getCenter(), zoom = map.getZoom()): LatLngBox {
  const middle = map.project(center, zoom);
  const half = map.getSize().divideBy(2);
  return {
    south: map.unproject(middle.add(half), zoom).lat,
    west: map.unproject(middle.subtract(half), zoom).lng,
    north: map.unproject(middle.subtract(half), zoom).lat,
    east: map.unproject(middle.add(half), zoom).lng,
  };
}

/**
 * The area whose land is drawn: the view grown by its size on every side, moved when the view
 * leaves it: at the start of a zoom's animation (to where the zoom ends), after a pan, or when
 * the map is resized.
 */
function useDrawnArea(): LatLngBox {
  const map = useMap();
  const [area, setArea] = useState(() => grownBox(viewAt(map), 1));
  const follow = (view: LatLngBox) =>
    setArea((drawn) => (boxContains(drawn, view) ? drawn : grownBox(view, 1)));
  useMapEvents({
    zoomanim: (event) => follow(viewAt(map, event.center, event.zoom)),
    moveend: () => follow(viewAt(map)),
    resize: () => follow(viewAt(map)),
  });
  return area;
}
