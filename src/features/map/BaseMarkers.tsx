import { Popup } from 'react-leaflet';
import { SourceLinks } from '@/components/SourceLinks';
import { baseHolderStyle, formatPresence, type ShownBase } from './bases';
import { baseIcon, latLng } from './icons';
import { TitledMarker } from './TitledMarker';

/**
 * The military bases held on some day of the range, each a square in its holder's colour, its
 * title naming the base, the holder and the period, its popup the period's sources.
 */
export function BaseMarkers({ bases }: { bases: readonly ShownBase[] }) {
  return bases.map(({ place, period }) => {
    const holder = baseHolderStyle(period.heldBy).label;
    const when = formatPresence(period);
    return (
      <TitledMarker
        key={place.id}
        position={latLng(place.lat, place.lon)}
        title={`${place.name}: held by ${holder}, ${when}`}
        placeIds={[place.id]}
        icon={baseIcon(period.heldBy)}
      >
        <Popup>
          <div className="map-popup" data-testid="base-popup">
            <p className="map-popup__title">{place.name}</p>
            <p className="map-popup__date">
              Held by {holder}, {when}
            </p>
            {period.note ? <p className="map-popup__summary">{period.note}</p> : null}
            {place.note ? <p className="map-popup__summary">{place.note}</p> : null}
            <SourceLinks ids={[...new Set([...period.sources, ...place.sources])]} />
          </div>
        </Popup>
      </TitledMarker>
    );
  });
}
