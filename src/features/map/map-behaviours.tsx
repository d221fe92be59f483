import type { Map as LeafletMap, PopupEvent } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { Popup, useMap, useMapEvents } from 'react-leaflet';
import type { Place } from '@/data/schemas/places';
import { indexById } from '@/data/selectors';
import { t } from '@/i18n/t';
import { useFiltersStore } from '@/stores/filters';
import { latLng } from './icons';
import { watchMarksInView } from './marks-in-view';
import { DEFAULT_VIEW } from './map-style';
import { EventPopup } from './popups';
import type { MapData } from './use-map-marks';

// The map's behaviours: components with no drawing of their own, each tying the running
// Leaflet map to the page, the store or the tests.

/**
 * Names the map for assistive technology (MapContainer hands unknown props to Leaflet as
 * options, so an aria-label on it would never reach the focusable element), and lets Escape
 * close a popup from wherever focus is inside the map: Leaflet only does so while the map
 * itself has focus, not a marker or zone opened with Enter. Names each popup's close button in
 * the language shown, too: Leaflet writes "Close popup" into it.
 */
export function MapKeyboard({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') map.closePopup();
    };
    const onPopupOpen = (event: PopupEvent) => {
      event.popup
        .getElement()
        ?.querySelector('.leaflet-popup-close-button')
        ?.setAttribute('aria-label', t('map.closePopup'));
    };
    container.addEventListener('keydown', onKeyDown);
    map.on('popupopen', onPopupOpen);
    return () => {
      container.removeEventListener('keydown', onKeyDown);
      map.off('popupopen', onPopupOpen);
    };
  }, [map, label]);
  return null;
}

/**
 * Tells Leaflet when its container changes size (the panel expanded or given back its place),
 * so that tiles and marks fill it and the centre stays where it was.
 */
export function FollowContainerSize() {
  const map = useMap();
  useEffect(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const container = map.getContainer();
    let size = `${container.clientWidth}x${container.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const now = `${container.clientWidth}x${container.clientHeight}`;
      if (now === size) return;
      size = now;
      map.invalidateSize({ animate: false });
    });
    observer.observe(container);
    return () => observer.disconnect();
  }, [map]);
  return null;
}

/**
 * Hangs the Leaflet map on its container element as `leafletMap`. The geometry tests read the
 * map's own projection from it (latLngToContainerPoint) to check that every mark is drawn where
 * its coordinates put it, instead of trusting positions the page states about itself. Harmless:
 * it hands a script in the page nothing that the page's own code cannot already reach, and it
 * changes nothing on screen.
 */
export function ExposeProjection() {
  const map = useMap();
  useEffect(() => {
    const container: HTMLElement & { leafletMap?: LeafletMap } = map.getContainer();
    container.leafletMap = map;
    return () => {
      delete container.leafletMap;
    };
  }, [map]);
  return null;
}

/**
 * Tells `onChange` whether the reader can see any mark a range change redraws (see
 * watchMarksInView): true until the browser has looked, and where it cannot look.
 */
export function MarksInView({ onChange }: { onChange: (inView: boolean) => void }) {
  const map = useMap();
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    return watchMarksInView(map.getPane('mapPane')!, map.getContainer(), onChange);
  }, [map, onChange]);
  return null;
}

/**
 * Writes the map's view into the store (and so the URL) after each move, and moves the map
 * when the store's view changes otherwise (Back or Forward to a link with another view).
 */
export function ViewSync() {
  const setMapView = useFiltersStore((s) => s.setMapView);
  const storedView = useFiltersStore((s) => s.mapView);
  const map = useMapEvents({
    moveend: () => {
      const c = map.getCenter();
      setMapView({
        lat: Number(c.lat.toFixed(3)),
        lng: Number(c.lng.toFixed(3)),
        zoom: map.getZoom(),
      });
    },
  });
  useEffect(() => {
    const view = storedView ?? DEFAULT_VIEW;
    const c = map.getCenter();
    const shown =
      c.lat.toFixed(3) === view.lat.toFixed(3) &&
      c.lng.toFixed(3) === view.lng.toFixed(3) &&
      map.getZoom() === view.zoom;
    if (!shown) map.setView([view.lat, view.lng], view.zoom);
  }, [map, storedView]);
  return null;
}

/**
 * Centres the map on a place another panel or the search asked to show (a venue clicked in the
 * tracker, a place or event chosen in the search), and brings the map into view.
 */
export function FocusPlace({ places }: { places: ReadonlyMap<string, Place> }) {
  const map = useMap();
  const focusPlaceId = useFiltersStore((s) => s.focusPlaceId);
  const focusPlace = useFiltersStore((s) => s.focusPlace);
  useEffect(() => {
    if (!focusPlaceId) return;
    const place = places.get(focusPlaceId);
    if (place) {
      map.setView([place.lat, place.lon], Math.max(map.getZoom(), 7));
      map.getContainer().scrollIntoView({ block: 'nearest' });
    }
    focusPlace(null);
  }, [focusPlaceId, places, map, focusPlace]);
  return null;
}

/** The event chosen in the search, open in a popup at its place, in or out of the range. */
export function ChosenEvent({
  data,
  places,
}: {
  data: MapData;
  places: ReadonlyMap<string, Place>;
}) {
  const eventId = useFiltersStore((s) => s.eventId);
  const showEvent = useFiltersStore((s) => s.showEvent);
  const events = useMemo(() => indexById(data.events.events), [data.events]);
  const event = eventId ? events.get(eventId) : undefined;
  const place = event ? places.get(event.placeId) : undefined;
  if (!event || !place) return null;
  return (
    <Popup
      key={event.id}
      position={latLng(place.lat, place.lon)}
      maxWidth={320}
      // Closed by the user or by another popup; not when replaced by a newer choice.
      eventHandlers={{
        remove: () => {
          if (useFiltersStore.getState().eventId === event.id) showEvent(null);
        },
      }}
    >
      <EventPopup event={event} data={data} />
    </Popup>
  );
}
