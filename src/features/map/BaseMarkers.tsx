import { divIcon, type DivIcon } from 'leaflet';
import { Popup } from 'react-leaflet';
import { SourceLinks } from '@/components/SourceLinks';
import { baseHolderStyle, formatPresence, type ShownBase } from './bases';
import { TitledMarker } from './TitledMarker';

const positions = new Map<string, [number, number]>();
/** One position array per base, reused: react-leaflet moves a marker handed a new array. */
function positionOf(id: string, lat: number, lon: number): [number, number] {
  let position = positions.get(id);
  if (!position || position[0] !== lat || position[1] !== lon) {
    position = [lat, lon];
    positions.set(id, position);
  }
  return position;
}

const icons = new Map<string, DivIcon>();
/** One icon per holder: a square in the holder's colour (class map-base, and one per holder). */
function holderIcon(holder: string): DivIcon {
  let icon = icons.get(holder);
  if (!icon) {
    icon = divIcon({ className: `map-base map-base--${holder}`, iconSize: [12, 12] });
    icons.set(holder, icon);
  }
  return icon;
}

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
        position={positionOf(place.id, place.lat, place.lon)}
        title={`${place.name}: held by ${holder}, ${when}`}
        placeIds={[place.id]}
        icon={holderIcon(period.heldBy)}
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
