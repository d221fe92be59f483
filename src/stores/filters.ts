import { create } from 'zustand';
import type { DateRange } from '@/lib/dates';
import { toggledSubset } from '@/lib/subset';
import {
  defaultRange,
  resolveRange,
  tableViewIds,
  type MapLayer,
  type MapMode,
  type MapView,
  type PanelArea,
  type TableViewId,
  type ViewState,
} from './view-state';
import { parseUrlState, sameValue } from './url-state';

/**
 * What the user chose; the dataset itself lives in React Query, never here. The fields of
 * `ViewState` are those the link holds (declared in view-state.ts, their parameters in url-params.ts); the rest is not in the URL.
 */
export interface FiltersState extends ViewState {
  /** The one date range that drives every panel: the range chosen, resolved against the default. */
  range: DateRange;
  /** The range a plain address shows: from the first dated record to the dataset's as-of date. */
  defaultRange: DateRange;
  /** A place to bring into view on the map (e.g. a venue clicked in the tracker); not in the URL. */
  focusPlaceId: string | null;
  /** An event to open on the map (e.g. chosen in the search); not in the URL. */
  eventId: string | null;
  /**
   * A panel asked to come into view (e.g. the tracker, by a round picked on the map); the panel
   * scrolls itself into view and clears it. Not in the URL.
   */
  panelToShow: PanelArea | null;
  /** Why parts of the link the page was opened with were ignored (shown as a notice). */
  urlProblems: string[];
  /** Sets any fields of the view; a field whose value does not change keeps its identity. */
  setView: (patch: Partial<ViewState>) => void;
  /** Sets the range, keeping it ordered: a `from` after `to` moves `to` along, and vice versa. */
  setRange: (range: DateRange) => void;
  setFrom: (from: string) => void;
  setTo: (to: string) => void;
  resetRange: () => void;
  /** Says what the default range is, once the dataset is known. */
  setDefaultRange: (range: DateRange) => void;
  /** Shows a view's table (or its drawing again). */
  showTable: (id: TableViewId, shown: boolean) => void;
  selectActor: (actorId: string | null) => void;
  selectRound: (roundId: string | null) => void;
  focusPlace: (placeId: string | null) => void;
  /** Asks the panel of this area (`data-area`: actors, tracker, statistics, map) to come into view. */
  showPanel: (area: PanelArea | null) => void;
  /** Opens an event on the map at its place (or closes it). */
  showEvent: (event: { id: string; placeId: string } | null) => void;
  setMapView: (view: MapView | null) => void;
  setMapLayers: (layers: MapLayer[]) => void;
  setOnlineTiles: (on: boolean) => void;
  setMapMode: (mode: MapMode) => void;
  /** Narrows every panel to one governorate's events (or to all again). */
  selectGovernorate: (governorate: ViewState['governorate']) => void;
  dismissUrlProblems: () => void;
}

function initialState(): ViewState & Pick<FiltersState, 'range' | 'defaultRange' | 'urlProblems'> {
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const { state, problems } = parseUrlState(search);
  const defaults = defaultRange();
  return {
    ...state,
    range: resolveRange(state.rangeChoice, defaults),
    defaultRange: defaults,
    urlProblems: problems,
  };
}

const sameRange = (a: DateRange, b: DateRange) => a.from === b.from && a.to === b.to;

export const useFiltersStore = create<FiltersState>()((set, get) => {
  /** Applies a change of the view, the default range, or both, and resolves the range again. */
  const update = (patch: Partial<ViewState>, defaults?: DateRange) => {
    const current = get();
    const changed: Partial<FiltersState> = {};
    for (const [field, value] of Object.entries(patch) as [keyof ViewState, unknown][]) {
      if (!sameValue(current[field], value)) Object.assign(changed, { [field]: value });
    }
    if (defaults && !sameRange(defaults, current.defaultRange)) changed.defaultRange = defaults;
    const range = resolveRange(
      changed.rangeChoice ?? current.rangeChoice,
      changed.defaultRange ?? current.defaultRange,
    );
    if (!sameRange(range, current.range)) changed.range = range;
    if (Object.keys(changed).length > 0) set(changed);
  };

  return {
    ...initialState(),
    focusPlaceId: null,
    eventId: null,
    panelToShow: null,
    setView: (patch) => update(patch),
    setRange: (range) => {
      const ordered = range.from <= range.to ? range : { from: range.to, to: range.from };
      // The default range is chosen as no range, so that it stays the data's span.
      update({ rangeChoice: sameRange(ordered, get().defaultRange) ? {} : { ...ordered } });
    },
    setFrom: (from) => {
      const { to } = get().range;
      get().setRange({ from, to: from > to ? from : to });
    },
    setTo: (to) => {
      const { from } = get().range;
      get().setRange({ from: to < from ? to : from, to });
    },
    resetRange: () => update({ rangeChoice: {} }),
    setDefaultRange: (range) => update({}, range),
    showTable: (id, shown) =>
      update({ tableViews: toggledSubset(tableViewIds, get().tableViews, id, shown) }),
    selectActor: (actorId) => update({ actorId }),
    selectRound: (roundId) => update({ roundId }),
    focusPlace: (focusPlaceId) => set({ focusPlaceId }),
    showPanel: (panelToShow) => set({ panelToShow }),
    showEvent: (event) =>
      set(event ? { eventId: event.id, focusPlaceId: event.placeId } : { eventId: null }),
    setMapView: (mapView) => update({ mapView }),
    setMapLayers: (mapLayers) => update({ mapLayers }),
    setOnlineTiles: (onlineTiles) => update({ onlineTiles }),
    setMapMode: (mapMode) => update({ mapMode }),
    selectGovernorate: (governorate) => update({ governorate }),
    dismissUrlProblems: () => set({ urlProblems: [] }),
  };
});

/** The global date range. */
export const useDateRange = () => useFiltersStore((state) => state.range);

/** The id of the selected actor, or null. */
export const useSelectedActorId = () => useFiltersStore((state) => state.actorId);

/** The governorate every panel is narrowed to, or null. */
export const useSelectedGovernorate = () => useFiltersStore((state) => state.governorate);

/** The id of the open round, or null. */
export const useSelectedRoundId = () => useFiltersStore((state) => state.roundId);
