import type { LeafletEvent } from 'leaflet';
import { memo, useMemo } from 'react';
import { Polygon, Popup, Tooltip } from 'react-leaflet';
import { EnglishText } from '@/components/EnglishText';
import { SourceLinks } from '@/components/SourceLinks';
import type { Place } from '@/data/schemas/places';
import { nameOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import { ZONE } from './map-style';
import { withSlots } from '@/i18n/rich';

const ZONE_STYLE = {
  className: 'map-zone',
  color: ZONE,
  weight: 2,
  dashArray: '6 4',
  fillColor: ZONE,
  fillOpacity: 0.14,
} as const;

/**
 * A de-escalation zone: its outline, named, a Tab stop whose popup links the round that made it.
 * Drawn again only when the zone or its round's title changes: react-leaflet sets a polygon's
 * points anew (and redraws it) whenever it is handed another array of them.
 */
export const ZoneLayer = memo(function ZoneLayer({
  zone,
  meetingTitle,
}: {
  zone: Place;
  meetingTitle?: string;
}) {
  const selectRound = useFiltersStore((s) => s.selectRound);
  const name = nameOf(zone);
  const rings = useMemo(
    () =>
      (zone.area?.rings ?? []).map((ring) =>
        ring.map(([lng, lat]) => [lat, lng] as [number, number]),
      ),
    [zone],
  );
  const eventHandlers = useMemo(
    () => ({
      // Leaflet opens the popup on Enter; make the outline a named Tab stop to match.
      add: (event: LeafletEvent) => {
        const element = (event.target as { getElement: () => Element | undefined }).getElement();
        element?.setAttribute('tabindex', '0');
        element?.setAttribute('role', 'button');
        element?.setAttribute('aria-label', t('map.zone.details', { zone: name }));
      },
    }),
    [name],
  );
  return (
    <Polygon positions={rings} pathOptions={ZONE_STYLE} eventHandlers={eventHandlers}>
      <Tooltip sticky>
        {zone.area?.approximate ? t('map.zone.approximateOutline', { zone: name }) : name}
      </Tooltip>
      <Popup maxWidth={320}>
        <div className="map-popup" data-testid="zone-popup">
          <p className="map-popup__title">{name}</p>
          <p className="map-popup__date">
            {zone.validFrom || zone.validTo
              ? t('map.zone.existed', {
                  span: formatSpan(
                    zone.validFrom ?? zone.validTo ?? '',
                    zone.validTo ?? zone.validFrom ?? '',
                  ),
                })
              : ''}
            {zone.area?.approximate ? ` · ${t('map.zone.outlineApproximate')}` : ''}
          </p>
          {zone.establishedBy ? (
            <p>
              {withSlots(t('map.zone.createdBy'), {
                round: (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => selectRound(zone.establishedBy ?? null)}
                  >
                    {meetingTitle ?? zone.establishedBy}
                  </button>
                ),
              })}
            </p>
          ) : null}
          {zone.note ? (
            <EnglishText block className="map-popup__summary">
              {zone.note}
            </EnglishText>
          ) : null}
          <SourceLinks ids={zone.sources} />
        </div>
      </Popup>
    </Polygon>
  );
});
