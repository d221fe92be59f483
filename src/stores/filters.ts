import { create } from 'zustand';
import type { DateRange } from '@/lib/dates';
import { defaultRange, parseUrlState, type MapLayer, type MapView } from './url-state';

/** What the user chose; the dataset itself lives in React Query, never here. */
export interface FiltersState {
  /** The one date range that drives every panel. */
  range: DateRange;
  /** The selected actor's id: other panels highlight what involves it. */
  actorId: string | null;
  /** The open round's id (a meeting of the process tracker). */
  roundId: string | null;
  /** A place to bring into view on the map (e.g. a venue clicked in the tracker); not in the URL. */
  focusPlaceId: string | null;
  /** An event to open on the map (e.g. chosen in the search); not in the URL. */
  eventId: string | null;
  mapView: MapView | null;
  mapLayers: MapLayer[] | null;
  onlineTiles: boolean;
  /** Why parts of the link the page was opened with were ignored (shown as a notice). */
  urlProblems: string[];
  /** Sets the range, keeping it ordered: a `from` after `to` moves `to` along, and vice versa. */
  setRange: (range: DateRange) => void;
  setFrom: (from: string) => void;
  setTo: (to: string) => void;
  resetRange: () => void;
  selectActor: (actorId: string | null) => void;
  selectRound: (roundId: string | null) => void;
  focusPlace: (placeId: string | null) => void;
  /** Opens an event on the map and brings its place into view; null closes it. */
  showEvent: (event: { id: string; placeId: string } | null) => void;
  setMapView: (view: MapView | null) => void;
  setMapLayers: (layers: MapLayer[]) => void;
  setOnlineTiles: (on: boolean) => void;
  dismissUrlProblems: () => void;
}

function initialState(): Pick<
  FiltersState,
  | 'range'
  | 'actorId'
  | 'roundId'
  | 'focusPlaceId'
  | 'eventId'
  | 'mapView'
  | 'mapLayers'
  | 'onlineTiles'
  | 'urlProblems'
> {
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const { state, problems } = parseUrlState(search);
  return {
    range: state.range,
    actorId: state.actor,
    roundId: state.round,
    focusPlaceId: null,
    eventId: null,
    mapView: state.mapView,
    mapLayers: state.mapLayers,
    onlineTiles: state.onlineTiles,
    urlProblems: problems,
  };
}

export const useFiltersStore = create<FiltersState>()((set, get) => ({
  ...initialState(),
  setRange: (range) => {
    const current = get().range;
    if (current.from === range.from && current.to === range.to) return;
    set({ range: range.from <= range.to ? range : { from: range.to, to: range.from } });
  },
  setFrom: (from) => {
    const { to } = get().range;
    get().setRange({ from, to: from > to ? from : to });
  },
  setTo: (to) => {
    const { from } = get().range;
    get().setRange({ from: to < from ? to : from, to });
  },
  resetRange: () => get().setRange(defaultRange()),
  selectActor: (actorId) => {
    if (get().actorId !== actorId) set({ actorId });
  },
  selectRound: (roundId) => {
    if (get().roundId !== roundId) set({ roundId });
  },
  focusPlace: (focusPlaceId) => set({ focusPlaceId }),
  showEvent: (event) =>
    set(event ? { eventId: event.id, focusPlaceId: event.placeId } : { eventId: null }),
  setMapView: (mapView) => set({ mapView }),
  setMapLayers: (mapLayers) => set({ mapLayers }),
  setOnlineTiles: (onlineTiles) => set({ onlineTiles }),
  dismissUrlProblems: () => set({ urlProblems: [] }),
}));

/** The global date range. */
export const useDateRange = () => useFiltersStore((state) => state.range);

/** The id of the selected actor, or null. */
export const useSelectedActorId = () => useFiltersStore((state) => state.actorId);

/** The id of the open round, or null. */
export const useSelectedRoundId = () => useFiltersStore((state) => state.roundId);
