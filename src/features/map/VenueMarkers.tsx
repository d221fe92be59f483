import { Popup } from 'react-leaflet';
import { pluralize } from '@/lib/format';
import { venueIcon, latLng } from './icons';
import type { MapContent } from './use-map-marks';
import { VenuePopup } from './popups';
import { TitledMarker } from './TitledMarker';

/** The talks venues of the range, each a diamond with its number of meetings; the open round's ringed. */
export function VenueMarkers({
  venues,
  openRound,
  openRoundVenueId,
}: Pick<MapContent, 'venues' | 'openRound' | 'openRoundVenueId'>) {
  return venues.map((venue) => {
    const open = openRound !== undefined && venue.place.id === openRoundVenueId;
    return (
      <TitledMarker
        key={venue.place.id}
        position={latLng(venue.place.lat, venue.place.lon)}
        title={`${venue.place.name}: ${pluralize(venue.meetings.length, 'meeting')}${open ? `, among them the open round (${openRound.title})` : ''}`}
        placeIds={[venue.place.id]}
        zIndexOffset={open ? 1000 : 0}
        icon={venueIcon(venue.meetings.length, open)}
      >
        <Popup>
          <VenuePopup place={venue.place} meetings={venue.meetings} />
        </Popup>
      </TitledMarker>
    );
  });
}
