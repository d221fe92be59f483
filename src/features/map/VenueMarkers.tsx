import { Popup } from 'react-leaflet';
import { nameOf, titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
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
        title={
          open
            ? t('map.venue.titleOpenRound', {
                place: nameOf(venue.place),
                count: venue.meetings.length,
                round: titleOf(openRound),
              })
            : t('map.venue.title', { place: nameOf(venue.place), count: venue.meetings.length })
        }
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
