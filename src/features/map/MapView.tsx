import 'leaflet/dist/leaflet.css';
import { EmptyState } from '@/components/DatasetGate';
import { useQuery } from '@tanstack/react-query';
import { divIcon, type Map as LeafletMap } from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  CircleMarker,
  MapContainer,
  Marker,
  Pane,
  Polygon,
  Popup,
  TileLayer,
  Tooltip,
  useMap,
  useMapEvents,
} from 'react-leaflet';
import Supercluster from 'supercluster';
import { Badge } from '@/components/Badge';
import { ExportMenu } from '@/components/ExportMenu';
import { SourceLinks } from '@/components/SourceLinks';
import type { Dataset } from '@/data/dataset-files';
import { eventCategoryLabels } from '@/data/labels';
import type { ConflictEvent } from '@/data/schemas/events';
import type { Place } from '@/data/schemas/places';
import {
  eventsByActor,
  eventsByPlace,
  filterEventsByRange,
  filterMeetingsByRange,
  indexById,
} from '@/data/selectors';
import type { DateRange } from '@/lib/dates';
import { formatDate, formatNumber, formatRangeInWords, formatSpan, pluralize } from '@/lib/format';
import { toggledSubset } from '@/lib/subset';
import { useFiltersStore } from '@/stores/filters';
import { MAX_ZOOM, MIN_ZOOM, mapLayerIds, type MapLayer } from '@/stores/url-state';
import { loadCountries } from './basemap';
import { mapLegendFor, type MapLegendContext } from './map-legend';
import { ClusterSummary } from './ClusterSummary';
import { EventTable } from './EventTable';
import { GovernorateModeControl, GovernoratePanel, GovernorateShading } from './GovernorateView';
import {
  governorateLegend,
  useEventsInGovernorate,
  useGovernorateCounts,
  useGovernorates,
} from './use-governorates';
import { GOVERNORATES_ATTRIBUTION } from './governorates';
import { TitledMarker } from './TitledMarker';
import { BaseMarkers } from './BaseMarkers';
import { basesInRange } from './bases';
import { buildMapSvg, clusterRadius, type MapMarks } from './export-map';
import {
  monthSteps,
  placePoints,
  venuesOf,
  zonesInRange,
  type PlacePointProperties,
} from './map-data';
import {
  BORDER,
  categoryColor,
  COUNTRY_LABELS,
  DEFAULT_VIEW,
  GOVERNORATE_CAPITALS,
  LAND,
  LAND_SYRIA,
  PLACE_DOT,
  TOWN_MIN_ZOOM,
  VENUE,
  ZONE,
} from './map-style';

// Leaflet restyles or rebuilds a layer whenever it is handed a new options object: these are
// created once, so a range change does not touch the basemap.
// The colours here are the light theme's; the stylesheet gives the basemap and the place dots
// the theme's own through their class names (handed to Leaflet when it creates each path:
// a className in pathOptions arrives too late to be used).
const LAND_STYLE = { fillColor: LAND, fillOpacity: 1, color: BORDER, weight: 0.8 } as const;
const SYRIA_STYLE = { ...LAND_STYLE, fillColor: LAND_SYRIA } as const;
const CAPITAL_STYLE = {
  color: PLACE_DOT,
  fillColor: PLACE_DOT,
  fillOpacity: 1,
  weight: 1,
} as const;
const TOWN_STYLE = { ...CAPITAL_STYLE, fillColor: LAND_SYRIA, weight: 1.5 } as const;
const iconCache = new Map<string, ReturnType<typeof divIcon>>();
/** One icon object per look, reused across renders (a new icon makes Leaflet re-create the marker). */
function cachedIcon(key: string, make: () => ReturnType<typeof divIcon>) {
  let icon = iconCache.get(key);
  if (!icon) {
    icon = make();
    iconCache.set(key, icon);
  }
  return icon;
}
const latLngs = new Map<string, [number, number]>();
/**
 * One [lat, lng] array per position, reused across renders: react-leaflet moves a marker
 * (and Leaflet re-lays it out) whenever it is handed a new array, even with the same numbers.
 */
function latLng(lat: number, lng: number): [number, number] {
  const key = `${lat},${lng}`;
  let position = latLngs.get(key);
  if (!position) {
    position = [lat, lng];
    latLngs.set(key, position);
  }
  return position;
}

function countryLabelIcon(name: string, main: boolean) {
  return cachedIcon(`label:${name}`, () =>
    divIcon({
      className: `map-country-label${main ? ' is-main' : ''}`,
      html: name,
      iconSize: [120, 20],
      iconAnchor: [60, 10],
    }),
  );
}
function countIcon(count: number, highlighted: boolean) {
  const size = clusterRadius(count) * 2;
  return cachedIcon(`count:${count}:${highlighted}`, () =>
    divIcon({
      className: `map-cluster${highlighted ? ' is-highlighted' : ''}`,
      // The count is read from the marker's title ("80 events at 5 places; zoom in").
      html: `<span aria-hidden="true">${count}</span>`,
      iconSize: [size, size],
    }),
  );
}
function eventIcon(category: string, highlighted: boolean) {
  return cachedIcon(`event:${category}:${highlighted}`, () =>
    // A class per category, not a style attribute: the CSP forbids inline styles.
    divIcon({
      className: `map-event map-event--${category}${highlighted ? ' is-highlighted' : ''}`,
      html: '<span></span>',
      iconSize: [14, 14],
    }),
  );
}

export type MapData = Pick<Dataset, 'places' | 'events' | 'meetings' | 'actors'>;

const layerLabels: Record<MapLayer, string> = {
  events: 'Events',
  meetings: 'Talks venues',
  zones: 'De-escalation zones',
  bases: 'Military bases',
  capitals: 'Cities, towns and crossings',
};
const SPEEDS = [
  { label: '0.5 s per month', ms: 500 },
  { label: '1 s per month', ms: 1000 },
  { label: '2 s per month', ms: 2000 },
];

/** The map panel's content: offline basemap, clustered events, venues, zones, bases; loaded lazily. */
export default function MapView({ data, range }: { data: MapData; range: DateRange }) {
  const mapRef = useRef<LeafletMap | null>(null);
  const storedLayers = useFiltersStore((s) => s.mapLayers);
  const setMapLayers = useFiltersStore((s) => s.setMapLayers);
  const onlineTiles = useFiltersStore((s) => s.onlineTiles);
  const setOnlineTiles = useFiltersStore((s) => s.setOnlineTiles);
  const initialView = useFiltersStore.getState().mapView ?? DEFAULT_VIEW;
  const layers = useMemo(() => new Set<MapLayer>(storedLayers ?? mapLayerIds), [storedLayers]);
  const toggleLayer = (layer: MapLayer) => setMapLayers(toggledSubset(mapLayerIds, layers, layer));

  const basemap = useQuery({
    queryKey: ['basemap'],
    queryFn: ({ signal }) => loadCountries(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const places = useMemo(() => indexById(data.places.places), [data.places]);
  // The chosen governorate narrows every count, marker and table row of the map.
  const events = useEventsInGovernorate(data.events.events, places);

  // Play: step through the range month by month.
  const steps = useMemo(() => monthSteps(range), [range]);
  const [played, setPlay] = useState<{
    range: DateRange;
    step: number | null;
    playing: boolean;
  }>({ range, step: null, playing: false });
  // Playback belongs to the range it was started in: a new range stops it. (Derived, not
  // stored on a range change: setting state while rendering rendered the map twice per change.)
  const play = played.range === range ? played : { range, step: null, playing: false };
  const { step, playing } = play;
  const [speed, setSpeed] = useState(1000);
  const tableOpen = useFiltersStore((s) => s.tableViews.includes('map-events'));
  const showTable = useFiltersStore((s) => s.showTable);
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      setPlay((current) => {
        if (current.range !== range) return current;
        const next = (current.step ?? -1) + 1;
        return next >= steps.length
          ? { ...current, step: steps.length - 1, playing: false }
          : { ...current, step: next };
      });
    }, speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, steps.length, range]);
  const window_ = step !== null && steps[step] ? steps[step] : range;

  // Counts by place from the keyed index: no pass over the events in range per change.
  const byPlace = eventsByPlace(events);
  const placeCounts = useMemo(() => byPlace.counts(window_), [byPlace, window_]);
  const eventCount = useMemo(
    () => [...placeCounts.values()].reduce((sum, n) => sum + n, 0),
    [placeCounts],
  );
  const meetings = useMemo(
    () => filterMeetingsByRange(data.meetings.meetings, window_),
    [data.meetings, window_],
  );
  const { points, unplaced } = useMemo(
    () => placePoints(placeCounts, places, (id) => byPlace.recordsOf(id, window_)[0]?.category),
    [placeCounts, places, byPlace, window_],
  );
  const actorId = useFiltersStore((s) => s.actorId);
  // The places where the selected actor has events in the range, for highlighting.
  const actorPlaces = useMemo(
    () =>
      new Set(
        actorId
          ? eventsByActor(events)
              .recordsOf(actorId, window_)
              .map((e) => e.placeId)
          : [],
      ),
    [events, actorId, window_],
  );
  const eventsAt = (placeId: string) => byPlace.recordsOf(placeId, window_);
  const mapMode = useFiltersStore((s) => s.mapMode);
  const byGovernorate = mapMode === 'governorates';
  const governorates = useGovernorates(byGovernorate);
  const eventsInWindow = useMemo(() => filterEventsByRange(events, window_), [events, window_]);
  // The shading compares the governorates, so it counts every governorate's events even while
  // one is chosen (the chosen one is marked); the markers and the summary show only its own.
  const allInWindow = useMemo(
    () => filterEventsByRange(data.events.events, window_),
    [data.events, window_],
  );
  const governorateCounts = useGovernorateCounts(allInWindow, places);
  const zones = useMemo(() => zonesInRange(data.places.places, window_), [data.places, window_]);
  const venues = useMemo(() => venuesOf(meetings, places), [meetings, places]);
  // The open round marks its venue, as it marks its participants and its date elsewhere.
  const roundId = useFiltersStore((s) => s.roundId);
  const focusPlace = useFiltersStore((s) => s.focusPlace);
  const openRound = roundId ? indexById(data.meetings.meetings).get(roundId) : undefined;
  const openRoundDrawn =
    openRound !== undefined &&
    layers.has('meetings') &&
    venues.some((v) => v.meetings.some((m) => m.id === openRound.id));
  const bases = useMemo(() => basesInRange(data.places.places, window_), [data.places, window_]);
  // The legend lists what is drawn: the layers on, event markers unless shaded by governorate,
  // and the holders of the bases shown.
  const legendContext: MapLegendContext = useMemo(
    () => ({
      layers,
      eventMarkers: !byGovernorate,
      holders: new Set(bases.map((b) => b.period.heldBy)),
      openRoundDrawn,
    }),
    [layers, byGovernorate, bases, openRoundDrawn],
  );
  const capitals = useMemo(
    () => GOVERNORATE_CAPITALS.flatMap((id) => places.get(id) ?? []),
    [places],
  );
  const towns = useMemo(() => data.places.places.filter((p) => p.kind === 'town'), [data.places]);
  const crossings = useMemo(
    () => data.places.places.filter((p) => p.kind === 'border-crossing'),
    [data.places],
  );
  const clusterIndex = useMemo(
    () =>
      new Supercluster<PlacePointProperties, { count: number }>({
        radius: 48,
        maxZoom: MAX_ZOOM,
        map: (props) => ({ count: props.count }),
        reduce: (total, props) => {
          total.count += props.count;
        },
      }).load(points),
    [points],
  );
  const shownEvents = useRef<MapMarks['events']>([]);

  const fitVenues = () => {
    const map = mapRef.current;
    if (!map || venues.length === 0) return;
    map.fitBounds(
      venues.map((v) => [v.place.lat, v.place.lon] as [number, number]),
      { padding: [30, 30], maxZoom: 6 },
    );
  };

  const exportMarks = (): SVGSVGElement | null => {
    const map = mapRef.current;
    if (!map) return null;
    return buildMapSvg(map, {
      countries: basemap.data ?? [],
      zones: layers.has('zones') ? zones : [],
      capitals: layers.has('capitals') ? capitals : [],
      towns: layers.has('capitals') && map.getZoom() >= TOWN_MIN_ZOOM ? towns : [],
      crossings: layers.has('capitals') && map.getZoom() >= TOWN_MIN_ZOOM ? crossings : [],
      labels: COUNTRY_LABELS,
      events: layers.has('events') ? shownEvents.current : [],
      venues: layers.has('meetings') ? venues.map((v) => v.place) : [],
      openRoundVenueId: openRoundDrawn ? openRound.placeId : null,
      bases: layers.has('bases') ? bases : [],
      governorates:
        byGovernorate && governorates.data
          ? governorates.data.map((g) => ({
              polygons: g.polygons,
              fillClass: governorateCounts.classes.get(g.name) ?? 0,
            }))
          : [],
    });
  };
  return (
    <div className="map" data-rendered-range={`${range.from}..${range.to}`}>
      <div className="map__controls">
        <fieldset className="map__layers">
          <legend className="field__label">Layers</legend>
          {mapLayerIds.map((layer) => (
            <label key={layer} className="check">
              <input
                type="checkbox"
                checked={layers.has(layer)}
                onChange={() => toggleLayer(layer)}
              />
              {layerLabels[layer]}
            </label>
          ))}
          <label className="check">
            <input
              type="checkbox"
              checked={onlineTiles}
              onChange={(e) => setOnlineTiles(e.target.checked)}
            />
            Online map tiles (OpenStreetMap; needs internet)
          </label>
        </fieldset>
        <GovernorateModeControl />
        <div className="map__play" role="group" aria-label="Play the range month by month">
          <button
            type="button"
            className="button button--small"
            onClick={() => setPlay({ ...play, playing: !playing })}
            disabled={steps.length < 2}
          >
            {playing ? 'Pause' : step === null ? 'Play by month' : 'Resume'}
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() => setPlay({ ...play, playing: false, step: null })}
            disabled={step === null}
          >
            Stop
          </button>
          <label className="field field--inline">
            <span className="visually-hidden">Speed</span>
            <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
              {SPEEDS.map((s) => (
                <option key={s.ms} value={s.ms}>
                  {s.label}
                </option>
              ))}
            </select>
          </label>
          <span className="map__step" aria-live="polite" data-testid="map-step">
            {step !== null && steps[step] ? monthName(steps[step].from) : ''}
          </span>
        </div>
      </div>
      <div className="panel__toolbar">
        <p className="summary" data-testid="map-summary" aria-live="polite">
          {pluralize(eventCount - unplaced, 'event')}{' '}
          {step !== null ? `in ${monthName(window_.from)}` : 'in range'} on the map
          {unplaced > 0 ? ` (${unplaced} without a known place not shown)` : ''} ·{' '}
          {pluralize(venues.length, 'talks venue')}
          {openRound
            ? openRoundDrawn
              ? ` · the open round's venue is ringed`
              : ` · the open round (${openRound.title}) is not on the map${layers.has('meetings') ? ' in this range' : ': talks venues are hidden'}`
            : ''}
          {layers.has('zones') ? ` · ${pluralize(zones.length, 'zone')}` : ''}
        </p>
        <div className="map__actions">
          <button
            type="button"
            className="button button--small"
            onClick={fitVenues}
            disabled={venues.length === 0}
          >
            Show all talks venues
          </button>
          <button
            type="button"
            className="button button--small"
            onClick={() =>
              mapRef.current?.setView([DEFAULT_VIEW.lat, DEFAULT_VIEW.lng], DEFAULT_VIEW.zoom)
            }
          >
            Back to Syria
          </button>
          {openRoundDrawn ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => focusPlace(openRound.placeId)}
            >
              Show the open round&apos;s venue
            </button>
          ) : null}
          <ExportMenu
            title="Map: events, talks venues and de-escalation zones"
            fileName="map"
            getChart={exportMarks}
            legend={
              byGovernorate
                ? [...governorateLegend(governorateCounts.breaks), ...mapLegendFor(legendContext)]
                : mapLegendFor(legendContext)
            }
            details={() =>
              openRound
                ? `Open round: ${openRound.title}${openRoundDrawn ? ' (its venue is ringed)' : ' (not on the map in this range)'}`
                : undefined
            }
            sourceIds={() => [
              ...new Set([
                ...eventsInWindow.flatMap((e) => e.sources),
                ...meetings.flatMap((m) => m.sources),
                ...zones.flatMap((z) => z.sources),
              ]),
            ]}
            note={`Boundaries: Natural Earth (public domain), via world-atlas.${byGovernorate ? ` ${GOVERNORATES_ATTRIBUTION}.` : ''} Zone outlines are approximate.${onlineTiles ? ' Online tiles are not part of the export.' : ''}`}
          />
        </div>
      </div>
      {eventCount === 0 && venues.length === 0 ? (
        <EmptyState>
          No event or meeting {formatRangeInWords(window_)}; the map shows the places only.
        </EmptyState>
      ) : null}
      {basemap.isError ? (
        <p className="state state--error" role="alert">
          {basemap.error.message}
        </p>
      ) : null}
      <MapContainer
        ref={mapRef}
        center={[initialView.lat, initialView.lng]}
        zoom={initialView.zoom}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        worldCopyJump={false}
        className="map__canvas"
        attributionControl
      >
        <MapKeyboard label="Map of events, talks venues and zones; use the arrow keys to pan and plus and minus to zoom" />
        <ExposeProjection />
        <ViewSync />
        <FocusPlace places={places} />
        <ChosenEvent data={data} places={places} />
        {onlineTiles ? (
          <TileLayer
            url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
            attribution="&copy; OpenStreetMap contributors"
            maxZoom={19}
          />
        ) : null}
        <Pane name="basemap" style={{ zIndex: 250 }}>
          {!onlineTiles && basemap.data
            ? basemap.data.map((country) => (
                <Polygon
                  key={country.name + country.polygons.length}
                  positions={country.polygons}
                  interactive={false}
                  pathOptions={country.name === 'Syria' ? SYRIA_STYLE : LAND_STYLE}
                  className={country.name === 'Syria' ? 'map-land map-land--syria' : 'map-land'}
                />
              ))
            : null}
        </Pane>
        {/* Names of places and countries sit in a pane of their own above the markers (and
            below tooltips and popups): an event cluster must not hide the name of its city. */}
        <Pane name={LABEL_PANE} style={{ zIndex: 640 }} />
        {!onlineTiles
          ? COUNTRY_LABELS.map((label) => (
              <Marker
                key={label.name}
                position={latLng(label.lat, label.lng)}
                pane={LABEL_PANE}
                interactive={false}
                keyboard={false}
                icon={countryLabelIcon(label.name, label.main)}
              />
            ))
          : null}
        {byGovernorate && governorates.data ? (
          <GovernorateShading governorates={governorates.data} counts={governorateCounts} />
        ) : null}
        {layers.has('zones')
          ? zones.map((zone) => (
              <ZoneLayer
                key={zone.id}
                zone={zone}
                meetingTitle={
                  data.meetings.meetings.find((m) => m.id === zone.establishedBy)?.title
                }
              />
            ))
          : null}
        {layers.has('capitals') ? (
          <PlaceMarks capitals={capitals} towns={towns} crossings={crossings} />
        ) : null}
        {layers.has('bases') ? <BaseMarkers bases={bases} /> : null}
        {layers.has('events') && !byGovernorate ? (
          <Clusters
            index={clusterIndex}
            eventsAt={eventsAt}
            actorPlaces={actorPlaces}
            data={data}
            onShown={(marks) => (shownEvents.current = marks)}
          />
        ) : null}
        {layers.has('meetings')
          ? venues.map((venue) => {
              const open = openRoundDrawn && venue.place.id === openRound.placeId;
              return (
                <TitledMarker
                  key={venue.place.id}
                  position={latLng(venue.place.lat, venue.place.lon)}
                  title={`${venue.place.name}: ${pluralize(venue.meetings.length, 'meeting')}${open ? `, among them the open round (${openRound.title})` : ''}`}
                  placeIds={[venue.place.id]}
                  zIndexOffset={open ? 1000 : 0}
                  icon={cachedIcon(`venue:${venue.meetings.length}:${open}`, () =>
                    divIcon({
                      className: open ? 'map-venue map-venue--open-round' : 'map-venue',
                      // The diamond is a square turned inside the marker, never the marker turned:
                      // Leaflet places the marker with a transform, and a rotation on the marker
                      // itself turns that translation too, which drew Sochi in the Syrian desert.
                      html: `<span class="map-venue__shape"></span><span class="map-venue__count" aria-hidden="true">${venue.meetings.length}</span>`,
                      iconSize: [22, 22],
                    }),
                  )}
                >
                  <Popup>
                    <VenuePopup place={venue.place} meetings={venue.meetings} />
                  </Popup>
                </TitledMarker>
              );
            })
          : null}
      </MapContainer>
      {byGovernorate ? (
        <GovernoratePanel counts={governorateCounts} error={governorates.error} />
      ) : null}
      <MapLegend context={legendContext} />
      <details
        className="map__table"
        open={tableOpen}
        onToggle={(e) => showTable('map-events', e.currentTarget.open)}
      >
        <summary>Events on the map as a table ({formatNumber(eventCount)})</summary>
        {/* Built only when opened, and windowed: rows nobody sees would slow every range change. */}
        {tableOpen ? <EventTable events={eventsInWindow} places={places} /> : null}
      </details>
    </div>
  );
}

function monthName(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/**
 * Names the map for assistive technology (MapContainer hands unknown props to Leaflet as
 * options, so an aria-label on it would never reach the focusable element), and lets Escape
 * close a popup from wherever focus is inside the map: Leaflet only does so while the map
 * itself has focus, not a marker or zone opened with Enter.
 */
function MapKeyboard({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute('role', 'region');
    container.setAttribute('aria-label', label);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') map.closePopup();
    };
    container.addEventListener('keydown', onKeyDown);
    return () => container.removeEventListener('keydown', onKeyDown);
  }, [map, label]);
  return null;
}

/**
 * Hangs the Leaflet map on its container element as `leafletMap`. The geometry tests read the
 * map's own projection from it (latLngToContainerPoint) to check that every mark is drawn where
 * its coordinates put it, instead of trusting positions the page states about itself. Harmless:
 * it hands a script in the page nothing that the page's own code cannot already reach, and it
 * changes nothing on screen.
 */
function ExposeProjection() {
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
 * Writes the map's view into the store (and so the URL) after each move, and moves the map
 * when the store's view changes otherwise (Back or Forward to a link with another view).
 */
function ViewSync() {
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
function FocusPlace({ places }: { places: ReadonlyMap<string, Place> }) {
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
function ChosenEvent({ data, places }: { data: MapData; places: ReadonlyMap<string, Place> }) {
  const eventId = useFiltersStore((s) => s.eventId);
  const showEvent = useFiltersStore((s) => s.showEvent);
  const event = useMemo(
    () => (eventId ? data.events.events.find((e) => e.id === eventId) : undefined),
    [eventId, data.events],
  );
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

interface ClustersProps {
  index: Supercluster<PlacePointProperties, { count: number }>;
  /** The events at a place in the range, looked up only for the markers that need them. */
  eventsAt: (placeId: string) => readonly ConflictEvent[];
  /** Places where the selected actor has events in the range. */
  actorPlaces: ReadonlySet<string>;
  data: MapData;
  onShown: (marks: MapMarks['events']) => void;
}

const POPUP_LIMIT = 60;

/**
 * The events of the view: clusters of places (a click zooms in), a place with several events
 * (a click lists them, newest first) or a single event (a click opens it).
 */
function Clusters({ index, eventsAt, actorPlaces, data, onShown }: ClustersProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  // The clusters of the whole map at this zoom, not only those in view: the points are places,
  // not events, so they stay few, and panning then never adds or removes a marker. (Culling
  // to the view removed the marker that had keyboard focus when Tab panned the map to it
  // while an earlier pan was still settling.)
  const clusters = useMemo(() => index.getClusters([-180, -85, 180, 85], zoom), [index, zoom]);
  const involves = (placeIds: readonly string[]) => placeIds.some((id) => actorPlaces.has(id));
  const placeNames = useMemo(() => indexById(data.places.places), [data.places]);

  const marks = clusters.map((c) => {
    const [lng, lat] = c.geometry.coordinates as [number, number];
    const { count, category } = c.properties as {
      count: number;
      category?: ConflictEvent['category'];
    };
    return {
      lat,
      lng,
      count,
      color: count === 1 && category ? categoryColor(category) : VENUE,
    };
  });
  // Remember what is drawn, for the export.
  useEffect(() => {
    onShown(marks);
  });

  return (
    <>
      {clusters.map((c, i) => {
        const mark = marks[i]!;
        if ('cluster' in c.properties && c.properties.cluster) {
          const clusterId = c.properties.cluster_id as number;
          const placeIds = index
            .getLeaves(clusterId, Infinity)
            .map((leaf) => leaf.properties.placeId);
          const expansion = Math.min(index.getClusterExpansionZoom(clusterId), MAX_ZOOM);
          const zoomIn = () => {
            map.closePopup();
            map.setView([mark.lat, mark.lng], expansion);
          };
          return (
            <TitledMarker
              // Named by its first place, not by supercluster's id, which changes with the
              // counts: a range change then moves and relabels the marker instead of
              // replacing it. (A place is in one cluster only, so the key is unique.)
              key={`cluster:${placeIds.reduce((a, b) => (b < a ? b : a))}`}
              position={latLng(mark.lat, mark.lng)}
              title={`${mark.count} events at ${placeIds.length} places: summary`}
              placeIds={placeIds}
              icon={countIcon(mark.count, involves(placeIds))}
            >
              <Popup maxWidth={320}>
                <ClusterSummary
                  places={() =>
                    placeIds.map((id) => ({
                      name: placeNames.get(id)?.name ?? id,
                      events: eventsAt(id),
                    }))
                  }
                  onZoomIn={zoomIn}
                />
              </Popup>
            </TitledMarker>
          );
        }
        const { placeId, count } = c.properties as PlacePointProperties;
        const placeName = placeNames.get(placeId)?.name ?? placeId;
        const only = count === 1 ? eventsAt(placeId)[0] : undefined;
        if (only) {
          return (
            <TitledMarker
              key={placeId}
              position={latLng(mark.lat, mark.lng)}
              title={`${formatDate(only.date)}: ${only.title}`}
              placeIds={[placeId]}
              icon={eventIcon(only.category, involves([placeId]))}
            >
              <Popup maxWidth={320}>
                <EventPopup event={only} data={data} />
              </Popup>
            </TitledMarker>
          );
        }
        return (
          <TitledMarker
            key={placeId}
            position={latLng(mark.lat, mark.lng)}
            title={`${count} events at ${placeName}`}
            placeIds={[placeId]}
            icon={countIcon(count, involves([placeId]))}
          >
            <Popup maxHeight={320} maxWidth={340}>
              <PlaceEvents placeName={placeName} events={() => eventsAt(placeId)} data={data} />
            </Popup>
          </TitledMarker>
        );
      })}
    </>
  );
}

function EventPopup({
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
        {formatSpan(event.date, event.endDate ?? event.date)} · {place?.name ?? event.placeId}{' '}
        <Badge>{eventCategoryLabels[event.category]}</Badge>
      </p>
      <p className="map-popup__title">{event.title}</p>
      {event.actors.length > 0 ? (
        <p className="map-popup__actors">
          {event.actors.map((id, i) => (
            <span key={id}>
              {i > 0 ? ', ' : ''}
              <button type="button" className="link-button" onClick={() => selectActor(id)}>
                {actors.get(id)?.name ?? id}
              </button>
            </span>
          ))}
        </p>
      ) : null}
      {compact ? null : <p className="map-popup__summary">{event.summary}</p>}
      <SourceLinks ids={event.sources} />
    </div>
  );
}

function VenuePopup({
  place,
  meetings,
}: {
  place: Place;
  meetings: readonly { id: string; title: string; start: string; end: string }[];
}) {
  const selectRound = useFiltersStore((s) => s.selectRound);
  return (
    <div className="map-popup">
      <p className="map-popup__title">{place.name}</p>
      <ol className="map-popup__list">
        {meetings.map((m) => (
          <li key={m.id}>
            <span className="map-popup__date">{formatSpan(m.start, m.end)}</span>{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                selectRound(m.id);
                document
                  .querySelector('[data-area="tracker"]')
                  ?.scrollIntoView({ behavior: 'smooth', block: 'start' });
              }}
            >
              {m.title}
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

const LABEL_PANE = 'place-labels';

/**
 * A place drawn as a dot with its name beside it. The dot carries `data-place-ids`, as the
 * markers do, for the geometry tests.
 */
function PlaceDot({ place, kind }: { place: Place; kind: 'capital' | 'town' }) {
  return (
    <CircleMarker
      center={latLng(place.lat, place.lon)}
      radius={kind === 'capital' ? 3 : 2.5}
      interactive={false}
      pathOptions={kind === 'capital' ? CAPITAL_STYLE : TOWN_STYLE}
      className={`map-place map-place--${kind}`}
      eventHandlers={{
        add: (event) => {
          const element = (event.target as { getElement: () => Element | undefined }).getElement();
          element?.setAttribute('data-place-ids', place.id);
        },
      }}
    >
      <Tooltip
        permanent
        direction="right"
        offset={[4, 0]}
        pane={LABEL_PANE}
        className={`map-label map-label--${kind}`}
      >
        {place.name}
      </Tooltip>
    </CircleMarker>
  );
}

/**
 * The governorate capitals at every zoom; towns and border crossings only from TOWN_MIN_ZOOM,
 * where there is room for their names (at the country view they would bury the capitals).
 */
function PlaceMarks({
  capitals,
  towns,
  crossings,
}: {
  capitals: readonly Place[];
  towns: readonly Place[];
  crossings: readonly Place[];
}) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const detailed = zoom >= TOWN_MIN_ZOOM;
  return (
    <>
      {capitals.map((place) => (
        <PlaceDot key={place.id} place={place} kind="capital" />
      ))}
      {detailed
        ? towns.map((place) => <PlaceDot key={place.id} place={place} kind="town" />)
        : null}
      {detailed
        ? crossings.map((place) => (
            <TitledMarker
              key={place.id}
              position={latLng(place.lat, place.lon)}
              title={`${place.name}: border crossing`}
              placeIds={[place.id]}
              icon={cachedIcon('crossing', () =>
                divIcon({
                  className: 'map-crossing',
                  html: '<span class="map-crossing__shape"></span>',
                  iconSize: [14, 14],
                }),
              )}
            >
              <Tooltip
                permanent
                direction="right"
                offset={[6, 0]}
                pane={LABEL_PANE}
                className="map-label map-label--crossing"
              >
                {place.name}
              </Tooltip>
              <Popup>
                <PlacePopup place={place} />
              </Popup>
            </TitledMarker>
          ))
        : null}
    </>
  );
}

function PlacePopup({ place }: { place: Place }) {
  return (
    <div className="map-popup">
      <p className="map-popup__title">{place.name}</p>
      {place.note ? <p className="map-popup__summary">{place.note}</p> : null}
      <SourceLinks ids={place.sources} />
    </div>
  );
}

function ZoneLayer({ zone, meetingTitle }: { zone: Place; meetingTitle?: string }) {
  const selectRound = useFiltersStore((s) => s.selectRound);
  const rings = (zone.area?.rings ?? []).map((ring) =>
    ring.map(([lng, lat]) => [lat, lng] as [number, number]),
  );
  return (
    <Polygon
      positions={rings}
      pathOptions={{ color: ZONE, weight: 2, dashArray: '6 4', fillColor: ZONE, fillOpacity: 0.14 }}
      eventHandlers={{
        // Leaflet opens the popup on Enter; make the outline a named Tab stop to match.
        add: (event) => {
          const element = (event.target as { getElement: () => Element | undefined }).getElement();
          element?.setAttribute('tabindex', '0');
          element?.setAttribute('role', 'button');
          element?.setAttribute('aria-label', `${zone.name}: details`);
        },
      }}
    >
      <Tooltip
        sticky
      >{`${zone.name}${zone.area?.approximate ? ' (approximate outline)' : ''}`}</Tooltip>
      <Popup maxWidth={320}>
        <div className="map-popup" data-testid="zone-popup">
          <p className="map-popup__title">{zone.name}</p>
          <p className="map-popup__date">
            {zone.validFrom || zone.validTo
              ? `Existed ${formatSpan(zone.validFrom ?? zone.validTo ?? '', zone.validTo ?? zone.validFrom ?? '')}`
              : ''}
            {zone.area?.approximate ? ' · outline approximate' : ''}
          </p>
          {zone.establishedBy ? (
            <p>
              Created by{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => selectRound(zone.establishedBy ?? null)}
              >
                {meetingTitle ?? zone.establishedBy}
              </button>
            </p>
          ) : null}
          {zone.note ? <p className="map-popup__summary">{zone.note}</p> : null}
          <SourceLinks ids={zone.sources} />
        </div>
      </Popup>
    </Polygon>
  );
}

function MapLegend({ context }: { context: MapLegendContext }) {
  return (
    <ul className="legend__group map__legend" aria-label="Legend">
      {mapLegendFor(context).map((item) => (
        <li key={item.label}>
          <span
            className={`legend__symbol legend__symbol--${item.symbol}`}
            data-symbol={item.symbol}
            style={{ color: item.screenColor }}
            aria-hidden="true"
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The newest events at a place, for its popup. Rendered only once the popup has been opened,
 * so the sorting happens for the place someone looks at, not for every place on every change.
 */
function PlaceEvents({
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
        {here.length} events at {placeName}
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
          …and {formatNumber(here.length - POPUP_LIMIT)} earlier: narrow the range, or see them all
          in the table of events under the map.
        </p>
      ) : null}
    </>
  );
}
