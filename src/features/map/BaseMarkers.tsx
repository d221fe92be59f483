import { Popup } from 'react-leaflet';
import { EnglishText } from '@/components/EnglishText';
import { SourceLinks } from '@/components/SourceLinks';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
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
    const name = nameOf(place);
    return (
      <TitledMarker
        key={place.id}
        position={latLng(place.lat, place.lon)}
        title={t('map.base.title', { place: name, holder, when })}
        placeIds={[place.id]}
        icon={baseIcon(period.heldBy)}
      >
        <Popup>
          <div className="map-popup" data-testid="base-popup">
            <p className="map-popup__title">{name}</p>
            <p className="map-popup__date">{t('map.base.heldBy', { holder, when })}</p>
            {period.note ? (
              <EnglishText block className="map-popup__summary">
                {period.note}
              </EnglishText>
            ) : null}
            {place.note ? (
              <EnglishText block className="map-popup__summary">
                {place.note}
              </EnglishText>
            ) : null}
            <SourceLinks ids={[...new Set([...period.sources, ...place.sources])]} />
          </div>
        </Popup>
      </TitledMarker>
    );
  });
}
