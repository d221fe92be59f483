import type { ActorKind, Alignment } from '@/data/schemas/actors';
import type { Track } from '@/data/schemas/meetings';
import type { SyrianGovernorate } from '@/data/schemas/places';
import { todayIso, type DateRange } from '@/lib/dates';

// What a view of the dashboard is: its range, selections and each panel's choices, with the
// vocabulary of each (map layers, table views, sorts). The link's parameters are in
// url-params.ts, reading and writing a link in url-state.ts.

/** The first day the dashboard's "whole conflict" covers: the protests of 15 March 2011. */
export const CONFLICT_START = '2011-03-15';
/** Dates outside these bounds are treated as typing mistakes in a link. */
export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2100-12-31';

/**
 * The range shown when the URL names none: from the first dated record to the dataset's as-of
 * date. Until the dataset has said what those are, the whole conflict up to today stands in.
 */
export function defaultRange(span: { first?: string; asOf?: string } = {}): DateRange {
  return { from: span.first ?? CONFLICT_START, to: span.asOf ?? todayIso() };
}

/**
 * The range as the link chose it: an end left out follows the default range (so a plain
 * address, or `?to=2020-01-01`, keeps meaning "from the first record" once the data is known).
 */
export interface RangeChoice {
  from?: string;
  to?: string;
}

/** The range a choice stands for, given the default range; always ordered. */
export function resolveRange(choice: RangeChoice, defaults: DateRange): DateRange {
  const from = choice.from ?? defaults.from;
  const to = choice.to ?? defaults.to;
  if (from <= to) return { from, to };
  // One end was given, beyond the default's other end: the range is that one day.
  return choice.from !== undefined ? { from, to: from } : { from: to, to };
}

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

export const mapLayerIds = ['events', 'meetings', 'zones', 'bases', 'capitals'] as const;
export type MapLayer = (typeof mapLayerIds)[number];
/** How the map shows the events: as markers, or as governorates shaded by their number. */
export const mapModes = ['markers', 'governorates'] as const;
export type MapMode = (typeof mapModes)[number];
/** Whose events shade the governorates: the dashboard's, or the analyst's loaded file's. */
export const governorateShadings = ['dataset', 'own'] as const;
export type GovernorateShading = (typeof governorateShadings)[number];
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;

export const deathsModes = ['annual', 'cumulative'] as const;
export type DeathsMode = (typeof deathsModes)[number];
/** The views that can show their figures as a table instead of (or under) their drawing. */
export const tableViewIds = [
  'deaths-by-source',
  'deaths-per-month',
  'refugees-by-host-country',
  'refugees-by-country-of-asylum',
  'displacement-and-returns',
  'own-events-per-month',
  'map-events',
] as const;
export type TableViewId = (typeof tableViewIds)[number];
export const actorsViews = ['list', 'graph'] as const;
export type ActorsView = (typeof actorsViews)[number];
export const actorSorts = ['activity', 'name'] as const;
export type ActorSort = (typeof actorSorts)[number];
export const MAX_COMPARE_MONTHS = 60;
/** The four panels, by the area name each has in the layout. */
export const panelAreas = ['actors', 'tracker', 'statistics', 'map'] as const;
export type PanelArea = (typeof panelAreas)[number];
/** The most host countries the year-end refugees chart draws at once (one per palette colour). */
export const MAX_ASYLUM_HOSTS = 7;

/**
 * The analyst's file of events a view was made with: its name and the start of its SHA-256
 * (null when the file was too large to hash). The file itself never leaves the browser.
 */
export interface OwnFileRef {
  name: string;
  sha: string | null;
}

/** How many hex digits of a file's SHA-256 a link carries: enough to tell two files apart. */
export const OWN_FILE_SHA_DIGITS = 12;

/** Everything of the view a link holds; each field is the store's field of the same name. */
export interface ViewState {
  rangeChoice: RangeChoice;
  /** Id of the selected actor. Whether the dataset knows it is for the panels to say. */
  actorId: string | null;
  /** Id of the open round (a meeting in meetings.json). */
  roundId: string | null;
  /** The map's centre and zoom, or null for the default view. */
  mapView: MapView | null;
  /** The map layers shown, or null for all of them. */
  mapLayers: MapLayer[] | null;
  onlineTiles: boolean;
  /** Events as markers, or the governorates shaded by their events in range. */
  mapMode: MapMode;
  /** Whose events shade the governorates (the analyst's only while their file is shown). */
  governorateShading: GovernorateShading;
  /** The governorate whose events alone every panel shows, or null for all. */
  governorate: SyrianGovernorate | null;
  deathsMode: DeathsMode;
  refugeesStacked: boolean;
  /**
   * The series of the year-end refugees chart the reader picked (ids in statistics.json), or
   * null for the largest hosts at the range's end. Whether the dataset knows them is the chart's
   * business.
   */
  asylumHosts: string[] | null;
  /** The views showing their table, in the order of `tableViewIds`. */
  tableViews: TableViewId[];
  /** The process tracks marked on the statistics charts, or null for all of them. */
  chartTracks: Track[] | null;
  /** The round or event the before/after comparison is around. */
  compareId: string | null;
  /** The comparison's window either side, in months. */
  compareMonths: number;
  actorsView: ActorsView;
  actorKind: ActorKind | 'all';
  actorAlignment: Alignment | 'all';
  /** The actor directory's search text, as typed. */
  actorQuery: string;
  actorSort: ActorSort;
  /** The panel expanded to the whole window, or null for all four side by side. */
  expandedPanel: PanelArea | null;
  /** Period B, compared with the range (period A), or null when not comparing. */
  otherPeriod: DateRange | null;
  /** The analyst's own events shown in the view (see features/own-events), or null. */
  ownFile: OwnFileRef | null;
}
