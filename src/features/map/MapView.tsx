import 'leaflet/dist/leaflet.css';
import { useQuery } from '@tanstack/react-query';
import type { Map as LeafletMap } from 'leaflet';
import { useMemo, useRef, useState } from 'react';
import { AttributionControl, MapContainer, Pane, TileLayer, ZoomControl } from 'react-leaflet';
import { EmptyState } from '@/components/DatasetGate';
import { ownRangePositions } from '@/data/own-events';
import { t } from '@/i18n/t';
import type { DateRange } from '@/lib/dates';
import { formatRangeInWords } from '@/lib/format';
import { useDeferredUnlessInView } from '@/lib/use-in-view';
import { useFiltersStore } from '@/stores/filters';
import { useShownOwnLayer } from '@/stores/own-events';
import { MAX_ZOOM, MIN_ZOOM } from '@/stores/view-state';
import { loadCountries } from './basemap';
import { BasemapLayer } from './BasemapLayer';
import { EventTable } from './EventTable';
import { buildMapSvg } from './export-map';
import { GovernoratePanel, GovernorateShading } from './GovernorateView';
import {
  ChosenEvent,
  ExposeProjection,
  FocusPlace,
  FollowContainerSize,
  MapKeyboard,
  MarksInView,
  ViewSync,
} from './map-behaviours';
import { COUNTRY_LABELS, DEFAULT_VIEW, TOWN_MIN_ZOOM } from './map-style';
import { MapControls } from './MapControls';
import { MapLegend } from './MapLegend';
import { MapToolbar } from './MapToolbar';
import { MarkLayers, type ShownMarks } from './MarkLayers';
import { OwnEventsLegend } from './OwnEventsLegend';
import { LABEL_PANE } from './PlaceMarks';
import { useGovernorateCounts, useGovernorates, useOwnGovernorateCounts } from './use-governorates';
import {
  useByGovernorate,
  useMapLayers,
  useMapMarks,
  useRingsLayer,
  type MapData,
} from './use-map-marks';
import { useMonthPlayback } from './use-month-playback';

/** The map panel's content: offline basemap, clustered events, venues, zones, bases; loaded lazily. */
export default function MapView({ data, range }: { data: MapData; range: DateRange }) {
  const mapRef = useRef<LeafletMap | null>(null);
  const onlineTiles = useFiltersStore((s) => s.onlineTiles);
  const tableOpen = useFiltersStore((s) => s.tableViews.includes('map-events'));
  const showTable = useFiltersStore((s) => s.showTable);
  const byGovernorate = useByGovernorate();
  const initialView = useFiltersStore.getState().mapView ?? DEFAULT_VIEW;
  const layers = useMapLayers();
  const ownLayer = useShownOwnLayer();
  const ringsLayer = useRingsLayer();

  const basemap = useQuery({
    queryKey: ['basemap'],
    queryFn: ({ signal }) => loadCountries(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const playback = useMonthPlayback(range);
  const shown = playback.window;
  const content = useMapMarks(data, shown, layers, byGovernorate);
  // What the map draws: the marks of `shown` while the reader can see any of them; scrolled out
  // of view (below the first screen of a wide window, far down on a phone), those the map last
  // drew, until a background render after the panels in view. The toolbar, the legend and the
  // table say what is in `shown` at once.
  const [marksInView, setMarksInView] = useState(true);
  const drawn = useDeferredUnlessInView(
    useMemo(() => ({ content, window: shown }), [content, shown]),
    marksInView,
  );
  const { places, zones, venues, bases, named } = drawn.content;
  const governorates = useGovernorates(byGovernorate);
  const governorateCounts = useGovernorateCounts(content.allInWindow, places);
  // The analyst's events in the governorate view: counted beside the dashboard's, and shading
  // the map when they choose.
  const ownInWindow = useMemo(
    () =>
      ownLayer && byGovernorate
        ? { table: ownLayer.table, at: ownRangePositions(ownLayer.table, shown) }
        : null,
    [ownLayer, byGovernorate, shown],
  );
  const ownGovernorateCounts = useOwnGovernorateCounts(ownInWindow, governorates.data);
  const shadingChoice = useFiltersStore((s) => s.governorateShading);
  const shadingOf = shadingChoice === 'own' && ownGovernorateCounts ? 'own' : 'dataset';
  const shading =
    shadingOf === 'own' && ownGovernorateCounts ? ownGovernorateCounts : governorateCounts;
  // The layer as the map draws it, as rings or as the shading: what its exports must credit.
  const ownDrawn = ownLayer && (!byGovernorate || shadingOf === 'own') ? ownLayer : null;
  // What the layers drew last, for the export.
  const shownMarks = useRef<ShownMarks>({ events: [], rings: [], placements: new Map() });

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
    const detailed = layers.has('capitals') && map.getZoom() >= TOWN_MIN_ZOOM;
    return buildMapSvg(map, {
      countries: basemap.data ?? [],
      zones: layers.has('zones') ? zones : [],
      capitals: layers.has('capitals') ? named.capitals : [],
      towns: detailed ? named.towns : [],
      crossings: detailed ? named.crossings : [],
      labels: COUNTRY_LABELS,
      placements: shownMarks.current.placements,
      events: layers.has('events') ? shownMarks.current.events : [],
      ownEvents: ringsLayer ? shownMarks.current.rings : [],
      venues: layers.has('meetings') ? venues.map((v) => v.place) : [],
      openRoundVenueId: drawn.content.openRoundVenueId,
      bases: layers.has('bases') ? bases : [],
      governorates:
        byGovernorate && governorates.data
          ? governorates.data.map((g) => ({
              polygons: g.polygons,
              fillClass: shading.classes.get(g.name) ?? 0,
            }))
          : [],
    });
  };
  return (
    <div
      className="map"
      data-rendered-range={`${range.from}..${range.to}`}
      data-drawn-range={`${drawn.window.from}..${drawn.window.to}`}
    >
      <MapControls layers={layers} playback={playback} />
      <MapToolbar
        content={content}
        window={shown}
        month={playback.step !== null}
        layers={layers}
        governorateCounts={byGovernorate ? shading : null}
        governorateShading={shadingOf}
        onFitVenues={fitVenues}
        onBackToSyria={() =>
          mapRef.current?.setView([DEFAULT_VIEW.lat, DEFAULT_VIEW.lng], DEFAULT_VIEW.zoom)
        }
        getChart={exportMarks}
        ownLayer={ownDrawn}
      />
      {content.eventCount === 0 && content.venues.length === 0 ? (
        <EmptyState>{t('map.empty', { range: formatRangeInWords(shown) })}</EmptyState>
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
        // Leaflet's credit, named in Latin (lang="en") and described in the language shown.
        attributionControl={false}
        // Leaflet's own zoom buttons are titled in English: these are titled in the language shown.
        zoomControl={false}
      >
        <AttributionControl
          prefix={`<a href="https://leafletjs.com" title="${t('map.leafletTitle')}"><span lang="en">Leaflet</span></a>`}
        />
        <ZoomControl zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <MapKeyboard label={t('map.regionLabel')} />
        <ExposeProjection />
        <MarksInView onChange={setMarksInView} />
        <FollowContainerSize />
        <ViewSync />
        <FocusPlace places={places} />
        <ChosenEvent data={data} places={places} />
        {onlineTiles ? (
          <TileLayer
            url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
            attribution={t('map.osmAttribution', { osm: '<span lang="en">OpenStreetMap</span>' })}
            maxZoom={19}
          />
        ) : null}
        <Pane name={LABEL_PANE} style={{ zIndex: 640 }} />
        {!onlineTiles ? <BasemapLayer countries={basemap.data} /> : null}
        {byGovernorate && governorates.data ? (
          <GovernorateShading governorates={governorates.data} counts={shading} of={shadingOf} />
        ) : null}
        <MarkLayers drawn={drawn} data={data} shown={shownMarks} />
      </MapContainer>
      {byGovernorate ? (
        <GovernoratePanel
          counts={governorateCounts}
          own={ownGovernorateCounts}
          of={shadingOf}
          error={governorates.error}
        />
      ) : null}
      <MapLegend context={content.legendContext} />
      {ringsLayer ? <OwnEventsLegend layer={ringsLayer} /> : null}
      <details
        className="map__table"
        open={tableOpen}
        onToggle={(e) => showTable('map-events', e.currentTarget.open)}
      >
        <summary>{t('map.tableToggle', { total: content.eventCount })}</summary>
        {/* Built only when opened, and windowed: rows nobody sees would slow every range change. */}
        {tableOpen ? <EventTable events={content.eventsInWindow} places={places} /> : null}
      </details>
    </div>
  );
}
