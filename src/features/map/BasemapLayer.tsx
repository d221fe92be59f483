import { memo } from 'react';
import { Marker, Pane, Polygon } from 'react-leaflet';
import type { Country } from './basemap';
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
 * tiles are shown. Rendered again only when the countries change (they load once): a range
 * change re-renders the map, and the two hundred or so polygons and the country names it would
 * hand the same props were a tenth of the map's share of the change.
 */
export const BasemapLayer = memo(function BasemapLayer({
  countries,
}: {
  countries: readonly Country[] | undefined;
}) {
  return (
    <>
      <Pane name="basemap" style={{ zIndex: 250 }}>
        {countries?.map((country) => (
          <Polygon
            key={country.name + country.polygons.length}
            positions={country.polygons}
            interactive={false}
            pathOptions={country.name === 'Syria' ? SYRIA_STYLE : LAND_STYLE}
            className={country.name === 'Syria' ? 'map-land map-land--syria' : 'map-land'}
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
