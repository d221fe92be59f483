import { useMemo } from 'react';
import { Badge } from '@/components/Badge';
import { EnglishText } from '@/components/EnglishText';
import { SourceLinks } from '@/components/SourceLinks';
import { eventCategoryLabels } from '@/data/labels';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import { indexById } from '@/data/selectors';
import { nameOf, titleOf } from '@/i18n/data-names';
import { t } from '@/i18n/t';
import { formatSpan } from '@/lib/format';
import { useFiltersStore } from '@/stores/filters';
import type { MapData } from './use-map-marks';

/** An event: when, where, what kind, its actors (each selects the actor), summary and sources. */
export function EventPopup({
  event,
  data,
  compact = false,
}: {
  event: ConflictEvent;
  data: MapData;
  compact?: boolean;
}) {
  const selectActor = useFiltersStore((s) => s.selectActor);
  const actors = useMemo(() => indexById(data.actors.actors), [data.actors]);
  const place = indexById(data.places.places).get(event.placeId);
  return (
    <div className="map-popup" data-testid="event-popup">
      <p className="map-popup__date">
        {formatSpan(event.date, event.endDate ?? event.date)} ·{' '}
        {place ? nameOf(place) : event.placeId} <Badge>{eventCategoryLabels[event.category]}</Badge>
      </p>
      {/* The dataset tells its events in English only. */}
      <EnglishText block className="map-popup__title">
        {event.title}
      </EnglishText>
      {event.actors.length > 0 ? (
        <p className="map-popup__actors">
          {event.actors.map((id, i) => {
            const actor = actors.get(id);
            return (
              <span key={id}>
                {i > 0 ? t('common.listSeparator') : ''}
                <button type="button" className="link-button" onClick={() => selectActor(id)}>
                  {actor ? nameOf(actor) : id}
                </button>
              </span>
            );
          })}
        </p>
      ) : null}
      {compact ? null : (
        <EnglishText block className="map-popup__summary">
          {event.summary}
        </EnglishText>
      )}
      <SourceLinks ids={event.sources} />
    </div>
  );
}

/** A talks venue's meetings in the range; each opens its round in the tracker. */
export function VenuePopup({
  place,
  meetings,
}: {
  place: Place;
  meetings: readonly { id: string; title: string; titleAr: string; start: string; end: string }[];
}) {
  const selectRound = useFiltersStore((s) => s.selectRound);
  const showPanel = useFiltersStore((s) => s.showPanel);
  return (
    <div className="map-popup">
      <p className="map-popup__title">{nameOf(place)}</p>
      <ol className="map-popup__list">
        {meetings.map((m) => (
          <li key={m.id}>
            <span className="map-popup__date">{formatSpan(m.start, m.end)}</span>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                selectRound(m.id);
                showPanel('tracker');
              }}
            >
              {titleOf(m)}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A place of the basemap (a border crossing): its note and sources. */
export function PlacePopup({ place }: { place: Place }) {
  return (
    <div className="map-popup">
      <p className="map-popup__title">{nameOf(place)}</p>
      {place.note ? (
        <EnglishText block className="map-popup__summary">
          {place.note}
        </EnglishText>
      ) : null}
      <SourceLinks ids={place.sources} />
    </div>
  );
}

const POPUP_LIMIT = 60;

/**
 * The newest events at a place, for its popup. Rendered only once the popup has been opened,
 * so the sorting happens for the place someone looks at, not for every place on every change.
 */
export function PlaceEvents({
  placeName,
  events,
  data,
}: {
  placeName: string;
  events: () => readonly ConflictEvent[];
  data: MapData;
}) {
  const here = events();
  const newest = [...here].sort((a, b) => b.date.localeCompare(a.date)).slice(0, POPUP_LIMIT);
  return (
    <>
      <p className="map-popup__title">
        {t('map.placeEvents.title', { count: here.length, place: placeName })}
      </p>
      <ol className="map-popup__list">
        {newest.map((e) => (
          <li key={e.id}>
            <EventPopup event={e} data={data} compact />
          </li>
        ))}
      </ol>
      {here.length > POPUP_LIMIT ? (
        <p className="cell-meta">
          {t('map.placeEvents.more', { count: here.length - POPUP_LIMIT })}
        </p>
      ) : null}
    </>
  );
}
