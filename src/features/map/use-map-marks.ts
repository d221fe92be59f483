import { useCallback, useMemo } from 'react';
import Supercluster from 'supercluster';
import type { Dataset } from '@/data/dataset-files';
import type { OwnLayer } from '@/data/own-events';
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
import { memoOnInputs } from '@/lib/memo';
import { useMemoObject } from '@/lib/use-memo-object';
import { useFiltersStore } from '@/stores/filters';
import { useShownOwnLayer } from '@/stores/own-events';
import { MAX_ZOOM, mapLayerIds, type MapLayer } from '@/stores/view-state';
import { basesInRange } from './bases';
import type { MapLegendContext } from './map-legend';
import { placePoints, venuesOf, zonesInRange, type PlacePointProperties } from './map-data';
import { GOVERNORATE_CAPITALS } from './map-style';
import { useEventsInGovernorate } from './use-governorates';

export type MapData = Pick<Dataset, 'places' | 'events' | 'meetings' | 'actors'>;
export type ClusterIndex = Supercluster<PlacePointProperties, { count: number }>;

/** The places whose names the map writes: the governorate capitals, towns, border crossings. */
export interface NamedPlaces {
  readonly capitals: readonly Place[];
  readonly towns: readonly Place[];
  readonly crossings: readonly Place[];
}

/** The layers the reader has on (all of them until they choose), one set per choice. */
export function useMapLayers(): ReadonlySet<MapLayer> {
  const stored = useFiltersStore((s) => s.mapLayers);
  return useMemo(() => new Set<MapLayer>(stored ?? mapLayerIds), [stored]);
}

/** Whether the map shades the governorates by events, rather than drawing events as markers. */
export function useByGovernorate(): boolean {
  return useFiltersStore((s) => s.mapMode) === 'governorates';
}

/**
 * The analyst's layer where the map draws it as rings: shown, with events drawn as markers (in
 * the governorate view it may shade the map instead). The one place for the rule.
 */
export function useRingsLayer(): OwnLayer | null {
  const ownLayer = useShownOwnLayer();
  return useByGovernorate() ? null : ownLayer;
}

/**
 * The clusters of the whole map at a zoom: worked out once per index and zoom, for the markers
 * that draw them and for the place names that keep clear of them.
 */
export const clustersAt = memoOnInputs((index: ClusterIndex, zoom: number) =>
  index.getClusters([-180, -85, 180, 85], zoom),
);

/**
 * Everything the map draws for a window of time, derived from the data and the choices in the
 * store, with no Leaflet in it: the events by place (narrowed to the chosen governorate), their
 * clusters, the talks venues, zones and bases, the places to mark, the open round, and the
 * legend's context. Each piece is memoised on what it depends on, so a range change recomputes
 * only what the range touches.
 */
export function useMapMarks(
  data: MapData,
  window_: DateRange,
  layers: ReadonlySet<MapLayer>,
  byGovernorate: boolean,
) {
  const places = useMemo(() => indexById(data.places.places), [data.places]);
  // The chosen governorate narrows every count, marker and table row of the map.
  const events = useEventsInGovernorate(data.events.events, places);

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
  const eventsAt = useCallback(
    (placeId: string): readonly ConflictEvent[] => byPlace.recordsOf(placeId, window_),
    [byPlace, window_],
  );
  const eventsInWindow = useMemo(() => filterEventsByRange(events, window_), [events, window_]);
  // The shading compares the governorates, so it counts every governorate's events even while
  // one is chosen (the chosen one is marked); the markers and the summary show only its own.
  const allInWindow = useMemo(
    () => filterEventsByRange(data.events.events, window_),
    [data.events, window_],
  );
  const zones = useMemo(() => zonesInRange(data.places.places, window_), [data.places, window_]);
  const venues = useMemo(() => venuesOf(meetings, places), [meetings, places]);
  // The open round marks its venue, as it marks its participants and its date elsewhere.
  const roundId = useFiltersStore((s) => s.roundId);
  const openRound = roundId ? indexById(data.meetings.meetings).get(roundId) : undefined;
  const openRoundVenueId =
    openRound !== undefined &&
    layers.has('meetings') &&
    venues.some((v) => v.meetings.some((m) => m.id === openRound.id))
      ? openRound.placeId
      : null;
  const bases = useMemo(() => basesInRange(data.places.places, window_), [data.places, window_]);
  // The legend lists what is drawn: the layers on, event markers unless shaded by governorate,
  // and the holders of the bases shown.
  const openRoundDrawn = openRoundVenueId !== null;
  const legendContext: MapLegendContext = useMemo(
    () => ({
      layers,
      eventMarkers: !byGovernorate,
      holders: new Set(bases.map((b) => b.period.heldBy)),
      openRoundDrawn,
    }),
    [layers, byGovernorate, bases, openRoundDrawn],
  );
  const named: NamedPlaces = useMemo(
    () => ({
      capitals: GOVERNORATE_CAPITALS.flatMap((id) => places.get(id) ?? []),
      towns: placesOfKind(data.places.places, 'town'),
      crossings: placesOfKind(data.places.places, 'border-crossing'),
    }),
    [places, data.places],
  );
  const clusterIndex: ClusterIndex = useMemo(
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
  // One object as long as none of its pieces changes: what the map draws is handed on by
  // identity (and held back by it while out of view).
  return useMemoObject({
    places,
    eventCount,
    unplaced,
    meetings,
    actorPlaces,
    eventsAt,
    eventsInWindow,
    allInWindow,
    zones,
    venues,
    openRound,
    openRoundVenueId,
    bases,
    legendContext,
    named,
    clusterIndex,
  });
}

export type MapContent = ReturnType<typeof useMapMarks>;

function placesOfKind(places: readonly Place[], kind: Place['kind']): Place[] {
  return places.filter((p) => p.kind === kind);
}
