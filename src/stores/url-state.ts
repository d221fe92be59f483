import { z } from 'zod';
import { isRealCalendarDate, todayIso, type DateRange } from '@/lib/dates';
import { formatDate } from '@/lib/format';

/** The first day the dashboard's "whole conflict" covers: the protests of 15 March 2011. */
export const CONFLICT_START = '2011-03-15';
/** Dates outside these bounds are treated as typing mistakes in a link. */
export const EARLIEST_DATE = '1990-01-01';
export const LATEST_DATE = '2100-12-31';

/** The range shown when the URL names none: the whole conflict up to today. */
export function defaultRange(today: string = todayIso()): DateRange {
  return { from: CONFLICT_START, to: today };
}

/**
 * What the URL holds of the view: `?from=&to=` (the range), `?actor=` and `?round=` (selections),
 * and the map's view and layers.
 */
export interface UrlViewState {
  range: DateRange;
  /** Id of the selected actor, or null. Whether the dataset knows it is for the panels to say. */
  actor: string | null;
  /** Id of the open round (a meeting in meetings.json), or null. */
  round: string | null;
  /** The map's centre and zoom (`?lat=&lng=&zoom=`), or null for the default view. */
  mapView: MapView | null;
  /** The map layers shown (`?layers=events,zones`), or null for the default set. */
  mapLayers: MapLayer[] | null;
  /** Online map tiles (`?tiles=osm`): off unless asked for. */
  onlineTiles: boolean;
}

export interface MapView {
  lat: number;
  lng: number;
  zoom: number;
}

export const mapLayerIds = ['events', 'meetings', 'zones', 'bases', 'capitals'] as const;
export type MapLayer = (typeof mapLayerIds)[number];
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 12;

export interface ParsedUrlState {
  state: UrlViewState;
  /** Human-readable reasons why parts of the URL were ignored; empty when all was well. */
  problems: string[];
}

/** Record ids in the dataset are lower-case kebab-case (see src/data/schemas/common.ts). */
const idParam = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const dateParam = z
  .string()
  .refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v), 'is not a date in the form YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date')
  .refine(
    (v) => v >= EARLIEST_DATE && v <= LATEST_DATE,
    `is outside ${EARLIEST_DATE} to ${LATEST_DATE}`,
  );

/**
 * Reads the view from a query string. Never throws: a missing value takes its default, a bad
 * one takes its default and is reported in `problems`, a reversed range falls back whole.
 */
export function parseUrlState(
  search: string,
  defaults: DateRange = defaultRange(),
): ParsedUrlState {
  const params = new URLSearchParams(search);
  const problems: string[] = [];

  const readDate = (key: 'from' | 'to'): string => {
    const raw = params.get(key);
    if (raw === null || raw === '') return defaults[key];
    const result = dateParam.safeParse(raw);
    if (result.success) return result.data;
    const reason = result.error.issues[0]?.message ?? 'is not valid';
    problems.push(
      `The link's "${key}" value "${truncate(raw)}" ${reason}; using ${formatDate(defaults[key])}.`,
    );
    return defaults[key];
  };

  const readId = (key: 'actor' | 'round'): string | null => {
    const raw = params.get(key);
    if (raw === null || raw === '') return null;
    if (idParam.test(raw)) return raw;
    problems.push(
      `The link's "${key}" value "${truncate(raw)}" is not a valid id; nothing is selected.`,
    );
    return null;
  };

  let range: DateRange = { from: readDate('from'), to: readDate('to') };
  if (range.from > range.to) {
    problems.push(
      `The link's range ends (${formatDate(range.to)}) before it starts (${formatDate(range.from)}); showing the default range.`,
    );
    range = { ...defaults };
  }
  return {
    state: {
      range,
      actor: readId('actor'),
      round: readId('round'),
      mapView: readMapView(params, problems),
      mapLayers: readMapLayers(params, problems),
      onlineTiles: params.get('tiles') === 'osm',
    },
    problems,
  };
}

function readMapView(params: URLSearchParams, problems: string[]): MapView | null {
  const raw = { lat: params.get('lat'), lng: params.get('lng'), zoom: params.get('zoom') };
  if (raw.lat === null && raw.lng === null && raw.zoom === null) return null;
  const lat = Number(raw.lat);
  const lng = Number(raw.lng);
  const zoom = Number(raw.zoom ?? 6);
  const valid =
    raw.lat !== null &&
    raw.lng !== null &&
    raw.lat.trim() !== '' &&
    raw.lng.trim() !== '' &&
    Number.isFinite(lat) &&
    Number.isFinite(lng) &&
    Number.isFinite(zoom) &&
    Math.abs(lat) <= 85 &&
    Math.abs(lng) <= 180 &&
    zoom >= MIN_ZOOM &&
    zoom <= MAX_ZOOM;
  if (valid) return { lat, lng, zoom: Math.round(zoom) };
  problems.push(
    `The link's map view (lat "${truncate(raw.lat ?? '')}", lng "${truncate(raw.lng ?? '')}", zoom "${truncate(raw.zoom ?? '')}") is not a place on the map; showing the default view.`,
  );
  return null;
}

function readMapLayers(params: URLSearchParams, problems: string[]): MapLayer[] | null {
  const raw = params.get('layers');
  if (raw === null) return null;
  const names = raw.split(',').filter(Boolean);
  const known = names.filter((n): n is MapLayer => (mapLayerIds as readonly string[]).includes(n));
  if (known.length < names.length) {
    problems.push(
      `The link names unknown map layers ("${truncate(raw)}"); showing the known ones.`,
    );
  }
  return [...new Set(known)];
}

/**
 * Writes the view into a query string, keeping keys that other parts of the app own. The default
 * range is written as no parameters, so the plain address means "the whole conflict to today".
 */
export function serializeUrlState(
  state: UrlViewState,
  currentSearch: string,
  defaults: DateRange = defaultRange(),
): string {
  const params = new URLSearchParams(currentSearch);
  const isDefault = state.range.from === defaults.from && state.range.to === defaults.to;
  if (isDefault) {
    params.delete('from');
    params.delete('to');
  } else {
    params.set('from', state.range.from);
    params.set('to', state.range.to);
  }
  for (const key of ['actor', 'round'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
    else params.delete(key);
  }
  if (state.mapView) {
    params.set('lat', state.mapView.lat.toFixed(3));
    params.set('lng', state.mapView.lng.toFixed(3));
    params.set('zoom', String(state.mapView.zoom));
  } else ['lat', 'lng', 'zoom'].forEach((key) => params.delete(key));
  if (state.mapLayers) params.set('layers', state.mapLayers.join(','));
  else params.delete('layers');
  if (state.onlineTiles) params.set('tiles', 'osm');
  else params.delete('tiles');
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function truncate(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}
